"""The Python API: check a facts file without pytest.

>>> from pytest_factcheck.api import check_facts_file
>>> results = check_facts_file("facts.yaml")          # doctest: +SKIP
>>> [f.quote for f in results["treaty-signed"].contradictions]   # doctest: +SKIP

The pytest plugin is a thin layer over :class:`Corpus` and :func:`check_facts`.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import SourceError
from .model import Fact, FactResult, Finding, SourceStatus
from .nlp import Pipeline, PipelineLoader, load_pipeline
from .scan import scan_corpus
from .schema import FactsFile, read_facts_file
from .sources import SUPPORTED_SUFFIXES, Document, parse_document
from .sources.stored import DocumentRef, Read, read_source
from .suppressions import NO_BASELINE, Baseline, Marker, accept, read_markers, unknown_marker_ids

if TYPE_CHECKING:
    from .cache import AnalysisCache

D = TypeVar("D", bound=Document | DocumentRef)


@dataclass(frozen=True)
class Corpus:
    """The sources of one facts file, read: documents keyed by reported path
    and the status of every source (a pattern that matched nothing is an
    error status named after the pattern)."""

    documents: dict[str, Document | DocumentRef]  # a DocumentRef: a source the run need not read (warm runs)
    statuses: tuple[SourceStatus, ...]
    markers: dict[str, tuple[Marker, ...]] = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        return [f"{s.path}: {s.error}" for s in self.statuses if s.status == "error"]


def relative_name(path: Path, folder: Path) -> str:
    try:
        name = path.relative_to(folder).as_posix()
    except ValueError:
        name = path.as_posix()
    # A file name that is not UTF-8 (an archive unpacked from an old system) is
    # shown with U+FFFD, which reports and terminals can print.
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "replace").decode("utf-8")


def expand(pattern: str, folder: Path, allow_outside: bool = False) -> list[Path]:
    """Files matching one glob, relative to ``folder``; sorted for determinism."""
    if not allow_outside and (Path(pattern).is_absolute() or ".." in Path(pattern).parts):
        raise SourceError(
            f"the pattern '{pattern}' reaches outside the folder of the facts file; "
            "move the sources under it or pass --factcheck-allow-outside",
            folder,
        )
    if Path(pattern).is_absolute():
        anchor = Path(pattern).anchor
        matches = Path(anchor).glob(str(Path(pattern).relative_to(anchor)))
    else:
        matches = folder.glob(pattern)
    try:
        # Folders are not sources, except one named like a source ("x.txt"): reading it
        # then reports that it is a folder rather than skipping it silently.
        return sorted(p for p in matches if p.suffix.lower() in SUPPORTED_SUFFIXES or not p.is_dir())
    except RecursionError:
        raise SourceError(
            f"the pattern '{pattern}' reaches folders nested hundreds of levels deep; name the folders to read",
            folder,
        ) from None
    except ValueError as exc:  # pathlib refuses the pattern: "a**", "", a NUL character
        raise SourceError(
            f"the pattern '{pattern}' is not a valid glob ({exc}); use '*' within a name and '**' only alone "
            "between slashes, like 'articles/**/*.md'",
            folder,
        ) from None


def read_corpus(facts_file: FactsFile, allow_outside: bool = False, read: Read = read_source) -> Corpus:
    """Read every source named by the facts file; no source is dropped silently.

    Each source's real path is resolved: one reached through a symbolic link
    that leaves the facts file's folder is refused unread (a pull request must
    not be able to print a secret of the CI machine into a public log). ``read`` reads one source
    (the plugin passes :meth:`.sources.stored.SourceIndex.read`, which skips unchanged files)."""
    folder = facts_file.folder
    documents: dict[str, Document | DocumentRef] = {}
    statuses: list[SourceStatus] = []
    markers: dict[str, tuple[Marker, ...]] = {}
    seen: set[Path] = set()
    parents: dict[Path, Path] = {}  # folders' real paths, resolved once each
    known_ids = tuple(f.id for f in facts_file.facts) + tuple(p.id for p in facts_file.problems)
    try:
        real_folder: Path | None = folder.resolve()  # once, not once per source
    except (OSError, RuntimeError):
        real_folder = None
    for index, pattern in enumerate(facts_file.sources):
        where = f"{facts_file.path.name}:{facts_file.line_of_source(index)}"
        try:
            paths = expand(pattern, folder, allow_outside)
        except (SourceError, OSError, ValueError) as exc:
            statuses.append(SourceStatus(pattern, "error", f"{getattr(exc, 'message', exc)} ({where})"))
            continue
        if not paths:
            message = f"this pattern in 'sources:' ({where}) matches no file; fix or remove it"
            statuses.append(SourceStatus(pattern, "error", message))
        for path in paths:
            if path in seen:
                continue
            seen.add(path)
            name = relative_name(path, folder)
            if not allow_outside and leaves_folder(path, folder, real_folder, parents):
                statuses.append(SourceStatus(name, "error", _outside_message(path, where)))
                continue
            try:
                document, found_markers = read(path, name)
            except SourceError as exc:
                statuses.append(SourceStatus(name, "error", exc.message))
                continue
            except Exception as exc:  # a bug in reading one source must not stop the others being checked
                message = f"could not be read ({type(exc).__name__}: {exc}); please report this as a bug"
                statuses.append(SourceStatus(name, "error", message))
                continue
            unknown = unknown_marker_ids(found_markers, known_ids, facts_file.path.name)
            if unknown:
                document = replace(document, warnings=document.warnings + unknown)
            document = _with_publication_date(document, name, facts_file)
            document = _with_date_order(document, name, facts_file)
            documents[name] = document
            if found_markers:
                markers[name] = found_markers
            statuses.append(
                SourceStatus(name, "checked", None, document.warnings, document.published, document.published_from)
            )
    if not allow_outside:
        statuses.extend(_published_outside(facts_file))
    return Corpus(documents, tuple(statuses), markers)


def _published_outside(facts_file: FactsFile) -> list[SourceStatus]:
    """``published:`` patterns that name files outside the folder: refused like sources."""
    found = []
    for index, (pattern, _) in enumerate(facts_file.published):
        if Path(pattern).is_absolute() or ".." in Path(pattern).parts:
            lines = facts_file.published_lines
            where = f"{facts_file.path.name}:{lines[index] if index < len(lines) else facts_file.sources_line}"
            message = (
                f"this 'published:' pattern ({where}) reaches outside the folder of the facts file; "
                "name sources under it or pass --factcheck-allow-outside"
            )
            found.append(SourceStatus(pattern, "error", message))
    return found


def leaves_folder(
    path: Path, folder: Path, resolved_folder: Path | None = None, parents: dict[Path, Path] | None = None
) -> bool:
    """True when ``path``, its symbolic links followed, is not inside ``folder`` (``resolved_folder``:
    the folder's real path, when the caller has it already; ``parents``: the real paths of folders
    resolved before, so that a source that is no link costs one folder resolution per folder, not
    one per source). A dangling link or a loop of links is left to the reader, which names it."""
    try:
        if not path.exists():
            return False
        if parents is not None and not path.is_symlink():
            if path.parent not in parents:
                parents[path.parent] = path.parent.resolve()
            real = parents[path.parent] / path.name
        else:
            real = path.resolve()
        return not real.is_relative_to(resolved_folder or folder.resolve())
    except (OSError, RuntimeError):
        return False


def _outside_message(path: Path, where: str) -> str:
    what = "is a symbolic link to a file" if path.is_symlink() else "is reached through a symbolic link to a folder"
    return (
        f"{what} outside the facts file's folder, so it was not read (pattern at {where}); "
        "put the file itself in the repository, or pass --factcheck-allow-outside"
    )


def _with_publication_date(document: D, name: str, facts_file: FactsFile) -> D:
    """A date from facts.yaml's ``published:`` for a source that gives none itself."""
    if document.published is not None:
        return document
    for pattern, day in facts_file.published:
        if fnmatch.fnmatch(name, pattern):
            return replace(document, published=day, published_from="facts.yaml published:")
    return document


def _with_date_order(document: D, name: str, facts_file: FactsFile) -> D:
    """A date order from facts.yaml's ``locale:`` for a source whose dateline does not give one."""
    if document.date_order is not None:
        return document
    for pattern, order in facts_file.locale:
        if fnmatch.fnmatch(name, pattern):
            return replace(document, date_order="DMY" if order == "DMY" else "MDY")
    return document


def check_facts(
    facts: Iterable[Fact],
    corpus: Corpus,
    pipeline: Pipeline | PipelineLoader,
    folder: Path,
    baseline: Baseline = NO_BASELINE,
    cache: AnalysisCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, FactResult]:
    """Check ``facts`` against every document of ``corpus``; contradictions
    accepted by ``allow:``, an inline marker or the ``baseline`` keys do not fail."""
    chosen = list(facts)
    scopes = {fact.id: _scope(fact, folder, corpus) for fact in chosen}
    findings = scan_corpus(chosen, corpus.documents, scopes, pipeline, cache, progress)
    results: dict[str, FactResult] = {}
    statuses_of: dict[frozenset[str], tuple[SourceStatus, ...]] = {}  # one tuple per distinct scope, shared
    for fact in chosen:
        judged, stale = accept(findings[fact.id], fact.allow, corpus.markers, baseline)
        scope = frozenset(scopes[fact.id])
        if scope not in statuses_of:
            statuses_of[scope] = tuple(s for s in corpus.statuses if s.status == "error" or s.path in scope)
        statuses = statuses_of[scope]
        results[fact.id] = FactResult(fact, tuple(judged), statuses, stale)
    return results


def _scope(fact: Fact, folder: Path, corpus: Corpus) -> set[str]:
    """The documents a fact applies to: its own ``sources:`` narrow the file's,
    matched against the sources already read (never globbed again)."""
    if not fact.sources:
        return set(corpus.documents)
    patterns = [glob_pattern(p) for p in fact.sources]
    return {name for name in corpus.documents if any(p.fullmatch(name) for p in patterns)}


def glob_pattern(glob: str) -> re.Pattern[str]:
    """A source glob as a regular expression over '/'-separated relative names ('**' spans folders)."""
    parts: list[str] = []
    index = 0
    glob = glob.strip().removeprefix("./")
    while index < len(glob):
        if glob.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif glob.startswith("**", index):
            parts.append(".*")
            index += 2
        elif glob[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif glob[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(glob[index]))
            index += 1
    return re.compile("".join(parts))


def check_facts_file(path: str | Path, model: str = "auto") -> dict[str, FactResult]:
    """Load a facts file, read its sources and check every valid fact."""
    facts_file = read_facts_file(Path(path))
    corpus = read_corpus(facts_file)
    return check_facts(facts_file.facts, corpus, load_pipeline(model), facts_file.folder)


def check_text(
    text: str,
    facts: str | Path | FactsFile | Iterable[Fact],
    *,
    source: str = "draft.txt",
    published: dt.date | None = None,
    model: str = "auto",
    pipeline: Pipeline | None = None,
) -> list[Finding]:
    """Check one text (a draft, a headline) against facts; returns every finding.

    ``facts`` is a facts file's path, a read :class:`FactsFile` or facts. The
    source name's suffix (.txt, .md, .html) says how the text is read, and
    inline markers and the facts' ``allow:`` apply as in a run. Facts whose
    ``sources:`` do not match ``source`` are checked all the same: the text is
    what the caller asked about.
    """
    if isinstance(facts, (str, Path)):
        facts = read_facts_file(Path(facts))
    chosen = [replace(f, sources=()) for f in (facts.facts if isinstance(facts, FactsFile) else facts)]
    suffix = Path(source).suffix.lower() or ".txt"
    document = parse_document(text, suffix, source, hashlib.sha256(text.encode("utf-8", "replace")).hexdigest())
    document, markers, _ = read_markers(document)
    if published is not None:
        document = replace(document, published=published)
    corpus = Corpus({source: document}, (SourceStatus(source, "checked"),), {source: markers} if markers else {})
    results = check_facts(chosen, corpus, pipeline or load_pipeline(model), Path("."))
    return [finding for fact in chosen for finding in results[fact.id].findings]
