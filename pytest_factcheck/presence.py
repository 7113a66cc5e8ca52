"""Which facts' subjects a source names at all, kept per source version in the analysis cache.

A fact edited since the last run (its claim, value or tolerance, the same
subject) misses in every source's row of the cache. A source that does not
name the fact's subject anywhere has no finding for it, whatever the fact
says, so only the few sources that name it must be read and analysed again.
Each source version's presence row records the subjects that were looked for
in it (as the digest of a set kept once in the ``subject_sets`` table, shared
by every source checked against the same facts) and those found. A subject
never looked for in a version is read for as before. The rule holds because
every candidate sentence of a fact (and every pronoun carrying its subject)
comes from a paragraph that names its subject (see :mod:`.scan`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cache import AnalysisCache
    from .terms import TermSet


def subject_key(subject: TermSet) -> str:
    """A fact's subject terms, as the scanner looks for them (with their expansions)."""
    return hashlib.sha256(repr(subject.terms).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _digest(subjects: frozenset[str]) -> str:
    return hashlib.sha256(json.dumps(sorted(subjects)).encode()).hexdigest()[:24]


@dataclass
class Presence:
    """The presence rows of this run's source versions; new rows are written by :meth:`save`."""

    cache: AnalysisCache
    subject_keys: Sequence[str]  # of the run's facts, by index
    _rows: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)  # source key → (found, scanned digest)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict)
    _new_rows: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    _new_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def load(self, keys: Sequence[str]) -> None:
        """Read the rows of the source versions at ``keys`` and the subject sets they name."""
        self._rows.update(self.cache.presence_of(keys))
        digests = sorted({digest for _, digest in self._rows.values()} - self._sets.keys())
        self._sets.update(self.cache.subject_sets_of(digests))

    def absent(self, key: str, indexes: Iterable[int]) -> set[int]:
        """The facts at ``indexes`` whose subject was looked for in this source version and not found."""
        row = self._rows.get(key)
        scanned = self._sets.get(row[1]) if row is not None else None
        if row is None or scanned is None:
            return set()
        found = row[0]
        return {i for i in indexes if self.subject_keys[i] in scanned and self.subject_keys[i] not in found}

    def record(self, key: str, looked_for: Iterable[int], found: Iterable[int]) -> None:
        """After an analysis of a source version for the facts at ``looked_for``: those whose subject it names."""
        before_found, digest = self._rows.get(key, (frozenset(), ""))
        before = self._sets.get(digest, frozenset())
        scanned = before | {self.subject_keys[i] for i in looked_for}
        now_found = before_found | {self.subject_keys[i] for i in found}
        new_digest = _digest(scanned)
        if new_digest not in self._sets:
            self._sets[new_digest] = self._new_sets[new_digest] = scanned
        self._rows[key] = self._new_rows[key] = (frozenset(now_found), new_digest)

    def save(self) -> None:
        if self._new_rows:
            rows = [(key, json.dumps(sorted(found)), digest) for key, (found, digest) in self._new_rows.items()]
            sets = [(digest, json.dumps(sorted(subjects))) for digest, subjects in self._new_sets.items()]
            self.cache.put_presence(rows, sets)
        self._new_rows, self._new_sets = {}, {}
