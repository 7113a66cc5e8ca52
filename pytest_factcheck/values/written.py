"""Numbers written in words, and fraction words, with the unit or currency after them.

- written numbers: "three hundred and twenty-one", "seven point eight", "a dozen", "half a million",
  "three lakh crore", "five and a half million"; a run that is no one number is the numbers it is made
  of ("three-nought-four" is 3, 0 and 4);
- fraction words: "two-thirds of", "three-quarters", "a quarter of a million", "one twenty-fifth",
  "one hundred and three quarters" (a whole number and a proper fraction), "one hundred and thirty
  fifths" (130/5: the fraction is not proper, so "and" joins the numerator).

The values come from :mod:`.cardinals`; each reader returns :class:`.numbers.Reading` values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon.numbers import (
    AND_A_PARTS,
    COMPOUND_ONLY_ORDINALS,
    FRACTION_DENOMINATORS,
    NAUGHT_IDIOM_BEFORE,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
)
from ..model import Interval
from .cardinals import cardinal, fraction, numbers_in, ordinal, point_digits, words_of
from .numbers import Reading, unit_after

_NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS], key=len, reverse=True))
_BIG_SCALES = ("thousand", "million", "billion", "trillion", "lakh", "crore")
#: "one thousand, one hundred": a comma joins a written number only after a scale word.
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in _BIG_SCALES) + ")"
#: "three hundred and twenty-one": "and" joins a written number only after a scale word ("ten and fifteen"
#: are two numbers).
_AFTER_HUNDRED = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", *_BIG_SCALES)) + ")"
_POINT_WORDS = "|".join([*UNITS_WORDS, *TENS_WORDS])
_WRITTEN = re.compile(
    r"\b(?:(?P<half>half\s+an?\s+)|(?P<a>an?\s+)(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    r"(?P<words>(?:"
    + _NUMBER_WORD
    + r")(?:(?:[ \u00a0-]+|"
    + _AFTER_HUNDRED
    + r"\s+(?:and|&)\s+|"
    + _AFTER_SCALE
    + r",\s+)(?:"
    + _NUMBER_WORD
    + r"))*)"
    r"(?P<point>\s+point(?:[ \u00a0-]+(?:" + _POINT_WORDS + r"))+)?\b"
    r"(?:(?P<and_a>\s+and\s+an?\s+(?:half|quarter|third)\b)(?P<then>\s+(?:thousand|million|billion|trillion)\b)?)?",
    re.IGNORECASE,
)
#: A number in words ("one hundred and thirty-two"), without "a" or a decimal point.
#: At most twelve words: a run of number words with no denominator after it must fail fast, not be split
#: every way ("one one one ..." is not a fraction).
_WORDS_NUMBER = (
    r"(?:" + _NUMBER_WORD + r")(?:(?:[ \u00a0-]+|" + _AFTER_HUNDRED + r"\s+and\s+)(?:" + _NUMBER_WORD + r")){0,11}"
)
_DENOMINATOR = "|".join(sorted([*FRACTION_DENOMINATORS, *COMPOUND_ONLY_ORDINALS], key=len, reverse=True))
_FRACTION_WORDS = re.compile(
    r"\b(?:(?P<whole>"
    + _WORDS_NUMBER
    + r")\s+and\s+)?(?P<n>(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion)\b))?"
    + _WORDS_NUMBER
    + r"|an?)(?:\s+and)?\s*[ -]\s*(?P<d>(?:(?:"
    + "|".join(TENS_WORDS)
    + r")\s*[ -]\s*)?(?:"
    + _DENOMINATOR
    + r"))\b(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
_FRACTION_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_OF_A_SCALE = re.compile(r"\s+an?\s+(?P<scale>hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
#: A scale right after a fraction: "three quarters billion", "two-thirds million".
_SCALE_AFTER = re.compile(r"\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
_NAUGHT_IDIOM = re.compile(NAUGHT_IDIOM_BEFORE, re.IGNORECASE)
#: A singular ordinal word right after a number: with it, the number may be a rank ("twenty-first").
_ORDINAL_AFTER = re.compile(
    r"(?:\s*-\s*|\s+)(?P<and>and\s+)?(?P<word>"
    + "|".join(
        w for w in sorted([*FRACTION_DENOMINATORS, *COMPOUND_ONLY_ORDINALS], key=len, reverse=True) if w[-1] != "s"
    )
    + r")\b",
    re.IGNORECASE,
)


def _rank_end(text: str, words: list[str], end: int) -> int | None:
    """Where the rank ends that the number ``words`` (ending at ``end``) starts, if it starts one: "a
    twenty-first birthday", "the one hundred fifth anniversary", "ranked one hundred and first" ("the two
    millionth visitor" is no rank here: a rank's last word is below a hundred)."""
    after = _ORDINAL_AFTER.match(text, end)
    if after is None:
        return None
    tail = ["and"] if after["and"] else []
    return after.end() if ordinal([*words, *tail, after["word"].lower()]) is not None else None


def ranks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ranks written in words ("twenty-first"): no reader may read a number in them."""
    for match in _WRITTEN.finditer(text):
        words = words_of(text, match.start("words"), match.end("words"))
        for first, last, _ in numbers_in(words):
            end = _rank_end(text, [w.text for w in words[first:last]], words[last - 1].end)
            if end is not None:
                yield words[first].start, end


def _and_a(value: float, words: str, fraction_word: str, then: str | None) -> float:
    """ "two and a half" (2.5), "five and a half million" (5.5 million), "one million and a half"
    (1.5 million), "one billion and a half million" (1,000.5 million)."""
    part = AND_A_PARTS[fraction_word.split()[-1].lower()]
    last_scale = SCALE_WORDS.get(words.lower().split()[-1])
    if then is None:
        return value + part * (last_scale or 1.0)
    scale = SCALE_WORDS[then.strip().lower()]
    return value + part * scale if last_scale else (value + part) * scale


def _run_start(words: list[str]) -> int:
    """Where a run stops being a scale left over from the figure before it ("3 hundred and one")."""
    index = 0
    while index < len(words) and (words[index] in SCALE_WORDS or words[index] == "and"):
        index += 1
    return index


def written_figures(text: str) -> Iterator[Reading]:
    """Numbers written in words, with a unit or currency after them ("forty percent", "two million euros")."""
    for match in _WRITTEN.finditer(text):
        words = words_of(text, match.start("words"), match.end("words"))
        texts = [w.text for w in words]
        prefixed = bool(match["a"] or match["half"])
        if prefixed:  # "a hundred", "half a million": one number
            value = cardinal(["one", *texts])
            numbers = [] if value is None else [(0, len(words), value)]
        else:
            skip = _run_start(texts)
            numbers = [(first + skip, last + skip, value) for first, last, value in numbers_in(words[skip:])]
        for index, (first, last, value) in enumerate(numbers):
            start = match.start() if prefixed else words[first].start
            if words[first].text in ("naught", "nought") and _NAUGHT_IDIOM.search(text, max(0, start - 8), start):
                continue  # "came to naught": nothing, not the number 0
            if _rank_end(text, texts[first:last], words[last - 1].end) is not None:
                continue
            if index < len(numbers) - 1 or last < len(words):
                yield Reading(start, words[last - 1].end, Interval(value, value), None)
                continue
            yield _last_number(text, match, start, value, words[last - 1].text)


def _last_number(text: str, match: re.Match[str], start: int, value: float, last_word: str) -> Reading:
    """The run's last number, with its decimals, "and a half" and the unit after it."""
    if match["point"]:
        value += float("0." + point_digits(re.findall(r"[a-z]+", match["point"].lower())[1:]))
    if match["half"]:
        value *= 0.5
    if match["and_a"]:
        value = _and_a(value, last_word, match["and_a"], match["then"])
    unit, factor, end = None, 1.0, match.end()
    scaled = any(w in match["words"].lower() for w in SCALE_WORDS)
    suffix = unit_after(text, start, end, scaled=scaled, marks=False)
    if suffix is not None:
        unit, factor, end = suffix
    return Reading(start, end, Interval(value * factor, value * factor), unit)


def _whole_scale(whole_words: str) -> float:
    """The scale a fraction after a whole number counts in: "two million and three fifths" (of a million);
    "one hundred and three quarters" is 100¾."""
    last = whole_words.lower().split()[-1]
    return SCALE_WORDS.get(last, 1.0) if last in _BIG_SCALES else 1.0


def _fraction_value(text: str, match: re.Match[str]) -> float | None:
    """The value of "[whole and] numerator denominator": "one and a fourth" 1.25, "three fifths" 0.6, "two
    million and three fifths" 2.6 million; None when the words are not a fraction: a singular denominator
    needs one ("the two millionth visitor" is a rank), a plural two or more, and "two halves" are halves
    ("three halves" is 1.5)."""
    split = fraction(words_of(text, match.start("n"), match.end("d")))
    if split is None:
        return None
    count, denominator, plural = split
    if count == 0 or (count == 1) == plural or (denominator == 2 and count == 2):
        return None
    whole_words = match["whole"]
    if whole_words is None:
        return count / denominator
    whole = cardinal([w.text for w in words_of(whole_words, 0, len(whole_words))])
    if whole is None:
        return None
    if count >= denominator and whole_words.lower().endswith("hundred"):  # "one hundred and thirty fifths"
        joined = cardinal([w.text for w in words_of(text, match.start("whole"), match.end("n"))])
        return None if joined is None else joined / denominator
    return whole + count / denominator * _whole_scale(whole_words)


def fraction_words(text: str) -> Iterator[Reading]:
    """ "two-thirds of", "three-quarters", "a quarter of", "one and a fourth", "twenty-three fifths": the
    fraction they name ("a ..." needs "of" or a whole number before it)."""
    for match in _FRACTION_WORDS.finditer(text):
        numerator, whole = match["n"].lower(), match["whole"]
        if numerator in ("a", "an") and not (match["of"] or whole or _FRACTION_END.match(text, match.end("d"))):
            continue  # "a third term"; "cut by a third." and "a quarter of" are fractions
        if whole and numerator in ("a", "an") and match["d"].lower() in AND_A_PARTS:
            continue  # "four and a half million": the written-number reader reads it with its scale
        value = _fraction_value(text, match)
        if value is None:
            continue
        unit, end = None, match.end("d")
        of_scale = _OF_A_SCALE.match(text, match.end()) if match["of"] else _SCALE_AFTER.match(text, end)
        if of_scale is not None:  # "a quarter of a million", "three quarters billion"
            scale = SCALE_WORDS[of_scale["scale"].lower()]
            whole_value = cardinal([w.text for w in words_of(whole, 0, len(whole))]) if whole else None
            if whole and whole_value is not None:  # "one billion and three quarters million"
                value = whole_value + (value - whole_value) / _whole_scale(whole) * scale
            else:
                value *= scale
            end = of_scale.end()
        scaled = of_scale is not None
        suffix = None
        if scaled or not match["of"]:
            suffix = unit_after(text, match.start(), end, scaled=scaled, marks=False)
        if suffix is not None:  # "one-half mile", "three-quarters inch"
            unit, factor, end = suffix
            value *= factor
        yield Reading(match.start(), end, Interval(value, value), unit)
