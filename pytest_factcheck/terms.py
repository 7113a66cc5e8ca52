"""Matching an editor's words in text: case-insensitive, on whole words, and
aware of inflection ("troop" matches "troops", "treaties" matches "treaty").

Terms become one regular expression per fact, so finding the sentences that
mention a fact costs one scan of the text, with no NLP at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .inflection import plural, present_participle, singular

_SEPARATOR = r"[\s\-‐‑–]+"
_NOTHING = re.compile(r"(?!x)x")
_POSSESSIVE = r"(?:['’]s|['’])?"
#: "offensive" is not a mention inside "counter-offensive": a term after one of
#: these prefixes names something else.
_PREFIX_GUARD = "".join(
    f"(?<!{p}-)" for p in ("counter", "anti", "non", "pre", "post", "ex", "pro", "semi", "sub", "co")
)


_SPELLINGS = (
    (re.compile(r"(def|off|lic|pret)ence"), r"\1ense"),
    (re.compile(r"(?<=\w\w)our(?=s?$|ed$|ing$)"), "or"),
    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)tre(s?)$"), r"ter\1"),
)


def american_spelling(word: str) -> str:
    """One spelling for British and American forms: "defence" and "defense" meet as "defense"."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


@functools.lru_cache(maxsize=4096)
def word_forms(word: str) -> tuple[str, ...]:
    """The word with its singular and plural forms, lowercased."""
    lowered = word.lower()
    forms = {lowered}
    if lowered.isalpha() and len(lowered) > 2:
        base = singular(lowered) or lowered
        forms |= {base, plural(base)}
        if not base.endswith(("ed", "ing")):
            forms.add(present_participle(base))
            forms.add(base + "d" if base.endswith("e") else base + "ed")
    forms |= {american_spelling(f) for f in forms}
    forms |= {_british_spelling(f) for f in forms}
    return tuple(sorted(forms, key=len, reverse=True))


def _british_spelling(word: str) -> str:
    return re.sub(r"(def|off|lic|pret)ense", r"\1ence", word)


def term_pattern(term: str) -> str:
    """A regular expression for one term; only its last word is inflected."""
    words = [w for w in re.split(r"[\s\-‐‑–]+", term.strip()) if w]
    if not words:
        return r"(?!x)x"
    head = [re.escape(w) for w in words[:-1]]
    last = "(?:" + "|".join(re.escape(f) for f in word_forms(words[-1])) + ")"
    return r"(?<![\w])" + _PREFIX_GUARD + _SEPARATOR.join([*head, last]) + _POSSESSIVE + r"(?![\w])"


@dataclass(frozen=True)
class TermSet:
    """A compiled set of terms. The pattern is compiled on first use: of 500 facts' terms, a run
    compiles only those of the facts some text mentions (the :class:`TermIndex` needs no pattern)."""

    terms: tuple[str, ...]

    @classmethod
    def of(cls, terms: Iterable[str]) -> TermSet:
        return cls(tuple(t for t in terms if t.strip()))

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        if not self.terms:
            return _NOTHING
        # Longer phrases first, so that "Venezuelan men" wins over "Venezuelan".
        ordered = sorted(self.terms, key=lambda t: (len(t.split()), len(t)), reverse=True)
        return re.compile("|".join(term_pattern(t) for t in ordered), re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        stop = len(text) if end is None else end
        return [m.span() for m in self.pattern.finditer(text, start, stop)]

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(text) if end is None else end
        return self.pattern.search(text, start, stop) is not None


_WORD = re.compile(r"\w+")


def index_keys(term: str) -> tuple[str, ...] | None:
    """The words one of which every text the term matches holds as a whole word: the forms of its
    longest word (its rarest, mostly: "dorosquilz" for "Port of Dorosquilz", never "port" or "of",
    which would name every fact of a "Port of …" facts file in any text about a port).
    Only a term's last word is inflected, so only its forms are keys; None when no word will do."""
    words = [w for w in re.split(_SEPARATOR, term.strip()) if w]
    best: tuple[int, tuple[str, ...]] | None = None
    for position, word in enumerate(words):
        forms = word_forms(word) if position == len(words) - 1 else (word,)
        keys = [max(_WORD.findall(form), key=len, default="").casefold() for form in forms]
        if not all(keys) or any(not (form[:1].isalnum() or form[:1] == "_") for form in forms):
            continue
        score = min(len(key) for key in keys)
        if best is None or score > best[0]:
            best = (score, tuple(dict.fromkeys(keys)))
    return best[1] if best else None


@dataclass(frozen=True)
class TermIndex:
    """One automaton for the terms of many term sets: a dictionary from a
    term's key words (see :func:`index_keys`) to the sets that hold it. One
    scan of a text's words names the sets that may match; only those run their
    own pattern, so the cost follows the text, not the number of facts. A
    superset of the sets that match: never misses one."""

    owners: dict[str, frozenset[int]]
    always: frozenset[int]  # sets with a term that has no word to index it by

    @classmethod
    def of(cls, sets: Iterable[TermSet]) -> TermIndex:
        owners: dict[str, set[int]] = {}
        always: set[int] = set()
        for index, terms in enumerate(sets):
            for term in terms.terms:
                keys = index_keys(term)
                if keys is None:
                    always.add(index)
                for key in keys or ():
                    owners.setdefault(key, set()).add(index)
        return cls({k: frozenset(v) for k, v in owners.items()}, frozenset(always))

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> set[int]:
        """Indexes of the sets that may match in ``text[start:end]``."""
        stop = len(text) if end is None else end
        found = set(self.always)
        owners = self.owners
        for word in {m.group().casefold() for m in _WORD.finditer(text, start, stop)}:
            hit = owners.get(word)
            if hit:
                found |= hit
        return found
