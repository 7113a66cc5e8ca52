"""The value of number words, by the grammar of English cardinals and ordinals.

A run of number words is read as the numbers it is made of: "three hundred and twenty-one" is one
number, "three-nought-four" three ("three four" is no number); a fraction is split into its numerator
and the longest denominator that leaves one ("one hundred thirty fifths" is 100/35, "twenty twenty
fifths" 20/25, "one one hundred fifth" 1/105).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..lexicon.numbers import (
    COMPOUND_ONLY_ORDINALS,
    DOZEN_WORDS,
    FRACTION_DENOMINATORS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    ZERO_WORDS,
)

_WORD = re.compile(r"[A-Za-z]+")
_HYPHEN = re.compile(r"\s*[-\u2010]\s*\Z")


@dataclass(frozen=True)
class Word:
    """One word of a run, where it is, and whether a hyphen binds it to the word before ("twenty-one")."""

    text: str
    start: int
    end: int
    bound: bool


def words_of(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``, lowercased, with their offsets."""
    found: list[Word] = []
    for match in _WORD.finditer(text, start, end):
        bound = bool(found) and _HYPHEN.search(text, found[-1].end, match.start()) is not None
        found.append(Word(match.group().lower(), match.start(), match.end(), bound))
    return found


@dataclass(frozen=True)
class _State:
    total: float = 0.0
    group: float = 0.0
    last: str = "start"  # start, unit, teen, tens, hundred, dozen, scale, and, zero
    scale: float = math.inf


def _step(state: _State, word: str) -> _State | None:
    """The state after ``word``, or None when the word cannot continue the number."""
    last, group = state.last, state.group
    if word in ZERO_WORDS:
        return _State(last="zero") if last == "start" else None
    if last == "zero":
        return None
    if word == "and":
        return _State(state.total, group, "and", state.scale) if last in ("hundred", "scale", "dozen") else None
    if word in UNITS_WORDS or word in TENS_WORDS:
        value = UNITS_WORDS.get(word, TENS_WORDS.get(word, 0))
        kind = "tens" if word in TENS_WORDS else "unit" if value < 10 else "teen"
        after_tens = last == "tens" and kind == "unit"
        if not (after_tens or last in ("start", "hundred", "scale", "and")) or (group % 100 and not after_tens):
            return None
        return _State(state.total, group + value, kind, state.scale)
    if word in DOZEN_WORDS:
        if last not in ("unit", "teen", "tens", "hundred"):
            return None
        units = group % 100 if last != "hundred" else group
        return _State(state.total, group - units + units * 12, "dozen", state.scale)
    if word == "hundred":
        if last not in ("unit", "teen", "tens") or group >= 100:
            return None
        return _State(state.total, group * 100, "hundred", state.scale)
    scale = SCALE_WORDS.get(word)
    if scale is None:
        return None
    if group and scale < state.scale:
        return _State(state.total + group * scale, 0.0, "scale", scale)
    if not group and last == "scale":  # "three lakh crore", "a thousand million"
        return _State(state.total * scale, 0.0, "scale", state.scale * scale)
    return None


def _final(state: _State) -> float | None:
    return None if state.last in ("start", "and") else state.total + state.group


def cardinal(words: list[str]) -> float | None:
    """The value of ``words`` as one cardinal number; None when they are not one."""
    if len(words) > 1 and words[0] in ("a", "an") and (words[1] == "hundred" or words[1] in SCALE_WORDS):
        words = ["one", *words[1:]]
    state: _State | None = _State()
    for word in words:
        state = _step(state, word) if state is not None else None
    return _final(state) if state is not None else None


def numbers_in(words: list[Word]) -> list[tuple[int, int, float]]:
    """The numbers a run of number words is made of, each as (first word, past its last word, value):
    the longest number from each word on."""
    found: list[tuple[int, int, float]] = []
    index = 0
    while index < len(words):
        state: _State | None = _State()
        best: tuple[int, float] | None = None
        for position in range(index, len(words)):
            state = _step(state, words[position].text) if state is not None else None
            if state is None:
                break
            value = _final(state)
            if value is not None:
                best = (position + 1, value)
        if best is None:
            index += 1
            continue
        found.append((index, best[0], best[1]))
        index = best[0]
    return found


def _ordinal_word(word: str, *, alone: bool) -> float | None:
    if word in FRACTION_DENOMINATORS:
        return float(FRACTION_DENOMINATORS[word])
    return None if alone else COMPOUND_ONLY_ORDINALS.get(word)


def ordinal(words: list[str]) -> float | None:
    """The value of ``words`` as a denominator: "fifths", "twenty-first", "thirty fifths", "one hundred
    fifth" (a multiplier, then a scale, then an ordinal below a hundred); None otherwise."""
    if len(words) == 1:
        return _ordinal_word(words[0], alone=True)
    last = _ordinal_word(words[-1], alone=False)
    if last is None or last >= 100:
        return None
    if len(words) == 2 and words[0] in TENS_WORDS and last < 10:
        return TENS_WORDS[words[0]] + last
    body = words[:-1]
    tail = 0.0
    if len(body) >= 2 and body[-1] in TENS_WORDS and last < 10:
        tail, body = float(TENS_WORDS[body[-1]]), body[:-1]
    if body and body[-1] == "and":
        body = body[:-1]
    if len(body) < 2 or not (body[-1] == "hundred" or body[-1] in SCALE_WORDS):
        return None
    base = cardinal(body)
    return None if base is None else base + tail + last


def fraction(words: list[Word]) -> tuple[float, float, bool] | None:
    """(numerator, denominator, plural) of a run of words ending in a denominator: the longest denominator
    that leaves a numerator, never splitting a hyphenated number ("ninety-five hundred fifths")."""
    texts = [w.text for w in words]
    for split in range(1, len(words)):
        if words[split].bound and split != len(words) - 1:
            continue
        denominator = ordinal(texts[split:])
        if denominator is None:
            continue
        head = texts[:split]
        numerator = 1.0 if head in (["a"], ["an"]) else cardinal(head)
        if numerator is not None:
            return numerator, denominator, texts[-1].endswith("s")
    return None


def point_digits(words: list[str]) -> str:
    """The digits written after "point": "seven point eight", "nought point nought three", "two hundred
    point seventy-one" (a tens word with the unit after it are two digits)."""
    digits: list[str] = []
    for index, word in enumerate(words):
        if word in TENS_WORDS:
            following = words[index + 1] if index + 1 < len(words) else ""
            unit = UNITS_WORDS.get(following, 0)
            digits.append(str(TENS_WORDS[word] // 10) + ("" if 0 < unit < 10 else "0"))
        else:
            digits.append(str(UNITS_WORDS[word]))
    return "".join(digits)
