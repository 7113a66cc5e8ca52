"""Splitting sources across CI jobs: ``--factcheck-shard=K/N``.

A source belongs to one shard, chosen by a hash of its reported path (not by
its position), so that adding an article moves no other article between jobs.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Corpus


def shard_index(path: str, count: int) -> int:
    """The 0-based shard of a source path among ``count``."""
    return int.from_bytes(hashlib.sha256(path.encode("utf-8", "surrogateescape")).digest()[:8], "big") % count


def shard_of(corpus: Corpus, shard: str | None) -> Corpus:
    """The part of ``corpus`` in shard "K/N"; a pattern's problem (it matches no file) goes by the same hash."""
    if shard is None:
        return corpus
    index, count = (int(part) for part in shard.split("/"))

    def mine(path: str) -> bool:
        return shard_index(path, count) == index - 1

    documents = {name: d for name, d in corpus.documents.items() if mine(name)}
    statuses = tuple(s for s in corpus.statuses if mine(s.path))
    markers = {name: m for name, m in corpus.markers.items() if mine(name)}
    return replace(corpus, documents=documents, statuses=statuses, markers=markers)
