"""Look-ups over the lexicon: countries in text, event classes of words, synonyms, rates.

Built once at import from the lexicon's tables (immutable), and shared by the
claim frame and the sentence slots.
"""

from __future__ import annotations

import re

from ..lexicon.reading import (
    COUNTED_EQUIVALENTS,
    COUNTRIES,
    DISTRIBUTIVE_AFTER,
    EVENT_CLASSES,
    IRREGULAR_PAST,
    NEUTRAL_VERBS,
    SYNONYM_CLASSES,
)
from .view import stem, stems_of

_ALIASES = sorted(((alias, name) for name, aliases in COUNTRIES.items() for alias in aliases), key=lambda a: -len(a[0]))
_PLACE_PATTERN = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(alias) for alias, _ in _ALIASES) + r")(?:['’]s)?(?![\w])", re.IGNORECASE
)
_CANONICAL = {alias: name for alias, name in _ALIASES}
_CASE_SENSITIVE = frozenset({"us"})  # "us" is a country only when written "US"
_WORD_CLASSES: dict[str, frozenset[str]] = {}
for _name, _words in EVENT_CLASSES.items():
    for _word in _words:
        _WORD_CLASSES[_word] = _WORD_CLASSES.get(_word, frozenset()) | {_name}
_PHRASES = tuple(sorted((w for w in _WORD_CLASSES if " " in w), key=len, reverse=True))
_DISTRIBUTIVE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w) for w in DISTRIBUTIVE_AFTER if w != "per") + r"|per\s+\w+)\b", re.IGNORECASE
)
_SYNONYMS = {stem(word): group for group in (*SYNONYM_CLASSES, *COUNTED_EQUIVALENTS) for word in group}


def places_in(text: str) -> list[tuple[int, int, str]]:
    """Countries named in ``text`` (by name, demonym or capital): (start, end, canonical name)."""
    found = []
    for match in _PLACE_PATTERN.finditer(text):
        alias = match.group(1)
        lowered = alias.lower()
        if lowered in _CASE_SENSITIVE and alias != alias.upper():
            continue
        if alias[:1].islower():
            continue  # country names and demonyms are capitalised; "turkey" the bird is not Turkey
        found.append((match.start(1), match.end(1), _CANONICAL[lowered]))
    return found


def event_classes(words: list[str], text: str = "") -> frozenset[str]:
    """The event classes named by any of ``words`` (lemmas or forms), or by a phrase of ``text``."""
    classes: set[str] = set()
    for word in words:
        classes |= _WORD_CLASSES.get(word.lower(), frozenset())
    lowered = text.lower()
    for phrase in _PHRASES:
        if phrase in lowered:
            classes |= _WORD_CLASSES[phrase]
    return frozenset(classes)


def synonyms(word: str) -> tuple[str, ...]:
    """The word's synonym class from the lexicon (the word alone when it has none)."""
    return (word.lower(), *_SYNONYMS.get(stem(word), ()))


def is_distributive(after: str) -> bool:
    """The words just after a figure make it a rate or an amount per unit ("each", "a year")."""
    return _DISTRIBUTIVE.match(after) is not None


def verb_base(word: str) -> str:
    """A verb's base form from an inflected one: irregular forms from the lexicon ("left" → "leave"),
    else the stem ("highlighted" → "highlight")."""
    lowered = word.lower()
    return IRREGULAR_PAST.get(lowered) or stem(lowered)


def is_neutral_verb(word: str) -> bool:
    """A verb that only carries a figure ("is", "rose to", "left 252 dead"), in any form."""
    return stem(verb_base(word)) in stems_of(NEUTRAL_VERBS)


def is_place(text: str) -> bool:
    """The agent's name is all place names ("Pyongyang", "North Korea", "Americans")."""
    covered = sum(end - start for start, end, _ in places_in(text))
    return covered >= len(text.replace(" ", "")) * 0.8


def places_of(text: str) -> frozenset[str]:
    return frozenset(name for _, _, name in places_in(text))
