"""Currencies as reporters write them: a mark before the figure ("C$300 million", "USD 200 million"),
a word after it ("10 euros", "5 yuan", "10 €"), hundredths ("50 cents", "30p"), and "pounds" told
apart from pounds of weight by the words around it. Currencies never convert into each other.
"""

from __future__ import annotations

import re

from ..lexicon.numbers import (
    CURRENCY_FRACTIONS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOL_CHARACTERS,
    CURRENCY_WORDS,
    POUND_WEIGHT_AFTER,
    POUND_WEIGHT_BEFORE,
    SCALES,
    SPACED_DOLLAR_PREFIXES,
    VERB_CURRENCY_WORDS,
)


def _symbolic(mark: str) -> bool:
    return any(c in CURRENCY_SYMBOL_CHARACTERS for c in mark)


def _mark_pattern(mark: str) -> str:
    if mark.endswith("$") and mark[:-1] in SPACED_DOLLAR_PREFIXES:
        return "(?i:" + re.escape(mark[:-1]) + r"[ \u00a0]?\$)"  # "C$" and, as tokenised copy has it, "c $"
    if _symbolic(mark):
        return "(?i:" + re.escape(mark) + ")"
    return re.escape(mark) + r"(?![A-Za-z])"  # a code or "Rs": as written, and a word of its own


_PREFIXES = sorted(CURRENCY_PREFIXES, key=len, reverse=True)
#: A currency mark written before a figure, with no letter or digit glued before it ("C$", not "ABC$").
PREFIX_PATTERN = r"(?<![A-Za-z\d])(?:" + "|".join(_mark_pattern(m) for m in _PREFIXES) + ")"
_PREFIX_LOOKUP = {(m.lower() if _symbolic(m) else m): name for m, name in CURRENCY_PREFIXES.items()}

_WORDS = sorted([*CURRENCY_WORDS, *CURRENCY_FRACTIONS, "pounds", "pound"], key=len, reverse=True)
_WORD_AFTER = re.compile(
    r"(?P<sep>[ \u00a0-]?)(?P<word>" + "|".join(re.escape(w) for w in _WORDS) + r")(?![A-Za-z])", re.IGNORECASE
)
_POUND_AFTER = re.compile(POUND_WEIGHT_AFTER, re.IGNORECASE)
#: A scale written after a currency code ("75 USD million"), as finance copy sometimes has it.
_SCALE_AFTER_CODE = re.compile(
    r"[ \u00a0](?P<scale>" + "|".join(w for w in sorted(SCALES, key=len, reverse=True) if len(w) > 2) + r")\b",
    re.IGNORECASE,
)
_POUND_BEFORE = re.compile(POUND_WEIGHT_BEFORE, re.IGNORECASE)
#: How far before a figure a weighing verb is looked for.
_LOOK_BACK = 40


def prefix_currency(mark: str) -> str:
    """The currency a mark before a figure names ("C$" → "canadian dollar", "USD" → "dollar")."""
    mark = re.sub(r"[ \u00a0]", "", mark)
    return _PREFIX_LOOKUP.get(mark.lower(), _PREFIX_LOOKUP.get(mark, "dollar"))


def currency_after(text: str, start: int, position: int, *, scaled: bool) -> tuple[str, float, int] | None:
    """The currency written after a figure (``text[start:position]``) as (name, factor, end).

    ``factor`` is 0.01 for hundredths ("50 cents" is 0.5 dollars). "pounds" is weight ("pound-mass")
    when written as an adjective ("a 25-pound bag"), before "of" ("25 pounds of rice") or after a
    weighing verb ("weighed 25 pounds"), unless a scale word makes it money ("5 million pounds").
    """
    match = _WORD_AFTER.match(text, position)
    if match is None:
        return None
    word = match["word"].lower()
    if word == "p" and match["sep"]:
        return None  # "30p" is pence; "30 p" is not written
    if word in VERB_CURRENCY_WORDS and not scaled and not text[position - 1 : position].isdigit():
        return None  # "Three won medals"
    if word in ("pound", "pounds"):
        weight = not scaled and _is_weight(text, start, match)
        return ("pound-mass" if weight else "pound sterling"), 1.0, match.end()
    if word in CURRENCY_FRACTIONS:  # "50 cents", "a 12-cent dividend", "30 MUSD"
        name, factor = CURRENCY_FRACTIONS[word]
        return name, factor, match.end()
    scale = None if scaled or not match["word"].isupper() else _SCALE_AFTER_CODE.match(text, match.end())
    if scale is not None:  # "75 USD million"
        return CURRENCY_WORDS[word], SCALES[scale["scale"].lower()], scale.end()
    return CURRENCY_WORDS[word], 1.0, match.end()  # "10 euros", "a one-yen bid"


def _is_weight(text: str, start: int, match: re.Match[str]) -> bool:
    if match["sep"] == "-":
        return True
    if _POUND_AFTER.match(text, match.end()):
        return True
    return _POUND_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
