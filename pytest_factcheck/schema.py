"""facts.yaml (format version 1) → typed facts, every problem with its line.

Problems with the file as a whole raise :class:`FactsFileError`. Problems with
one fact are collected as :class:`FactProblem` so that the other facts still
run; the plugin turns each into an error of that fact's test.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FactsFileError, ValueFormatError
from .loader import LocatedDict, LocatedList, Mark, load_yaml
from .model import Allowance, DateValue, Example, Fact, Quantity
from .reading.frame import claim_terms, unit_from_claim
from .values import DATE_FORMS, QUANTITY_FORMS, month_value, parse_fact_date, parse_fact_quantity, parse_tolerance

TOP_KEYS = ("sources", "facts", "published", "locale")
FACT_KEYS = (
    "id",
    "claim",
    "subject",
    "context",
    "exclude",
    "quantity",
    "tolerance",
    "date",
    "contradicted_by",
    "sources",
    # Read by other modules as they are implemented; known here so that files using them are not refused.
    "as_of",
    "until",
    "examples",
    "allow",
)
REQUIRED_TOP_KEYS = ("sources", "facts")
_MISSING_TOP_HINTS = {
    "sources": "'sources: [seeds/*.txt]' names the articles to check",
    "facts": "'facts:' followed by the facts, each starting with '- id:'",
}
#: Keys whose entries are file patterns (globs) rather than words.
GLOB_KEYS = ("sources",)
_LIST_EXAMPLES = {
    "sources": "[seeds/*.txt]",
    "subject": "[troops, soldiers]",
    "context": "[North Korea, Pyongyang]",
    "exclude": "[workers]",
    "contradicted_by": '["the treaty was never signed"]',
}
REQUIRED_FACT_KEYS = ("id", "claim")
COMMA_LIST_KEYS = frozenset({"subject", "context", "exclude"})  # a single string with commas is read as a list
VALUE_KEYS = ("quantity", "date", "contradicted_by")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # \Z: "$" would let a final newline through


@dataclass(frozen=True)
class FactProblem:
    """An entry of facts.yaml that cannot be checked, and why."""

    id: str
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class FactsFile:
    """A parsed facts file: where sources come from, the facts, their problems."""

    path: Path
    sources: tuple[str, ...]
    sources_line: int
    facts: tuple[Fact, ...]
    problems: tuple[FactProblem, ...] = field(default=())
    published: tuple[tuple[str, dt.date], ...] = field(default=())  # (source pattern, publication date)
    locale: tuple[tuple[str, str], ...] = field(default=())  # (source pattern, "DMY" or "MDY")
    source_lines: tuple[int, ...] = field(default=())  # the line of each pattern of ``sources``
    published_lines: tuple[int, ...] = field(default=())  # the line of each entry of ``published``

    def line_of_source(self, index: int) -> int:
        """The facts.yaml line of the ``index``-th pattern of ``sources:``."""
        return self.source_lines[index] if index < len(self.source_lines) else self.sources_line

    @property
    def folder(self) -> Path:
        return self.path.parent


def suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; the keys allowed here are: {', '.join(choices)}"


def describe(value: Any) -> str:
    """A YAML value as an editor would name it, for "found ..." in messages (never a Python repr)."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"the text '{shown}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    return "a value of an unexpected kind"


def _cannot_read(value: Any, key: str) -> str:
    if value is None:
        return f"'{key}:' is empty"
    if isinstance(value, bool):
        return f"'{key}:' holds a yes/no value (YAML reads yes, no, true, false, on and off that way)"
    return f"cannot read {describe(value)} as a {key}"


def _slug_like(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "treaty-signed"


def read_facts_file(path: Path) -> FactsFile:
    """Load and validate ``path``; raise FactsFileError if it cannot be used at all."""
    data = load_yaml(path)
    return validate(data, path)


def validate(data: Any, path: Path) -> FactsFile:
    if data is None:
        raise FactsFileError(
            "the file is empty; it needs 'sources:' (the articles to check) and 'facts:' (what to check them for)",
            path,
            1,
        )
    if not isinstance(data, LocatedDict):
        where = getattr(data, "mark", Mark(1, 1))
        raise FactsFileError(
            f"the file must start with 'sources:' and 'facts:' (key: value lines); found {describe(data)}",
            path,
            where.line,
            where.column,
        )
    for key in data:
        if key not in TOP_KEYS:
            mark = data.key_marks[key]
            raise FactsFileError(f"unknown key '{key}'{suggest(key, TOP_KEYS)}", path, mark.line, mark.column)
    for key in REQUIRED_TOP_KEYS:
        if key not in data:
            raise FactsFileError(
                f"the file has no '{key}:'; add it at the top level: {_MISSING_TOP_HINTS[key]}",
                path,
                data.mark.line,
                data.mark.column,
            )
    sources = _string_list(data, "sources", path, data.value_marks["sources"], required=True)
    facts_node = data["facts"]
    facts_mark = data.value_marks["facts"]
    if facts_node is None or (isinstance(facts_node, LocatedList) and not facts_node):
        raise FactsFileError(
            "'facts:' is empty; add at least one fact under it, each starting with '- id:'",
            path,
            facts_mark.line,
            facts_mark.column,
        )
    if not isinstance(facts_node, LocatedList):
        raise FactsFileError(
            f"'facts:' must be a list of facts, each starting with '- id:'; found {describe(facts_node)}",
            path,
            facts_mark.line,
            facts_mark.column,
        )
    facts: list[Fact] = []
    problems: list[FactProblem] = []
    first_line: dict[str, int] = {}
    for entry, mark in zip(facts_node, facts_node.item_marks, strict=True):
        fact_id = _entry_id(entry, mark)
        id_mark = entry.value_marks.get("id", mark) if isinstance(entry, LocatedDict) else mark
        try:
            fact = _fact(entry, mark, path)
        except FactsFileError as exc:
            problems.append(FactProblem(fact_id, exc.line or mark.line, exc.column or mark.column, exc.message))
            first_line.setdefault(fact_id, id_mark.line)
            continue
        if fact.id in first_line:
            problems.append(
                FactProblem(
                    fact.id,
                    id_mark.line,
                    id_mark.column,
                    f"the id '{fact.id}' is used twice (lines {first_line[fact.id]} and {id_mark.line}); "
                    "ids name the tests, so each must be unique: rename one of them",
                )
            )
            continue
        first_line[fact.id] = id_mark.line
        facts.append(fact)
    published = _published(data, path) if "published" in data else ()
    locale = _locale(data, path) if "locale" in data else ()
    sources_mark = data.value_marks["sources"]
    item_marks = getattr(data["sources"], "item_marks", None) or [sources_mark] * len(sources)
    source_lines = tuple(m.line for m in item_marks)
    published_lines = tuple(m.line for m in getattr(data.get("published"), "item_marks", None) or [])
    return FactsFile(
        path,
        sources,
        sources_mark.line,
        tuple(facts),
        tuple(problems),
        published,
        locale,
        source_lines,
        published_lines,
    )


#: The ``dates:`` values of a ``locale:`` entry, and the date order each means.
DATE_CONVENTIONS = {"day-first": "DMY", "month-first": "MDY"}


def _locale(data: LocatedDict, path: Path) -> tuple[tuple[str, str], ...]:
    """Top-level ``locale:``: how sources write all-number dates ("4/11/2024"), when no dateline says."""
    node = data["locale"]
    mark = data.value_marks["locale"]
    example = "\n    locale:\n      - source: uk/**/*.md\n        dates: day-first"
    marks = getattr(node, "item_marks", None)
    if not isinstance(node, list) or not node or marks is None:
        raise FactsFileError(f"'locale:' must be a list of entries like{example}", path, mark.line, mark.column)
    found: list[tuple[str, str]] = []
    for item, item_mark in zip(node, marks, strict=True):
        if not isinstance(item, LocatedDict) or set(item) != {"source", "dates"} or not isinstance(item["source"], str):
            raise FactsFileError(
                f"each 'locale:' entry needs exactly 'source:' and 'dates:', like{example}",
                path,
                item_mark.line,
                item_mark.column,
            )
        order = DATE_CONVENTIONS.get(str(item["dates"]).strip().lower())
        if order is None:
            where = item.value_marks["dates"]
            raise FactsFileError(
                f"'dates:' is '{item['dates']}'; write day-first (4/11/2024 is 4 November) "
                "or month-first (4/11/2024 is April 11)",
                path,
                where.line,
                where.column,
            )
        found.append((item["source"].strip(), order))
    return tuple(found)


def _published(data: LocatedDict, path: Path) -> tuple[tuple[str, dt.date], ...]:
    """Top-level ``published:``: publication dates for sources that give none themselves."""
    node = data["published"]
    mark = data.value_marks["published"]
    example = "\n    published:\n      - source: archive/2024-11-*.txt\n        date: 2024-11-04"
    marks = getattr(node, "item_marks", None)
    if not isinstance(node, list) or not node or marks is None:
        raise FactsFileError(f"'published:' must be a list of entries like{example}", path, mark.line, mark.column)
    found: list[tuple[str, dt.date]] = []
    for item, item_mark in zip(node, marks, strict=True):
        if not isinstance(item, LocatedDict) or set(item) != {"source", "date"} or not isinstance(item["source"], str):
            raise FactsFileError(
                f"each 'published:' entry needs exactly 'source:' and 'date:', like{example}",
                path,
                item_mark.line,
                item_mark.column,
            )
        day = read_period(item["date"])
        if day is None or day.precision != "day":
            where = item.value_marks["date"]
            raise FactsFileError(
                f"{_cannot_read(item['date'], 'date')}; a publication date is a day, like 2024-11-04",
                path,
                where.line,
                where.column,
            )
        found.append((item["source"].strip(), day.start))
    return tuple(found)


def _entry_id(entry: Any, mark: Mark) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and SLUG.match(entry["id"]):
        return str(entry["id"])
    return f"line-{mark.line}"


def _string_list(
    node: LocatedDict, key: str, path: Path, mark: Mark, allow_single: bool = False, required: bool = False
) -> tuple[str, ...]:
    value = node[key]
    example = _LIST_EXAMPLES.get(key, "[word, other word]")
    globs = key in GLOB_KEYS
    if isinstance(value, str) and allow_single:
        # 'subject: troops, soldiers' means two words, not one phrase with a comma that matches nothing.
        value = [p for p in value.split(",") if p.strip()] or [value] if key in COMMA_LIST_KEYS else [value]
    if not isinstance(value, list):
        shape = "a word or phrase, or a list" if allow_single else "a list"
        found = "it is empty" if value is None else f"found {describe(value)}"
        raise FactsFileError(f"'{key}:' must be {shape}, like {example}; {found}", path, mark.line, mark.column)
    if not value:
        fix = f"give at least one entry, like {example}"
        raise FactsFileError(
            f"'{key}:' is empty; {fix}" + ("" if required else " (or remove the key)"), path, mark.line, mark.column
        )
    items: list[str] = []
    marks = getattr(value, "item_marks", [mark] * len(value))
    for item, item_mark in zip(value, marks, strict=True):
        wanted = (str,) if globs else (str, int, float)
        if isinstance(item, bool) or not isinstance(item, wanted) or not str(item).strip():
            what = "a file pattern, like seeds/*.txt" if globs else "a word or phrase"
            found = "an empty entry" if isinstance(item, str) or item is None else describe(item)
            raise FactsFileError(
                f"every entry of '{key}:' must be {what}; found {found}", path, item_mark.line, item_mark.column
            )
        if key == "sources" and "id" in node and any("**" in p and p != "**" for p in str(item).split("/")):
            raise FactsFileError(
                f"in the pattern '{item}', '**' must stand alone between slashes, like 'archive/**/*.md'",
                path,
                item_mark.line,
                item_mark.column,
            )
        items.append(str(item).strip())
    return tuple(items)


def _fact(entry: Any, mark: Mark, path: Path) -> Fact:
    if not isinstance(entry, LocatedDict):
        raise FactsFileError(
            f"each fact must be key: value lines starting with '- id: ...'; found {describe(entry)}",
            path,
            mark.line,
            mark.column,
        )

    def fail(message: str, key: str | None = None) -> FactsFileError:
        where = entry.value_marks.get(key, mark) if key else mark
        return FactsFileError(message, path, where.line, where.column)

    for key in entry:
        if key not in FACT_KEYS:
            key_mark = entry.key_marks[key]
            raise FactsFileError(f"unknown key '{key}'{suggest(key, FACT_KEYS)}", path, key_mark.line, key_mark.column)
    for key in REQUIRED_FACT_KEYS:
        if key not in entry:
            raise fail(f"this fact has no '{key}:'; every fact needs an id and a claim")
    fact_id = entry["id"]
    if not isinstance(fact_id, str):
        raise fail(f"the id must be a name like 'treaty-signed'; found {describe(fact_id)}", "id")
    if not SLUG.match(fact_id):
        raise fail(
            f"the id '{fact_id}' is not allowed: use only lowercase letters, digits and '-' between words "
            f"(like '{_slug_like(fact_id)}')",
            "id",
        )
    claim = entry["claim"]
    if not isinstance(claim, str):
        raise fail(f"'claim:' must be the fact written as a sentence; found {describe(claim)}", "claim")
    if not claim.strip():
        raise fail("'claim:' is empty; write the fact as a sentence", "claim")
    values = [key for key in VALUE_KEYS if key in entry]
    if not values:
        raise fail(
            "this fact has none of quantity, date or contradicted_by; add the one that says what to check "
            "(a figure, a date, or sentences that would contradict the claim)"
        )
    if "quantity" in entry and "date" in entry:
        raise fail("a fact checks either a quantity or a date, not both; split it into two facts", "date")
    lists = {
        key: _string_list(entry, key, path, entry.value_marks[key], allow_single=True, required=key == "subject")
        for key in ("subject", "context", "exclude", "contradicted_by", "sources")
        if key in entry
    }
    quantity = date = None
    relative = absolute = 0.0
    if "quantity" in entry:
        value = entry["quantity"]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise fail(f"{_cannot_read(value, 'quantity')}; write {QUANTITY_FORMS}", "quantity")
        try:
            quantity = parse_fact_quantity(value)
        except ValueFormatError as exc:
            raise fail(str(exc), "quantity") from exc
        quantity = unit_from_claim(claim.strip(), quantity)
    if "date" in entry:
        value = entry["date"]
        if isinstance(value, bool) or not isinstance(value, (str, int, dt.date)):
            raise fail(f"{_cannot_read(value, 'date')}; write {DATE_FORMS}", "date")
        try:
            date = parse_fact_date(value)
        except ValueFormatError as exc:
            raise fail(str(exc), "date") from exc
    if "tolerance" in entry:
        value = entry["tolerance"]
        if quantity is None:
            raise fail("'tolerance:' applies only to a 'quantity:'; remove it or add a quantity", "tolerance")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise fail(
                f"{_cannot_read(value, 'tolerance')}; write a percentage like 5% or a number like 500", "tolerance"
            )
        if isinstance(value, (int, float)) and value < 0:
            raise fail(
                "'tolerance:' cannot be negative; write how far a figure may be off, like 5% or 500", "tolerance"
            )
        try:
            relative, absolute = parse_tolerance(value)
        except ValueFormatError as exc:
            raise fail(str(exc), "tolerance") from exc
    subject, context = lists.get("subject", ()), lists.get("context", ())
    if not subject:
        subject, derived_context = claim_terms_of(claim.strip(), quantity, date, "contradicted_by" in entry)
        if not subject:
            raise fail(
                "this fact has no 'subject:', and its claim does not show what it counts or dates (the claim must "
                "contain the fact's value, like 'sent 14,000–15,000 troops'); add subject: [troops, soldiers]"
            )
        context = context or derived_context
    return Fact(
        id=str(fact_id),
        claim=claim.strip(),
        subject=subject,
        line=mark.line,
        context=context,
        exclude=lists.get("exclude", ()),
        quantity=quantity,
        tolerance_relative=relative,
        tolerance_absolute=absolute,
        date=date,
        contradicted_by=lists.get("contradicted_by", ()),
        sources=lists.get("sources", ()),
        as_of=_period(entry, "as_of", fail),
        until=_period(entry, "until", fail),
        examples=_examples(entry, fail),
        allow=_allowances(entry, fail),
    )


PERIOD_FORMS = '"2025", "2025-04", "April 2025", "2025-04-01" or "April 1, 2025"'


def read_period(value: Any) -> DateValue | None:
    """An ``as_of``/``until``/``published`` value as a range of days, or None if unreadable."""
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", value)
        if match and 1 <= int(match.group(2)) <= 12:
            return month_value(int(match.group(1)), int(match.group(2)), value.strip())
    if isinstance(value, bool) or not isinstance(value, (str, int, dt.date)):
        return None
    try:
        period = parse_fact_date(value)
    except ValueFormatError:
        return None
    return None if period.recurring else period


def _period(entry: LocatedDict, key: str, fail: Callable[[str, str], FactsFileError]) -> DateValue | None:
    if key not in entry:
        return None
    period = read_period(entry[key])
    if period is None:
        raise fail(f"{_cannot_read(entry[key], key)}; write a date or month such as {PERIOD_FORMS}", key)
    return period


EXAMPLE_KINDS = ("supports", "contradicts", "ignores")


def _examples(entry: LocatedDict, fail: Callable[[str, str], FactsFileError]) -> tuple[Example, ...]:
    if "examples" not in entry:
        return ()
    node = entry["examples"]
    if not isinstance(node, LocatedDict) or not node:
        raise fail(
            "'examples:' must list sentences under supports:, contradicts: or ignores:, for example\n"
            '    examples:\n      supports: ["Pyongyang sent around 15,000 troops."]',
            "examples",
        )
    found: list[Example] = []
    for kind, sentences in node.items():
        if kind not in EXAMPLE_KINDS:
            mark = node.key_marks[kind]
            raise FactsFileError(f"unknown key '{kind}'{suggest(kind, EXAMPLE_KINDS)}", None, mark.line, mark.column)
        marks = getattr(sentences, "item_marks", None)
        if not isinstance(sentences, list) or not sentences or marks is None:
            raise fail(f"'{kind}:' under 'examples:' must be a list of sentences", "examples")
        for sentence, mark in zip(sentences, marks, strict=True):
            if not isinstance(sentence, str) or not sentence.strip():
                raise fail(f"every example must be a sentence in quotes; found {describe(sentence)}", "examples")
            found.append(Example(sentence.strip(), kind, mark.line))
    return tuple(found)


def _allowances(entry: LocatedDict, fail: Callable[[str, str], FactsFileError]) -> tuple[Allowance, ...]:
    if "allow" not in entry:
        return ()
    node = entry["allow"]
    marks = getattr(node, "item_marks", None)
    if not isinstance(node, list) or not node or marks is None:
        raise fail(
            "'allow:' must be a list of entries like\n    allow:\n      - source: archive/1999-*.md\n"
            "        reason: historical article, left as published",
            "allow",
        )
    found: list[Allowance] = []
    for item, mark in zip(node, marks, strict=True):
        if not isinstance(item, LocatedDict):
            raise fail(f"each 'allow:' entry needs 'source:' and 'reason:'; found {describe(item)}", "allow")
        for key in item:
            if key not in ("source", "reason"):
                key_mark = item.key_marks[key]
                raise FactsFileError(
                    f"unknown key '{key}'{suggest(key, ('source', 'reason'))}", None, key_mark.line, key_mark.column
                )
        source, reason = item.get("source"), item.get("reason")
        if not isinstance(source, str) or not source.strip():
            raise FactsFileError("this 'allow:' entry needs 'source:', a file pattern", None, mark.line, mark.column)
        if not isinstance(reason, str) or not reason.strip():
            raise FactsFileError(
                "this 'allow:' entry needs 'reason:', saying why the discrepancy is accepted",
                None,
                mark.line,
                mark.column,
            )
        found.append(Allowance(source.strip(), reason.strip(), mark.line))
    return tuple(found)


def claim_terms_of(
    claim: str, quantity: Quantity | None, date: DateValue | None, titled: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Subject and context read from the claim, for a fact without ``subject:`` (a title fact
    always needs one: the person's name)."""
    if titled:
        return (), ()
    return claim_terms(Fact(id="", claim=claim, subject=(), line=0, quantity=quantity, date=date))
