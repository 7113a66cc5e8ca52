"""Look-ups over the lexicon: countries in text, event classes of words, synonyms, rates.

Built once at import from the lexicon's tables (immutable), and shared by the
claim frame and the sentence slots.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..lexicon.countries import (
    CASE_SENSITIVE_ALIASES,
    COUNTRY_NEIGHBOURS,
    NAME_ALIASES,
    NOT_COUNTRY_AFTER,
    NOT_COUNTRY_BEFORE,
)
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


def _literal(text: str) -> str:
    """A piece of an alias as a pattern: an apostrophe matches the typographic one too."""
    return "['’]".join(re.escape(part) for part in text.split("'"))


def _alternation(words: Iterable[str]) -> str:
    """One pattern for all ``words`` as a trie ("n(?:iger(?:ia)?|epal)"): a long list of aliases is
    matched in one pass without trying each alias at every word; the longest alias wins."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [_literal(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def _phrases_after(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Words right after an alias ("'s governor" follows it with no space)."""
    return re.compile(r"(?:\s+|(?=['’]))(?:" + "|".join(map(_literal, phrases)) + r")(?![\w])", re.IGNORECASE)


def _phrases_before(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(map(_literal, phrases)) + r")\s+$", re.IGNORECASE)


_CANONICAL = {alias: name for name, aliases in COUNTRIES.items() for alias in aliases}
_PLACE_PATTERN = re.compile(r"(?<![\w.])(" + _alternation(_CANONICAL) + r")(?:['’]s)?(?![\w])", re.IGNORECASE)
_CASE_SENSITIVE = CASE_SENSITIVE_ALIASES  # "us" is a country only when written "US"
_AFTER = {alias: _phrases_after(phrases) for alias, phrases in NOT_COUNTRY_AFTER.items()}
_BEFORE = {alias: _phrases_before(phrases) for alias, phrases in NOT_COUNTRY_BEFORE.items()}
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
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
        lowered = alias.lower().replace("’", "'")
        if lowered in _CASE_SENSITIVE and alias != alias.upper():
            continue
        if alias[:1].islower():
            continue  # country names and demonyms are capitalised; "turkey" the bird is not Turkey
        if _other_sense(text, match.start(1), match.end(1), lowered):
            continue
        found.append((match.start(1), match.end(1), _CANONICAL[lowered]))
    return found


def _other_sense(text: str, start: int, end: int, alias: str) -> bool:
    """The alias names something else here: "New Mexico", "Turkey dinners", "Polish the car",
    "Michael Jordan", "Chad Smith" (the lexicon's contexts of each alias)."""
    after = _AFTER.get(alias)
    if after is not None and after.match(text, end):
        return True
    before = _BEFORE.get(alias)
    if before is not None and before.search(text[max(0, start - 30) : start]):
        return True
    return alias in NAME_ALIASES and _beside_a_name(text, start, end)


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after the alias that is no country and no word that sits
    next to a country's name ("Michael Jordan", "Chad Smith"; not "In Jordan", "Chad President …").
    In a Title Case line every word is capitalised, so nothing is read from it there."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    after = _WORD_AFTER.match(text, end)
    neighbours = [m.group(1) for m in (before, after) if m is not None]
    if not any(_is_name_word(word) for word in neighbours):
        return False
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200, 0)
    line_end = text.find("\n", end, end + 200)
    words = _LONG_WORD.findall(text, line_start, end + 200 if line_end < 0 else line_end)
    return not (len(words) >= 3 and all(word[:1].isupper() for word in words))


def _is_name_word(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    return word[:1].isupper() and lowered not in COUNTRY_NEIGHBOURS and lowered not in _CANONICAL


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
