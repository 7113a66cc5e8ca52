"""facts.yaml (format version 1) → typed facts, every problem with its line.

Problems with the file as a whole raise :class:`FactsFileError`. Problems with
one fact are collected as :class:`FactProblem` so that the other facts still
run; the plugin turns each into an error of that fact's test.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import parse_fact_date
from .errors import FactsFileError, ValueFormatError
from .loader import LocatedDict, LocatedList, Mark, load_yaml
from .model import Fact
from .quantities import parse_fact_quantity, parse_tolerance

TOP_KEYS = ("sources", "facts")
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
)
VALUE_KEYS = ("quantity", "date", "contradicted_by")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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

    @property
    def folder(self) -> Path:
        return self.path.parent


def suggest(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; the keys allowed here are: {', '.join(choices)}"


def read_facts_file(path: Path) -> FactsFile:
    """Load and validate ``path``; raise FactsFileError if it cannot be used at all."""
    data = load_yaml(path)
    return validate(data, path)


def validate(data: Any, path: Path) -> FactsFile:
    if data is None:
        raise FactsFileError("the file is empty; it needs 'sources:' and 'facts:'", path, 1)
    if not isinstance(data, LocatedDict):
        raise FactsFileError("the file must be a mapping with 'sources:' and 'facts:' at the top", path, 1)
    for key in data:
        if key not in TOP_KEYS:
            mark = data.key_marks[key]
            raise FactsFileError(f"unknown key '{key}'{suggest(key, TOP_KEYS)}", path, mark.line, mark.column)
    for key in TOP_KEYS:
        if key not in data:
            raise FactsFileError(f"the file has no '{key}:' list; add one at the top level", path, 1)
    sources = _string_list(data, "sources", path, data.value_marks["sources"])
    facts_node = data["facts"]
    facts_mark = data.value_marks["facts"]
    if not isinstance(facts_node, LocatedList):
        raise FactsFileError("'facts:' must be a list of facts, each starting with '- id:'", path, facts_mark.line)
    if not facts_node:
        raise FactsFileError("'facts:' is empty; add at least one fact", path, facts_mark.line)
    facts: list[Fact] = []
    problems: list[FactProblem] = []
    first_line: dict[str, int] = {}
    for index, (entry, mark) in enumerate(zip(facts_node, facts_node.item_marks)):
        fact_id = _entry_id(entry, mark)
        try:
            fact = _fact(entry, mark, path)
        except FactsFileError as exc:
            problems.append(FactProblem(fact_id, exc.line or mark.line, exc.column or mark.column, exc.message))
            first_line.setdefault(fact_id, mark.line)
            continue
        if fact.id in first_line:
            problems.append(
                FactProblem(
                    fact.id,
                    mark.line,
                    mark.column,
                    f"the id '{fact.id}' is used twice (lines {first_line[fact.id]} and {mark.line}); "
                    "ids name the tests, so each must be unique",
                )
            )
            continue
        first_line[fact.id] = mark.line
        facts.append(fact)
    return FactsFile(path, sources, data.value_marks["sources"].line, tuple(facts), tuple(problems))


def _entry_id(entry: Any, mark: Mark) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and SLUG.match(entry["id"]):
        return str(entry["id"])
    return f"line-{mark.line}"


def _string_list(node: LocatedDict, key: str, path: Path, mark: Mark, allow_single: bool = False) -> tuple[str, ...]:
    value = node[key]
    if isinstance(value, str) and allow_single:
        value = [value]
    if not isinstance(value, list):
        raise FactsFileError(f"'{key}:' must be a list, like [word, other word]", path, mark.line, mark.column)
    if not value:
        raise FactsFileError(f"'{key}:' is empty; give at least one entry or remove the key", path, mark.line)
    items: list[str] = []
    marks = getattr(value, "item_marks", [mark] * len(value))
    for item, item_mark in zip(value, marks):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            raise FactsFileError(
                f"every entry of '{key}:' must be a word or phrase, not {item!r}",
                path,
                item_mark.line,
                item_mark.column,
            )
        items.append(str(item).strip())
    return tuple(items)


def _fact(entry: Any, mark: Mark, path: Path) -> Fact:
    if not isinstance(entry, LocatedDict):
        raise FactsFileError("each fact must be a mapping starting with '- id: ...'", path, mark.line, mark.column)

    def fail(message: str, key: str | None = None) -> FactsFileError:
        where = entry.value_marks.get(key, mark) if key else mark
        return FactsFileError(message, path, where.line, where.column)

    for key in entry:
        if key not in FACT_KEYS:
            key_mark = entry.key_marks[key]
            raise FactsFileError(f"unknown key '{key}'{suggest(key, FACT_KEYS)}", path, key_mark.line, key_mark.column)
    for key in ("id", "claim", "subject"):
        if key not in entry:
            raise fail(f"this fact has no '{key}:'; every fact needs id, claim and subject")
    fact_id = entry["id"]
    if not isinstance(fact_id, str) or not SLUG.match(fact_id):
        raise fail(
            f"the id {fact_id!r} is not allowed: use lowercase letters, digits and '-' (like 'treaty-signed')", "id"
        )
    claim = entry["claim"]
    if not isinstance(claim, str) or not claim.strip():
        raise fail("'claim:' must be the fact written as a sentence", "claim")
    values = [key for key in VALUE_KEYS if key in entry]
    if not values:
        raise fail("this fact has none of quantity, date or contradicted_by; add the one that says what to check")
    if "quantity" in entry and "date" in entry:
        raise fail("a fact checks either a quantity or a date, not both; split it into two facts", "date")
    lists = {
        key: _string_list(entry, key, path, entry.value_marks[key], allow_single=True)
        for key in ("subject", "context", "exclude", "contradicted_by", "sources")
        if key in entry
    }
    quantity = date = None
    relative = absolute = 0.0
    try:
        if "quantity" in entry:
            quantity = parse_fact_quantity(entry["quantity"])
        if "date" in entry:
            date = parse_fact_date(entry["date"])
    except ValueFormatError as exc:
        raise fail(str(exc), "quantity" if "quantity" in entry else "date") from exc
    if "tolerance" in entry:
        if quantity is None:
            raise fail("'tolerance:' applies only to a 'quantity:'; remove it or add a quantity", "tolerance")
        try:
            relative, absolute = parse_tolerance(entry["tolerance"])
        except ValueFormatError as exc:
            raise fail(str(exc), "tolerance") from exc
    return Fact(
        id=fact_id,
        claim=claim.strip(),
        subject=lists["subject"],
        line=mark.line,
        context=lists.get("context", ()),
        exclude=lists.get("exclude", ()),
        quantity=quantity,
        tolerance_relative=relative,
        tolerance_absolute=absolute,
        date=date,
        contradicted_by=lists.get("contradicted_by", ()),
        sources=lists.get("sources", ()),
    )
