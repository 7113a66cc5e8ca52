"""Agreement of the number readers with test suites other projects wrote (their cases, shipped under
tests/peers/ with each project's MIT licence).

Suites:

- ``quantulum3``: quantulum3's English quantity table (``quantulum3/_lang/en_US/tests/quantities.json``);
- ``rt-number``: Recognizers-Text ``Specs/Number/English`` (numbers, percentages, ranges, ordinals);
- ``rt-currency`` and ``rt-dimension``: ``Specs/NumberWithUnit/English/CurrencyModel.json``,
  ``DimensionModel.json`` and ``TemperatureModel.json``.

Agreement: a case agrees when the figures :func:`pytest_factcheck.values.find_values` reads in the
case's sentence are exactly the spec's resolutions, one for one, in any order: no figure missing and no
extra one. Two figures match when their values agree to a relative 1e-6 (a range or an uncertainty
as both of its ends; an open end of a spec range, "(,10)", matches 0 or minus infinity, and an
exclusive end matches a bound just past it) and, in the unit suites, their units are the same after
both are brought to a canonical identifier: an ISO 4217 code (a hundredth such as "Cent" as 0.01 of
its currency), or a pint unit of one dimension converting at a factor of 1. The Number suites resolve
numbers only, so there the unit is not compared.

What is compared is what the peer's model extracts, no more:

- each Recognizers-Text model extracts one kind of figure (CurrencyModel money, DimensionModel physical
  measures but temperatures, TemperatureModel temperatures, PercentModel percentages, NumberRangeModel
  ranges and bounds), so only our figures of that kind are held against it ("sank 27% in the quarter
  to $254 million" is one currency result; the 27% we also read is not an extra currency);
- the NumberWithUnit models, the Number and Percent models and quantulum3 resolve the figure as
  written and have no hedges, so there our figure before its hedge is compared ("about $14 million"
  is 14 million, which we read as the interval 13.3-14.7 million); the NumberRange model resolves
  bounds, and there the hedged interval is compared;
- quantulum3 and the Number model resolve a year as the plain number written ("Voyager 2 in 1979" holds
  1979, "the 1960s" 1960), which we read as a date: there a date we read that is written as a year or a
  decade stands for that number;
- the Number model takes a number only where it stands as its own token: a figure glued to a unit
  symbol ("the 180ml liquid", "29km") it leaves to the NumberWithUnit models (its spec holds no number
  there), so our measures written so are not held against it ("1m", which we read as a million, still is);
- a spec result without a value (a currency or unit named with no figure: "a multibillion-dollar
  deal", "convert 10 celsius to fahrenheit") is not a figure, and we never report one: it is left
  out of the expected figures, and a case with no other result is listed as not scored;
- Recognizers-Text's dimension unit "Pound" is the pound of weight (its currency suite's "Pound" is
  sterling), and its "Ton" names tonnes and tons alike ("25 lakh tonnes", "100t", "three-ton"), so
  it matches a tonne, a short ton or a long ton.

Categories news copy uses are scored. Listed but not scored: ordinals (ranks, "the tenth"), durations
and times (quantulum3's "year", "hour"), science, computing, angle and kitchen units (electronvolts,
bytes, radians, tablespoons), defunct or crypto currencies (markka, peseta, bitcoin), and
mathematical or machine notation the Number suite includes and news copy does not use: powers and
scientific notation ("1.1^23", "1e10", "1.3x10^6"), "x over y" ratios, IP addresses and URLs, and
the computing scale letters G and T ("10G" as ten giga-). Every case is kept, also those the peer's
own Python port does not support.

``--strict`` scores by the earlier rule instead, for comparison: every figure we read is held against
every spec, hedges applied.

    python evaluation/peers.py [--failures CATEGORY] [--strict]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "tests" / "peers"
sys.path.insert(0, str(ROOT))

from pytest_factcheck.lexicon.numbers import CURRENCY_CODES  # noqa: E402
from pytest_factcheck.values import QuantityMention, canonical_unit, find_values  # noqa: E402
from pytest_factcheck.values.hedges import unhedged  # noqa: E402
from pytest_factcheck.values.units import _dimensionality, convert, is_physical, pint_expression, same_dimension  # noqa: E402

#: A value with its unit: (low, high, canonical unit or None).
Figure = tuple[float, float, "str | None"]

#: Recognizers-Text and quantulum3 currency names → (ISO code, factor). None: out of scope.
PEER_CURRENCIES: dict[str, tuple[str, float] | None] = {
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "euro": ("EUR", 1.0),
    "chinese yuan": ("CNY", 1.0), "pound": ("GBP", 1.0), "british pound": ("GBP", 1.0),
    "pound sterling": ("GBP", 1.0), "cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "dime": ("USD", 0.1), "canadian dollar": ("CAD", 1.0), "japanese yen": ("JPY", 1.0), "franc": ("CHF", 1.0),
    "swiss franc": ("CHF", 1.0), "australian dollar": ("AUD", 1.0), "turkish lira": ("TRY", 1.0),
    "rupee": ("INR", 1.0), "sri lankan rupee": ("LKR", 1.0), "mexican peso": ("MXN", 1.0),
    "hong kong dollar": ("HKD", 1.0), "new zealand dollar": ("NZD", 1.0), "georgian lari": ("GEL", 1.0),
    "lao kip": ("LAK", 1.0), "costa rican colón": ("CRC", 1.0), "sen": ("JPY", 0.01),
    "bitcoin": None, "satoshi": None, "finnish markka": None, "peseta": None, "netherlands guilder": None,
}  # fmt: skip
#: Peer unit names pint does not parse as written.
PEER_UNITS = {"c": "degC", "f": "degF", "degree": "degree", "metric ton": "metric_ton",
              "ton": "short_ton|metric_ton|long_ton", "pound": "pound", "barrel": "oil_barrel", "dozen": "dozen",
              "baker's dozen": "baker_dozen"}  # fmt: skip
#: Out-of-scope units: durations, and science, computing, angle and kitchen units.
DURATIONS = frozenset("second minute hour day week month year gigayear megayear".split())
SPECIALIST_DIMENSIONS = ("[length] ** 3 / [time]",)
SPECIALIST_UNITS = frozenset(
    "electronvolt teraelectronvolt picometer attometer nanometer bit byte exabyte kibibyte megabyte megabit turn "
    "radian degree tablespoon "
    "teaspoon cup dram inverse_femtobarn inverse_second milligray candela_second joule_second gigahertz "
    "baker_dozen gross dozen".split()
)
#: Notation of mathematics and machines, not of news copy: powers and scientific notation, "x over y",
#: IP addresses, URLs, and the computing scale letters ("10G", "1,674.5 G").
MACHINE_NOTATION = re.compile(
    r"\d\s*\^|\d[eE][-+]?\d|\d\s*[x×]\s*10|\d+\.\d+\.\d+\.\d+|https?://|\d\s?G\b"
    r"|(?:\d|\b(?:one|two|three))\s+over\s+(?:\d+|(?:one|two|three|five|twenty|hundred|and|[\s-])+)\s*[.?!]?$"
)
NEWS_DIMENSIONS = frozenset(
    ["[length]", "[length] ** 2", "[length] ** 3", "[mass]", "[temperature]", "[length] / [time]"]
)


@dataclass(frozen=True)
class Case:
    suite: str
    category: str
    scored: bool
    text: str
    expected: tuple[Figure, ...]
    compare_units: bool
    #: The kind of figure the peer's model extracts: "all", "number" (all but a measure glued to its unit
    #: symbol), "money", "measure", "dimension" (a measure but a temperature), "temperature", "percent" or
    #: "range".
    kind: str = "all"
    #: Whether the peer resolves the figure as written (True) or the interval its hedge claims.
    stated: bool = True


def _number(text: str) -> float:
    return float(text.replace(",", "").rstrip("%"))


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(_number(text))
    except ValueError:
        return False


def _peer_unit(name: str, *, money: bool = True) -> tuple[str | None, float, str]:
    """A peer's unit name as (canonical identifier, factor, kind): kind is money, count, percent, duration,
    measure, specialist or defunct. ``money`` False: the name is a physical unit ("Pound" is weight)."""
    lowered = name.strip().lower()
    if lowered in ("dimensionless", ""):
        return None, 1.0, "count"
    if lowered in ("percentage", "percent"):
        return "percent", 1.0, "percent"
    if money and lowered in PEER_CURRENCIES:
        money = PEER_CURRENCIES[lowered]
        return (money[0], money[1], "money") if money else (None, 1.0, "defunct")
    if lowered in DURATIONS:
        return lowered, 1.0, "duration"
    unit = PEER_UNITS.get(lowered) or _pint_name(lowered)
    first = unit.split("|")[0]
    if unit in SPECIALIST_UNITS or not is_physical(first):
        return unit, 1.0, "specialist"
    from pytest_factcheck.values.units import registry

    dimension = str(registry().parse_units(pint_expression(first)).dimensionality)
    return unit, 1.0, "measure" if dimension in NEWS_DIMENSIONS else "specialist"


def _pint_name(name: str) -> str:
    words = name.replace("metre", "meter").replace("litre", "liter").replace("degree celsius", "degC")
    words = words.replace("degree fahrenheit", "degF")
    for power, mark in (("square ", " ** 2"), ("cubic ", " ** 3")):
        words = " ".join((w[len(power) :] + mark) if w.startswith(power) else w for w in words.split(" per "))
        words = words.replace(" ** 2 ", " ** 2 per ").replace(" ** 3 ", " ** 3 per ")
    return "/".join(part.strip().replace(" ", "_") for part in words.split(" per "))


def _category(kinds: list[str], default: str, text: str = "") -> tuple[str, bool]:
    if not kinds:
        return "a unit named without a figure", False
    if MACHINE_NOTATION.search(text):
        return "mathematical and machine notation", False
    for kind, label in (("defunct", "defunct or crypto currencies"), ("duration", "durations and times"),
                        ("specialist", "science, computing, angle and kitchen units")):  # fmt: skip
        if kind in kinds:
            return label, False
    return default, True


def quantulum_cases() -> Iterator[Case]:
    for item in json.loads((PEERS / "quantulum3" / "quantities.json").read_text(encoding="utf-8")):
        expected, kinds = [], []
        for result in item["res"]:
            unit, factor, kind = _peer_unit(result["unit"])
            spread = float(result.get("uncertainty") or 0.0)
            value = float(result["value"]) * factor
            expected.append((value - spread * factor, value + spread * factor, unit))
            kinds.append(kind)
        named = {"count": "counts", "money": "money", "percent": "percentages", "measure": "measures"}
        main = next((named[k] for k in ("money", "percent", "measure") if k in kinds), "counts")
        category, scored = _category(kinds, main, item["req"]) if item["res"] else (main, True)
        yield Case("quantulum3", category, scored, item["req"], tuple(expected), True)


def _range_ends(value: str) -> Figure:
    low, high = value[1:-1].split(",")
    low_value = _number(low) if low.strip() else -math.inf
    high_value = _number(high) if high.strip() else math.inf
    if value[0] == "(" and math.isfinite(low_value):
        low_value = math.nextafter(low_value, math.inf)
    if value[-1] == ")" and math.isfinite(high_value):
        high_value = math.nextafter(high_value, -math.inf)
    return low_value, high_value, None


def _rt(name: str) -> list[dict[str, object]]:
    loaded: list[dict[str, object]] = json.loads((PEERS / "recognizers-text" / name).read_text(encoding="utf-8"))
    return loaded


def rt_number_cases() -> Iterator[Case]:
    files = (("NumberModel.json", "numbers", True), ("PercentModel.json", "percentages", True),
             ("NumberRangeModel.json", "ranges", True), ("OrdinalModel.json", "ordinals (ranks)", False))  # fmt: skip
    kinds = {"numbers": "number", "percentages": "percent", "ranges": "range"}
    for name, category, scored in files:
        for item in _rt(name):
            expected: list[Figure] = []
            results = item["Results"]
            for result in results:  # type: ignore[attr-defined]
                value = str(result["Resolution"]["value"])
                if category == "ranges":
                    expected.append(_range_ends(value))
                elif _is_number(value):
                    number = _number(value)
                    expected.append((number, number, "percent" if category == "percentages" else None))
            named, counted = category, scored
            if scored and MACHINE_NOTATION.search(str(item["Input"])):
                named, counted = "mathematical and machine notation", False
            elif scored and results and not expected:
                named, counted = "a unit named without a figure", False
            yield Case(
                "rt-number",
                named,
                counted,
                str(item["Input"]),
                tuple(expected),
                category == "percentages",
                kinds.get(category, "all"),
                category != "ranges",
            )


def rt_unit_cases() -> Iterator[Case]:
    files = (("CurrencyModel.json", "rt-currency", "currency"), ("DimensionModel.json", "rt-dimension", "dimension"),
             ("TemperatureModel.json", "rt-dimension", "temperature"))  # fmt: skip
    for name, suite, default in files:
        for item in _rt(name):
            expected: list[Figure] = []
            kinds: list[str] = []
            results = item["Results"]
            for result in results:  # type: ignore[attr-defined]
                resolution = result["Resolution"]
                raw = resolution.get("value")
                if raw in (None, ""):
                    continue  # a unit named without a figure
                unit, factor, kind = _peer_unit(str(resolution.get("unit", "")), money=default == "currency")
                number = _number(str(raw)) * factor
                expected.append((number, number, unit))
                kinds.append(kind)
            category, scored = _category(kinds, default, str(item["Input"])) if results else (default, True)
            kind = {"currency": "money", "dimension": "dimension"}.get(default, "temperature")
            yield Case(suite, category, scored, str(item["Input"]), tuple(expected), True, kind)


def all_cases() -> list[Case]:
    return [*quantulum_cases(), *rt_number_cases(), *rt_unit_cases()]


def _close(first: float, second: float) -> bool:
    if math.isinf(first) or math.isinf(second):
        return first == second
    return math.isclose(first, second, rel_tol=1e-6, abs_tol=1e-9)


def _unit_matches(ours: str | None, theirs: str | None) -> bool:
    if theirs is not None and "|" in theirs:
        return any(_unit_matches(ours, one) for one in theirs.split("|"))
    if ours == theirs:
        return True
    if ours is None or theirs is None or not (is_physical(ours) and is_physical(theirs)):
        return False
    return same_dimension(ours, theirs) and math.isclose(convert(1.0, ours, theirs), 1.0, rel_tol=1e-6)


def _matches(read: Figure, spec: Figure, compare_units: bool) -> bool:
    low_ok = _close(read[0], spec[0]) or (spec[0] == -math.inf and read[0] in (0.0, -math.inf))
    return low_ok and _close(read[1], spec[1]) and (not compare_units or _unit_matches(read[2], spec[2]))


def _of_kind(mention: QuantityMention, kind: str) -> bool:
    """Whether ``mention`` is a figure of the kind a peer's model extracts."""
    unit = canonical_unit(mention.quantity.unit)
    if kind == "money":
        return unit in CURRENCY_CODES
    if kind == "measure":
        return is_physical(unit)
    if kind in ("dimension", "temperature"):  # the DimensionModel has no temperatures: the TemperatureModel has them
        temperature = "temperature" in str(_dimensionality(unit or ""))
        return is_physical(unit) and temperature == (kind == "temperature")
    if kind == "percent":
        return unit == "percent"
    if kind == "range":
        return mention.hedge is not None or mention.quantity.interval.low != mention.quantity.interval.high
    if kind == "number":
        return not (is_physical(unit) and _GLUED_UNIT.search(mention.quantity.text))
    return True


#: A figure glued to the letters of its unit symbol ("180ml", "29km").
_GLUED_UNIT = re.compile(r"\d[A-Za-zµμ]+\Z")
#: A date written as a year or a decade ("1979", "the 1960s"): the peers that read years read that number.
_YEAR = re.compile(r"(?:the\s+)?(?P<year>[12]\d{3})s?", re.IGNORECASE)


def _years(text: str) -> list[Figure]:
    """The dates we read in ``text`` that are written as a year or a decade, as the number of the year."""
    years: list[Figure] = []
    for mention in find_values(text).dates:
        written = _YEAR.fullmatch(mention.text.strip())
        if written is not None:
            year = float(written["year"])
            years.append((year, year, None))
    return years


def read_figures(text: str, kind: str = "all", *, stated: bool = False) -> list[Figure]:
    """The figures we read in ``text`` of ``kind``; ``stated``: each as written, before its hedge."""
    figures: list[Figure] = []
    for mention in find_values(text).quantities:
        if not _of_kind(mention, kind):
            continue
        interval = unhedged(mention.quantity.interval, mention.hedge) if stated else mention.quantity.interval
        figures.append((interval.low, interval.high, canonical_unit(mention.quantity.unit)))
    return figures + _years(text) if kind in ("all", "number") else figures


def agrees(case: Case) -> bool:
    read = read_figures(case.text, case.kind, stated=case.stated)
    if len(read) != len(case.expected):
        return False
    left = list(read)
    for spec in case.expected:
        found = next((r for r in left if _matches(r, spec, case.compare_units)), None)
        if found is None:
            return False
        left.remove(found)
    return True


def score(cases: list[Case] | None = None) -> list[tuple[str, str, bool, int, int]]:
    """Rows (suite, category, scored, agreed, total), in the order the suites are listed."""
    rows: dict[tuple[str, str, bool], list[int]] = {}
    for case in all_cases() if cases is None else cases:
        row = rows.setdefault((case.suite, case.category, case.scored), [0, 0])
        row[0] += agrees(case)
        row[1] += 1
    return [(suite, category, scored, agreed, total) for (suite, category, scored), (agreed, total) in rows.items()]


def date_rows() -> list[tuple[str, str, bool, int, int]]:
    """The date suites' rows, from the date readers' evaluation (evaluation/peers_dates.py) once it exists."""
    try:
        from peers_dates import score as score_dates  # type: ignore[import-not-found]
    except ImportError:
        print("(the date suites are scored by evaluation/peers_dates.py, not present in this checkout)")
        return []
    rows: list[tuple[str, str, bool, int, int]] = score_dates()
    return rows


def print_table(rows: list[tuple[str, str, bool, int, int]]) -> None:
    print(f"{'suite':<14} {'category':<46} {'scored':<7} {'agreed':>7} {'total':>6} {'rate':>7}")
    suites: dict[str, list[int]] = {}
    for suite, category, scored, agreed, total in rows:
        rate = f"{100 * agreed / total:.0f}%" if total else "-"
        print(f"{suite:<14} {category:<46} {'yes' if scored else 'no':<7} {agreed:>7} {total:>6} {rate:>7}")
        if scored:
            tally = suites.setdefault(suite, [0, 0])
            tally[0] += agreed
            tally[1] += total
    for suite, (agreed, total) in suites.items():
        print(f"{suite:<14} {'TOTAL (scored)':<46} {'':<7} {agreed:>7} {total:>6} {100 * agreed / total:>6.0f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--failures", metavar="CATEGORY", help="list the cases of CATEGORY that disagree")
    parser.add_argument("--strict", action="store_true", help="hold every figure read, hedged, against each spec")
    args = parser.parse_args()
    cases = all_cases()
    if args.strict:
        cases = [replace(case, kind="all", stated=False) for case in cases]
    if args.failures:
        for case in cases:
            if case.category == args.failures and not agrees(case):
                read = read_figures(case.text, case.kind, stated=case.stated)
                print(f"{case.suite}: {case.text!r}\n    spec {case.expected}\n    read {read}")
        return
    rows = score(cases)
    rows += date_rows()
    print_table(rows)


if __name__ == "__main__":
    main()
