"""Markdown front matter: found between "---" lines, read with the project's own YAML loader.

The loader is the one facts.yaml is read with (no tags, no alias bombs, size
and depth limits), so a front matter that is not valid YAML gets the same
message an editor gets for facts.yaml, at the line of the source file, as a
warning: the article is still checked, without a publication date from it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import FactcheckError
from ..lexicon import sources as lexicon
from .published import read_publication_date

#: The block itself is found by its "---" lines (what the YAML inside says is the loader's job).
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class FrontMatter:
    end: int  # stored offset after the closing "---" line (0: no front matter)
    published: dt.date | None = None
    key: str | None = None  # the key the date came from ("date")
    warning: str | None = None


def find_front_matter(text: str) -> FrontMatter:
    """The front matter at the top of ``text``, read; ``FrontMatter(0)`` when there is none."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(0)
    block = match.group(1) or ""
    from ..loader import load_yaml_text

    try:
        # one blank line stands for the opening "---", so the loader's lines are the file's
        data = load_yaml_text("\n" + block, Path("front matter")) if block.strip() else None
    except FactcheckError as exc:
        return FrontMatter(match.end(), warning=_warning(exc))
    published, key = _date(data)
    return FrontMatter(match.end(), published, key)


def _warning(exc: FactcheckError) -> str:
    message = exc.message.split("\n", 1)[0].replace("in facts.yaml", "in front matter")
    where = f"line {exc.line}: " if exc.line is not None else ""
    return f"{where}the front matter is not read ({message}); its date is not used until it is fixed"


def _date(data: object) -> tuple[dt.date | None, str | None]:
    if not isinstance(data, dict):
        return None, None
    lowered = {str(k).lower(): v for k, v in data.items()}
    for key in lexicon.FRONT_MATTER_DATE_KEYS:
        value = lowered.get(key)
        if isinstance(value, dt.datetime):
            return value.date(), key
        if isinstance(value, dt.date):
            return value, key
        if value is not None:
            day = read_publication_date(str(value))
            if day is not None:
                return day, key
    return None, None


def strip_front_matter(text: str) -> tuple[str, dt.date | None]:
    """``text`` with its front matter blanked (newlines kept), and the date it gives."""
    found = find_front_matter(text)
    return re.sub(r"[^\n]", " ", text[: found.end]) + text[found.end :], found.published
