"""Bytes to text: UTF-8 when it is, else the encoding charset-normalizer finds, named in a warning.

charset-normalizer is used rather than a fixed fallback list: it scores each
candidate decoding for how readable it is ("chaos"), so a Windows-1252 or
Shift-JIS file is read as such and a file no decoding makes readable is
refused instead of checked as mojibake.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import SourceError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

#: A decoding scoring more chaos than this (0 clean, 1 noise) is refused.
MAX_CHAOS = 0.2
#: Decodings whose chaos differs by less than this are equally readable (see :func:`_rival`).
AMBIGUOUS_CHAOS = 0.05
#: UTF-8 continuation bytes (0x80-0xBF) as Windows-1252 or Latin-1 shows them.
_CONTINUATION = "".join(
    sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) | set(map(chr, range(0x80, 0xC0))))
)
#: UTF-8 read as Windows-1252 or Latin-1: "Ã©" for "é", "Â£" for "£", "â€™" for "’", "â‚¬" for "€", "ðŸ" for emoji.
_MOJIBAKE = re.compile(f"[ÂÃ][{re.escape(_CONTINUATION)}]|â[{re.escape(_CONTINUATION)}]{{2}}|ðŸ")
_FIX = "save it as UTF-8"


def looks_like_utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff")


def decode(raw: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    """The text of a source and its warnings; SourceError for binary or unreadable bytes."""
    if looks_like_utf16(raw):
        try:
            return _checked(raw.decode("utf-16"), path, "UTF-16"), (f"read as UTF-16; {_FIX} to silence this",)
        except UnicodeDecodeError as exc:
            raise SourceError(f"the file starts like UTF-16 text but is not valid UTF-16; {_FIX}", path) from exc
    if b"\x00" in raw[:8192]:
        raise SourceError("the file looks binary (it contains NUL bytes), not text; remove it from 'sources'", path)
    try:
        return _checked(raw.decode("utf-8-sig"), path, "UTF-8"), ()
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
    encoding, text = _detected(raw, path)
    return _checked(text, path, encoding), (
        f"read as {encoding} (not valid UTF-8 from line {line}); {_FIX} to silence this",
    )


#: Newsroom files that are not UTF-8 are nearly always Windows-1252 (or Latin-1); these are tried first
#: and kept when the text they give reads cleanly, since detection on a short file is a guess.
_WESTERN = ("cp1252", "latin-1")


def _detected(raw: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazily: only non-UTF-8 files need it
    from charset_normalizer.md import mess_ratio

    for encoding in _WESTERN:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if mess_ratio(text, 1.0) <= MAX_CHAOS:
            return _display_name(encoding), text
    matches = from_bytes(raw)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS:
        raise SourceError(f"the file is not readable text in any encoding (it decodes only to noise); {_FIX}", path)
    rival = _rival(list(matches), best)
    if rival is not None:
        raise SourceError(
            f"the file is not UTF-8, and its encoding cannot be told: it reads as {_display_name(best.encoding)} "
            f"or as {_display_name(rival.encoding)}, which give different text; {_FIX}",
            path,
        )
    return _display_name(best.encoding), str(best)


def _rival(matches: list[CharsetMatch], best: CharsetMatch) -> CharsetMatch | None:
    """Another decoding as clean as the best one but giving other text, when the best one is no known
    language: charset-normalizer's pick is then a guess ("¢Bâs" read as Korean johab), and is refused."""
    if best.coherence > 0:
        return None
    text = str(best)
    return next(
        (m for m in matches if m is not best and m.chaos - best.chaos <= AMBIGUOUS_CHAOS and str(m) != text), None
    )


def _display_name(encoding: str) -> str:
    """Python's codec name as editors' tools call it: "cp1252" is "windows-1252"."""
    if encoding.startswith("cp") and encoding[2:].isdigit() and len(encoding) == 6:
        return "windows-" + encoding[2:]
    return encoding.replace("_", "-")


def _checked(text: str, path: Path, encoding: str) -> str:
    """Refuse text that reads as mojibake: UTF-8 saved again through another encoding."""
    match = _MOJIBAKE.search(text)
    if match is not None:
        line = text.count("\n", 0, match.start()) + 1
        raise SourceError(
            f"line {line} reads as garbled text ('{match.group()}', read as {encoding}): the text was converted "
            f"to another encoding twice; restore the original and {_FIX}",
            path,
            line,
        )
    return text
