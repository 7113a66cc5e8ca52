"""The persistent analysis cache: findings of a source, per fact, kept between runs.

One row per source version: its key hashes the source's content and reported
name, its publication date, the plugin's own code and the pipeline's versions;
its value maps each fact's own hash to that fact's findings in the source. A
commit that edits one article misses one row; one that edits one fact misses
that fact in every row, and only that fact is checked again.

SQLite in WAL mode (two runs, or xdist workers, may share it); every write is
one transaction, so an interrupted run leaves it consistent; each value
carries its checksum, and a file or row that fails its check is discarded
with a warning, never trusted. Least recently used rows are evicted beyond
the size limit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import json
import sqlite3
import time
import types
import typing
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Fact, Finding
from .nlp import FactcheckWarning

#: 2: a row lists the facts checked once and stores findings only for the facts that have some
#: (most of 500 facts have none in a given article: one empty list each was most of the row).
#: 3: the facts checked are a set kept once in ``fact_sets`` (every source checked against the same
#: facts names the same set), the row names its digest: rows of 200 facts shrank from 6 KB to 0.3 KB.
SCHEMA = 3
FILE_NAME = "analyses.sqlite"
#: Seconds a pytest-xdist worker waits for a source another worker claimed before analysing it itself.
CLAIM_PATIENCE = 900.0
#: Sources looked up in one query (SQLite allows 999 parameters in older builds).
KEYS_PER_QUERY = 900


@functools.lru_cache(maxsize=1)
def plugin_fingerprint() -> str:
    """A hash of the package's own source files: in development the code changes daily, the version does not."""
    from . import __file__ as package_init

    digest = hashlib.sha256()
    folder = Path(package_init).parent
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fact_key(fact: Fact) -> str:
    """What a fact's findings depend on: everything but its line, examples and allow: (applied later)."""
    relevant = dataclasses.replace(fact, line=0, examples=(), allow=())
    return hashlib.sha256(repr(relevant).encode()).hexdigest()[:24]


def document_key(
    sha256: str, prose: str, path: str, published: dt.date | None, environment: str, date_order: str | None = None
) -> str:
    """The cache key of one source: its content and everything its reading depends on besides the facts
    (the publication date, and the date order a facts.yaml ``locale:`` may set)."""
    content = sha256 or hashlib.sha256(prose.encode("utf-8", "surrogatepass")).hexdigest()
    published_text = published.isoformat() if published else "-"
    parts = (environment, content, path, published_text, date_order or "-")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


# ---- Findings as JSON, field by field (new fields of Finding need no change here) ----


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    return value


def decode(kind: Any, value: Any) -> Any:
    return _decoder(kind)(value)


Decoder = typing.Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=64)
def _decoder(kind: Any) -> Decoder:
    """The function that rebuilds a value of type ``kind`` from its JSON, made once per type: a row
    of an archive holds thousands of findings, and asking the type of every field of each was most
    of a warm run's reading of the cache."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        inner = _decoder(options[0]) if len(options) == 1 else _same
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        arguments = typing.get_args(kind)
        item = _decoder(arguments[0] if arguments else Any)
        return lambda value: None if value is None else tuple(item(v) for v in value)
    if isinstance(kind, type):
        if dataclasses.is_dataclass(kind):
            return _dataclass_decoder(kind)
        if issubclass(kind, enum.Enum):
            return lambda value: None if value is None else kind(value)
        if issubclass(kind, dt.date):
            return lambda value: None if value is None else dt.date.fromisoformat(value)
    return _same


def _dataclass_decoder(kind: type) -> Decoder:
    hints = typing.get_type_hints(kind)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind)]

    def build(value: Any) -> Any:
        if value is None:
            return None
        return kind(**{name: convert(value[name]) for name, convert in fields})

    return build


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class AnalysisCache:
    """An open cache file. ``hits``/``misses`` count (source, fact) pairs."""

    path: Path
    connection: sqlite3.Connection
    max_bytes: int
    hits: int = 0
    misses: int = 0
    sources_analysed: int = 0
    sources_reused: int = 0
    run_id: str = ""  # set on pytest-xdist workers: the run whose workers share out the sources
    worker: tuple[int, int] = (0, 1)  # this worker's index and the number of workers (pytest-xdist)

    def claim(self, key: str) -> bool:
        """True if this worker is the first of its run to ask for this source: it analyses it."""
        return self.claim_many([key])[0]

    def claim_many(self, keys: Sequence[str]) -> list[bool]:
        """:meth:`claim` for several sources, in one transaction (one write lock, not one per source)."""
        now = time.time()
        with self.connection:
            return [
                self.connection.execute(
                    "INSERT OR IGNORE INTO claims (run, key, at) VALUES (?, ?, ?)", (self.run_id, key, now)
                ).rowcount
                == 1
                for key in keys
            ]

    def summary(self) -> str:
        return (
            f"analysis cache: {self.sources_reused} source(s) read from the cache, {self.sources_analysed} analysed "
            f"({self.hits} source×fact checks reused, {self.misses} made)"
        )

    @classmethod
    def open(cls, path: Path, max_bytes: int) -> AnalysisCache | None:
        """The cache at ``path``; a corrupt file is discarded with a warning; None if it cannot be made."""
        path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(2):
            try:
                return cls(path, _connect(path), max_bytes)
            except sqlite3.DatabaseError as exc:
                if attempt == 1 or (isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)):
                    _warn(f"the analysis cache {path} cannot be used ({exc})", path)
                    return None
                _warn(f"the analysis cache {path} was corrupt ({exc}); it is discarded and rebuilt", path)
                _discard(path)
        return None

    def get(self, key: str) -> dict[str, Sequence[Finding]]:
        """The findings stored for a source version, per fact key; {} when absent or corrupt."""
        return self.get_many([key])[key]

    def get_many(self, keys: Sequence[str]) -> dict[str, dict[str, Sequence[Finding]]]:
        """:meth:`get` for many sources, read in a few queries (one per :data:`KEYS_PER_QUERY`)."""
        rows: dict[str, tuple[str, str]] = {}
        for start in range(0, len(keys), KEYS_PER_QUERY):
            chunk = list(keys[start : start + KEYS_PER_QUERY])
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT key, value, checksum FROM analyses WHERE key IN ({marks})"  # "?" marks only
            rows.update((key, (value, checksum)) for key, value, checksum in self.connection.execute(query, chunk))
        sets: dict[str, dict[str, Sequence[Finding]] | None] = {}
        return {key: self._decoded(key, rows[key], sets) if key in rows else {} for key in keys}

    def _fact_set(self, digest: str) -> dict[str, Sequence[Finding]] | None:
        """The facts a set's digest stands for, each with no finding; None when unknown or damaged."""
        row = self.connection.execute("SELECT value, checksum FROM fact_sets WHERE digest = ?", (digest,)).fetchone()
        facts = _string_list(row[0]) if row is not None and _checksum(f"{digest}\0{row[0]}") == row[1] else None
        return None if facts is None else dict.fromkeys(facts, ())

    def _decoded(
        self, key: str, row: tuple[str, str], sets: dict[str, dict[str, Sequence[Finding]] | None]
    ) -> dict[str, Sequence[Finding]]:
        value, checksum = row
        try:
            if _checksum(value) != checksum:
                raise ValueError("checksum mismatch")
            stored = json.loads(value)
            digest = stored["checked"]
            if digest not in sets:
                sets[digest] = self._fact_set(digest)
            known = sets[digest]
            if known is None:  # its set was evicted (or damaged): a miss, analysed and stored again
                return {}
            finding = _decoder(Finding)
            checked = dict(known)  # most facts: none
            found = {fact: [finding(f) for f in findings] for fact, findings in stored["found"].items() if findings}
            checked.update((fact, kept) for fact, kept in found.items() if fact in checked)
            return checked
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            _warn(f"a corrupt entry of the analysis cache {self.path} was discarded ({exc})", self.path)
            with self.connection:
                self.connection.execute("DELETE FROM analyses WHERE key = ?", (key,))
            return {}

    def aliases_of(self, aliases: Sequence[str]) -> dict[str, str]:
        """The source version each alias (see :mod:`.mentions`) stands for, for those known."""
        found: dict[str, str] = {}
        for start in range(0, len(aliases), KEYS_PER_QUERY):
            chunk = list(aliases[start : start + KEYS_PER_QUERY])
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT alias, key, checksum FROM aliases WHERE alias IN ({marks})"  # "?" marks only
            for alias, key, checksum in self.connection.execute(query, chunk):
                if _checksum(f"{alias}\0{key}") == checksum:  # a damaged alias is a miss, never another source
                    found[alias] = key
        return found

    def has_aliases(self) -> bool:
        """Whether any alias is stored (none in a new or cleared cache: nothing to look up)."""
        return bool(self.connection.execute("SELECT EXISTS (SELECT 1 FROM aliases)").fetchone()[0])

    def put_aliases(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Record that the source version ``key`` answers for the alias, for each (alias, key)."""
        with self.connection:
            self.connection.executemany(
                "INSERT OR REPLACE INTO aliases (alias, key, checksum) VALUES (?, ?, ?)",
                [(alias, key, _checksum(f"{alias}\0{key}")) for alias, key in pairs],
            )

    def put(self, key: str, findings: dict[str, Sequence[Finding]]) -> None:
        self.put_many([(key, findings)])

    def put_many(self, rows: Sequence[tuple[str, dict[str, Sequence[Finding]]]]) -> None:
        """:meth:`put` for several source versions in one transaction: a fact edited since the last
        run adds to every source's row, and one commit per row was most of writing them back."""
        now = time.time()
        values = []
        sets: dict[frozenset[str], tuple[str, str]] = {}  # most rows name the same facts: one set, made once
        for key, findings in rows:
            facts = frozenset(findings)
            if facts not in sets:
                listed = json.dumps(sorted(facts))
                sets[facts] = (hashlib.sha256(listed.encode()).hexdigest()[:32], listed)
            value = json.dumps(
                {
                    "checked": sets[facts][0],
                    "found": {fact: [encode(f) for f in found] for fact, found in findings.items() if found},
                },
                sort_keys=True,
            )
            values.append((key, value, _checksum(value), len(value), now))
        with self.connection:
            self.connection.executemany(
                "INSERT OR IGNORE INTO fact_sets (digest, value, checksum) VALUES (?, ?, ?)",
                [(digest, listed, _checksum(f"{digest}\0{listed}")) for digest, listed in sets.values()],
            )
            self.connection.executemany(
                "INSERT OR REPLACE INTO analyses (key, value, checksum, size, used) VALUES (?, ?, ?, ?, ?)", values
            )

    def presence_of(self, keys: Sequence[str]) -> dict[str, tuple[frozenset[str], str]]:
        """The presence rows (see :mod:`.presence`) of source versions: (subjects found, digest of those
        looked for); a row that fails its checksum or shape is left out (the source is read)."""
        found: dict[str, tuple[frozenset[str], str]] = {}
        for start in range(0, len(keys), KEYS_PER_QUERY):
            chunk = list(keys[start : start + KEYS_PER_QUERY])
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT key, present, scanned, checksum FROM presence WHERE key IN ({marks})"  # "?" marks only
            for key, present, scanned, checksum in self.connection.execute(query, chunk):
                if _checksum(f"{key}\0{present}\0{scanned}") == checksum:
                    subjects = _string_list(present)
                    if subjects is not None:
                        found[key] = (subjects, scanned)
        return found

    def subject_sets_of(self, digests: Sequence[str]) -> dict[str, frozenset[str]]:
        found: dict[str, frozenset[str]] = {}
        for digest in digests:
            row = self.connection.execute(
                "SELECT value, checksum FROM subject_sets WHERE digest = ?", (digest,)
            ).fetchone()
            subjects = _string_list(row[0]) if row is not None and _checksum(f"{digest}\0{row[0]}") == row[1] else None
            if subjects is not None:
                found[digest] = subjects
        return found

    def put_presence(self, rows: Sequence[tuple[str, str, str]], sets: Sequence[tuple[str, str]]) -> None:
        """Presence rows (key, subjects found as JSON, digest) and the subject sets (digest, JSON) they name."""
        with self.connection:
            self.connection.executemany(
                "INSERT OR REPLACE INTO subject_sets (digest, value, checksum) VALUES (?, ?, ?)",
                [(digest, value, _checksum(f"{digest}\0{value}")) for digest, value in sets],
            )
            self.connection.executemany(
                "INSERT OR REPLACE INTO presence (key, present, scanned, checksum) VALUES (?, ?, ?, ?)",
                [(key, present, scanned, _checksum(f"{key}\0{present}\0{scanned}")) for key, present, scanned in rows],
            )

    def sources_of(self, environment: str) -> dict[str, str]:
        """The source index's entries (see :mod:`.sources.stored`) recorded by this version of the
        plugin, in one query; an entry that fails its checksum is left out (its file is read)."""
        query = "SELECT key, value, checksum FROM sources WHERE environment = ?"
        rows = self.connection.execute(query, (environment,)).fetchall()
        return {key: value for key, value, checksum in rows if _checksum(f"{key}\0{value}") == checksum}

    def put_sources(self, environment: str, rows: Sequence[tuple[str, str]], used: Sequence[str]) -> None:
        """Record new index entries (key, value), then mark the entries this run used."""
        now = time.time()
        with self.connection:
            self.connection.executemany(
                "INSERT OR REPLACE INTO sources (key, environment, value, checksum, size, used) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(key, environment, value, _checksum(f"{key}\0{value}"), len(value), now) for key, value in rows],
            )
        _mark_used(self.connection, "sources", used)

    def touch(self, keys: list[str]) -> None:
        """Mark rows as used now, so that eviction takes the oldest unused first."""
        _mark_used(self.connection, "analyses", keys)

    def evict(self) -> int:
        """Delete least recently used rows until the values fit in ``max_bytes``; the number deleted."""
        total = self.connection.execute(
            "SELECT (SELECT COALESCE(SUM(size), 0) FROM analyses) + (SELECT COALESCE(SUM(size), 0) FROM sources)"
        ).fetchone()[0]
        if total <= self.max_bytes:
            return 0
        deleted = 0
        oldest_first = (
            "SELECT 'analyses', key, size, used FROM analyses UNION ALL SELECT 'sources', key, size, used FROM sources "
            "ORDER BY used"
        )
        with self.connection:
            for table, key, size in [row[:3] for row in self.connection.execute(oldest_first).fetchall()]:
                if total <= self.max_bytes * 0.9:
                    break
                self.connection.execute(f"DELETE FROM {table} WHERE key = ?", (key,))  # one of two names above
                total -= size
                deleted += 1
            self.connection.execute("DELETE FROM aliases WHERE key NOT IN (SELECT key FROM analyses)")
            self.connection.execute("DELETE FROM presence WHERE key NOT IN (SELECT key FROM analyses)")
            self.connection.execute(
                "DELETE FROM fact_sets WHERE digest NOT IN (SELECT json_extract(value, '$.checked') FROM analyses)"
            )
            self.connection.execute("DELETE FROM subject_sets WHERE digest NOT IN (SELECT scanned FROM presence)")
        return deleted

    def close(self) -> None:
        self.connection.close()


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {check}")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS analyses "
            "(key TEXT PRIMARY KEY, value TEXT NOT NULL, checksum TEXT NOT NULL, size INTEGER, used REAL)"
        )
        connection.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS aliases (alias TEXT PRIMARY KEY, key TEXT NOT NULL, checksum TEXT NOT NULL)"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS sources (key TEXT PRIMARY KEY, environment TEXT NOT NULL, value TEXT NOT NULL, "
            "checksum TEXT NOT NULL, size INTEGER, used REAL)"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS fact_sets "
            "(digest TEXT PRIMARY KEY, value TEXT NOT NULL, checksum TEXT NOT NULL)"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS presence (key TEXT PRIMARY KEY, present TEXT NOT NULL, scanned TEXT NOT NULL, "
            "checksum TEXT NOT NULL)"
        )
        connection.execute(
            "CREATE TABLE IF NOT EXISTS subject_sets "
            "(digest TEXT PRIMARY KEY, value TEXT NOT NULL, checksum TEXT NOT NULL)"
        )
        connection.execute("CREATE TABLE IF NOT EXISTS claims (run TEXT, key TEXT, at REAL, PRIMARY KEY (run, key))")
        connection.execute("DELETE FROM claims WHERE at < ?", (time.time() - 86400,))
        row = connection.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        if row is None:
            connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        elif row[0] != str(SCHEMA):  # written by another version of the plugin: its rows are dropped, not trusted
            with connection:
                connection.execute("DELETE FROM analyses")
                connection.execute("DELETE FROM claims")
                connection.execute("DELETE FROM aliases")
                connection.execute("DELETE FROM sources")
                connection.execute("DELETE FROM presence")
                connection.execute("DELETE FROM fact_sets")
                connection.execute("DELETE FROM subject_sets")
                connection.execute("UPDATE meta SET value = ? WHERE name = 'schema'", (str(SCHEMA),))
        connection.isolation_level = "DEFERRED"  # explicit transactions from here on ("with connection")
    except BaseException:
        connection.close()
        raise
    return connection


def _mark_used(connection: sqlite3.Connection, table: str, keys: Sequence[str]) -> None:
    """Set ``used`` to now on the rows of ``table`` (a name of this module, never input) at ``keys``,
    a few hundred keys per statement: one statement per row was most of a warm run's writing."""
    now = time.time()
    with connection:
        for start in range(0, len(keys), KEYS_PER_QUERY):
            chunk = list(keys[start : start + KEYS_PER_QUERY])
            marks = ", ".join("?" * len(chunk))
            connection.execute(f"UPDATE {table} SET used = ? WHERE key IN ({marks})", [now, *chunk])


def _string_list(text: str) -> frozenset[str] | None:
    """A JSON list of strings, or None when the text is not one."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return frozenset(value) if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def _warn(message: str, path: Path) -> None:
    """A warning located at the cache file, never at a line of the plugin's code."""
    warnings.warn_explicit(FactcheckWarning(message), FactcheckWarning, str(path), 1)


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
