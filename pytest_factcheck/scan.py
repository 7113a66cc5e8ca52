"""The document-level loop at archive scale: candidates found with one
automaton for all facts, parsed in batches across documents, each distinct
sentence parsed once per run.

:func:`checking.check_document` is :meth:`Scanner.check` on one document; the
API and the plugin use one :class:`Scanner` for a whole corpus, so that the
term index is built once and sentences repeated across documents (bylines,
boilerplate, a headline quoted again) are analysed once.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .lexicon.reading import CARRY_PRONOUNS, PLURAL_PRONOUNS
from .mentions import LEAD, LEDE_PARAGRAPHS
from .model import Fact, Finding
from .presence import Presence, subject_key
from .sources import Document
from .sources.stored import DocumentRef, full
from .terms import TermIndex, TermSet

if TYPE_CHECKING:
    from .cache import AnalysisCache
    from .checking import FactMatcher
    from .nlp import Pipeline, PipelineLoader

#: Documents whose candidate sentences go through the pipeline together (one nlp.pipe batch stream).
DOCUMENTS_PER_BATCH = 32
#: Progress is shown for analyses of more sources than this.
PROGRESS_FROM = 50
#: Distinct sentences kept parsed (an LRU): enough for an archive's boilerplate, bounded in memory.
SEEN_SENTENCES = 4096
#: At most this many facts to check in a source (a fact edited since the cached run): their own
#: patterns scan the whole text in C, instead of the term index reading every word in Python.
FEW_FACTS = 8


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    about: tuple[int, ...]  # indexes into the scanner's matchers
    paragraph: int = 0  # where the candidate's paragraph starts: context terms before it count
    carried: str | None = None  # the opening pronoun standing for the subject of the sentence before


class LazyMatchers(Sequence["FactMatcher"]):
    """The facts' matchers, each built when a text first mentions its fact's subject.

    Building a matcher compiles its terms and reads its claim's dates and
    kinds; done for every fact up front, that cost grows with the facts file,
    not with the sentences that mention a fact. Only the subjects are built
    up front, for the :class:`TermIndex` (which compiles no pattern).
    """

    def __init__(self, facts: Sequence[Fact]) -> None:
        from .reading.matcher import expanded

        self.facts = facts
        self.subjects = [TermSet.of(expanded(f.subject)) for f in facts]
        self._built: dict[int, FactMatcher] = {}

    def __len__(self) -> int:
        return len(self.facts)

    def __getitem__(self, index: int) -> FactMatcher:  # type: ignore[override]
        matcher = self._built.get(index)
        if matcher is None:
            from .checking import FactMatcher

            matcher = self._built[index] = FactMatcher.of(self.facts[index])
        return matcher


@dataclass
class Scanner:
    """Checks documents against a fixed list of fact matchers."""

    matchers: Sequence[FactMatcher]
    source: Pipeline | PipelineLoader  # a loader is called on the first sentence to parse
    index: TermIndex = field(init=False)
    subjects: Sequence[TermSet] = field(init=False)
    _parsed: OrderedDict[str, list[Any]] = field(init=False, default_factory=OrderedDict)
    _splits: OrderedDict[str, list[tuple[int, int]]] = field(init=False, default_factory=OrderedDict)
    #: Per document checked: the facts (of those asked) whose subject it names; taken by :meth:`named_in`.
    _named: dict[str, set[int]] = field(init=False, default_factory=dict)
    #: Per document checked: the paragraphs that name one of those facts; taken by :meth:`paragraphs_in`.
    _mentioning: dict[str, list[tuple[int, int]]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        matchers = self.matchers
        self.subjects = matchers.subjects if isinstance(matchers, LazyMatchers) else [m.subject for m in matchers]
        self.index = TermIndex.of(self.subjects)

    @property
    def pipeline(self) -> Pipeline:
        from .nlp import PipelineLoader

        return self.source() if isinstance(self.source, PipelineLoader) else self.source

    def check(self, document: Document, applicable: Iterable[int] | None = None) -> list[Finding]:
        """The findings of one document, for the matchers at ``applicable`` (all by default)."""
        return next(self.check_many([(document, applicable)]))[1]

    def check_many(
        self, work: Iterable[tuple[Document, Iterable[int] | None]]
    ) -> Iterator[tuple[Document, list[Finding]]]:
        """(document, findings) for each document in order; parsing is batched across documents."""
        chunk: list[tuple[Document, list[_Candidate], list[Finding]]] = []
        for document, applicable in work:
            allowed = set(range(len(self.matchers))) if applicable is None else set(applicable)
            candidates, long_findings = self._candidates(document, allowed)
            chunk.append((document, candidates, long_findings))
            if len(chunk) >= DOCUMENTS_PER_BATCH:
                yield from self._judge_chunk(chunk)
                chunk = []
        yield from self._judge_chunk(chunk)

    def named_in(self, document: Document) -> set[int]:
        """The facts checked in ``document`` whose subject a paragraph of it names (a superset of the facts
        it has findings for: every candidate comes from such a paragraph); asked once per document."""
        return self._named.pop(document.path, set())

    def paragraphs_in(self, document: Document) -> list[tuple[int, int]]:
        """The paragraphs of ``document`` that named a fact it was checked for: what :meth:`mentioning`
        gives for those facts, found by the check itself (the term index read once); asked once."""
        return self._mentioning.pop(document.path, [])

    def mentioning(self, document: Document, allowed: Iterable[int]) -> list[tuple[int, int]]:
        """The (start, end) of the paragraphs that name the subject of one of the facts at ``allowed``."""
        prose, subjects, chosen = document.prose, self.subjects, set(allowed)
        return [
            (start, end)
            for start, end in document.paragraphs
            if any(subjects[i].search(prose, start, end) for i in self.index.candidates(prose, start, end) & chosen)
        ]

    def _candidates(self, document: Document, allowed: set[int]) -> tuple[list[_Candidate], list[Finding]]:
        from .checking import MAX_SENTENCE, _defused, _too_long

        prose = document.prose
        matchers, subjects = self.matchers, self.subjects
        candidates: list[_Candidate] = []
        few = len(allowed) <= FEW_FACTS
        paragraphs = self._mentioning[document.path] = []
        if few:  # a superset of the facts a paragraph mentions, as the index gives
            allowed = {i for i in allowed if subjects[i].search(prose)}
            self._named[document.path] = set(allowed)
            if not allowed:
                return [], []
        named = self._named.setdefault(document.path, set())
        for start, end in document.paragraphs:
            possible = allowed if few else self.index.candidates(prose, start, end) & allowed
            mentioned = [i for i in sorted(possible) if subjects[i].search(prose, start, end)]
            if not mentioned:
                continue
            paragraphs.append((start, end))
            named.update(mentioned)
            before: tuple[int, ...] = ()
            previous = (start, start)
            for sentence_start, sentence_end in self._split(_defused(prose[start:end])):
                first, last = start + sentence_start, start + sentence_end
                about = tuple(i for i in mentioned if subjects[i].search(prose, first, last))
                if about:
                    candidates.append(_Candidate(first, last, about, start))
                elif before and (pronoun := carried_pronoun(prose[first:last])):
                    about = tuple(i for i in before if _agrees(pronoun, matchers[i], prose, previous))
                    if about:
                        candidates.append(_Candidate(first, last, about, start, pronoun))
                before, previous = about, (first, last)
        long_findings = [
            _too_long(matchers[i], prose, c.start, c.end, document)
            for c in candidates
            if c.end - c.start > MAX_SENTENCE
            for i in c.about
            if matchers[i].is_about(prose[c.start : c.end])
        ]
        return [c for c in candidates if c.end - c.start <= MAX_SENTENCE], long_findings

    def _split(self, text: str) -> list[tuple[int, int]]:
        spans = self._splits.get(text)
        if spans is None:
            spans = self.pipeline.sentence_spans(text)
            _remember(self._splits, text, spans)
        else:
            self._splits.move_to_end(text)
        return spans

    def _judge_chunk(
        self, chunk: list[tuple[Document, list[_Candidate], list[Finding]]]
    ) -> Iterator[tuple[Document, list[Finding]]]:
        from .checking import _defused, _finding
        from .reading.judge import judge
        from .reading.matcher import read_frames
        from .reading.siblings import reconcile
        from .reading.view import SentenceView

        texts = [_defused(d.prose[c.start : c.end]) for d, candidates, _ in chunk for c in candidates]
        fresh = list(dict.fromkeys(t for t in texts if t not in self._parsed))
        views: dict[str, list[Any]] = {}
        if fresh:
            pipeline = self.pipeline
            for text, parsed in zip(fresh, pipeline.pipe(fresh), strict=True):
                views[text] = [SentenceView(s, pipeline.has_parser) for s in parsed.sents]
        for text in texts:
            if text not in views:
                views[text] = self._parsed[text]
                self._parsed.move_to_end(text)
        for text, sentence_views in views.items():
            _remember(self._parsed, text, sentence_views)
        if texts:  # the claim frames this chunk may need, their claims parsed in one batch
            needed = (self.matchers[i] for _, candidates, _ in chunk for c in candidates for i in c.about)
            read_frames(needed, self.pipeline.nlp, self.pipeline.has_parser, self.pipeline.name)
        position = 0
        for document, candidates, findings in chunk:
            ledes = {start for start, _ in document.paragraphs[:LEDE_PARAGRAPHS]}
            for candidate in candidates:
                for shared in views[texts[position]]:
                    view = shared.in_date_order(document.date_order)
                    judged = []
                    for i in candidate.about:
                        matcher = self.matchers[i]
                        if candidate.carried:
                            matcher = matcher.carried(candidate.carried)
                        if matcher.is_about(view.text, _context_before(document, candidate, view)):
                            frame = matcher.frame(self.pipeline.nlp, self.pipeline.has_parser, self.pipeline.name)
                            judged.append((matcher, judge(matcher, view, frame, document.published)))
                    lede = candidate.paragraph in ledes
                    for (matcher, _), judgement in zip(judged, reconcile(view, judged, lede), strict=True):
                        findings.append(_finding(matcher.fact, view, judgement, document, candidate.start))
                position += 1
            yield document, findings


def carried_pronoun(sentence: str) -> str | None:
    """The pronoun opening ``sentence`` that stands for the subject of the sentence before ("It")."""
    words = sentence.split(maxsplit=1)
    first = words[0].strip("\"'“‘(").lower() if words else ""
    return first if first in CARRY_PRONOUNS else None


def _agrees(pronoun: str, matcher: FactMatcher, prose: str, sentence: tuple[int, int]) -> bool:
    """The pronoun's number agrees with the subject term named last in the sentence before:
    "It" for "the treaty", "They" for "the troops"."""
    spans = matcher.subject.spans(prose, *sentence)
    if not spans:
        return False
    word = prose[spans[-1][0] : spans[-1][1]].split()[-1].lower()
    plural = word.endswith("s") and not word.endswith("ss")
    return plural == (pronoun in PLURAL_PRONOUNS)


def _context_before(document: Document, candidate: _Candidate, view: Any) -> str:
    """Text whose context terms a sentence inherits: the article's lead and its own paragraph up to it
    ("The attack took place on March 22" in a story whose headline names Crocus City Hall)."""
    sentence_start = candidate.start + view.offset
    return document.prose[:LEAD] + "\n" + document.prose[candidate.paragraph : sentence_start]


def _remember(memory: OrderedDict[str, Any], key: str, value: Any) -> None:
    memory[key] = value
    memory.move_to_end(key)
    while len(memory) > SEEN_SENTENCES:
        memory.popitem(last=False)


def scan_corpus(
    facts: Sequence[Fact],
    documents: Mapping[str, Document | DocumentRef],
    scopes: dict[str, set[str]],
    pipeline: Pipeline | PipelineLoader,
    cache: AnalysisCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, list[Finding]]:
    """Findings per fact id over every document in its scope, in document order.

    With a ``cache``, a (document, fact) pair analysed before in the same
    environment is read back; only the facts missing for a document are checked,
    and only in the documents that name their subject (see :mod:`.presence`).
    A :class:`DocumentRef` is read only if it must be analysed.
    """
    from .cache import document_key, fact_key, plugin_fingerprint

    findings: dict[str, list[Finding]] = {f.id: [] for f in facts}
    per_document: dict[str, dict[str, Sequence[Finding]]] = {}
    if not documents:
        cache = None  # nothing to read: not even the pipeline's versions are looked up
    fact_keys = [fact_key(f) for f in facts] if cache is not None else []
    environment = f"{plugin_fingerprint()}|{pipeline.identity}" if cache is not None else ""
    keys: dict[str, str] = {}
    aliases: dict[str, str] = {}
    late: _LateAliases | None = None
    needed: dict[tuple[int, ...], frozenset[str]] = {}
    work: list[tuple[Document, list[int]]] = []
    applicable_to = _applicable(facts, scopes)
    wanted = [(name, doc, applicable) for name, doc in documents.items() if (applicable := applicable_to(name))]
    presence: Presence | None = None
    if cache is not None:
        for name, document, _ in wanted:
            prose = document.prose if isinstance(document, Document) else ""  # a DocumentRef has its hash
            keys[name] = document_key(
                document.sha256, prose, document.path, document.published, environment, document.date_order
            )
        stored_of = cache.get_many(list(keys.values()))  # one query per few hundred sources, not one per source
        scanner_of = functools.partial(_scanner, facts, pipeline)
        if cache.has_aliases():  # none in a new cache: no source's mentions need reading before its analysis
            aliases = _reuse_aliases(cache, wanted, keys, stored_of, fact_keys, environment, scanner_of)
        late = _LateAliases(
            environment,
            fact_keys,
            {name: applicable for name, _, applicable in wanted if not stored_of[keys[name]] and name not in aliases},
        )
        presence = Presence(cache, [subject_key(s) for s in LazyMatchers(facts).subjects])
    missing_of: dict[str, list[int]] = {}
    for name, document, applicable in wanted:
        if cache is None:
            work.append((full(document), applicable))
            continue
        stored = per_document[name] = stored_of[keys[name]]
        if not stored.keys() >= _keys_of(applicable, fact_keys, needed):
            missing_of[name] = [i for i in applicable if fact_keys[i] not in stored]
    if presence is not None and missing_of:
        presence.load([keys[name] for name in missing_of])
    for name, document, applicable in wanted:
        if cache is None:
            continue
        missing = missing_of.get(name, [])
        if missing and presence is not None:
            absent = presence.absent(keys[name], missing)  # its subject named nowhere in the source: no finding
            for i in absent:
                per_document[name][fact_keys[i]] = ()
            missing = [i for i in missing if i not in absent]
            missing_of[name] = missing
        cache.hits += len(applicable) - len(missing)
        cache.misses += len(missing)
        if missing:
            work.append((full(document), missing))
    analysed = 0
    scanner = _scanner(facts, pipeline) if work else None
    if cache is not None and cache.run_id:
        work, analysed = _share_with_other_workers(
            work, cache, keys, fact_keys, per_document, facts, scanner, presence, late
        )
    total = analysed + len(work)
    pending: list[tuple[str, dict[str, Sequence[Finding]]]] = []
    for document, found in scanner.check_many(work) if scanner is not None and work else ():
        analysed += 1
        if progress is not None and total > PROGRESS_FROM:
            progress(analysed, total)
        if cache is None:
            per_document[document.path] = dict(_by_fact(found))
            continue
        name = document.path
        pending.append((keys[name], _stored(per_document[name], missing_of[name], found, facts, fact_keys)))
        if presence is not None:
            presence.record(keys[name], missing_of[name], scanner.named_in(document))  # type: ignore[union-attr]
        if late is not None:
            late.record(document, missing_of[name], scanner)  # type: ignore[arg-type]
        if len(pending) >= DOCUMENTS_PER_BATCH:  # one transaction per batch: an interruption loses the batch only
            cache.put_many(pending)
            pending = []
    if cache is not None:
        cache.put_many(pending)
        if presence is not None:
            presence.save()  # after the rows it describes: a row without presence is merely read again
        made = {**aliases, **late.made} if late is not None else aliases
        cache.put_aliases([(alias, keys[name]) for name, alias in made.items()])
        cache.touch(list(keys.values()))
        cache.sources_analysed += analysed
        cache.sources_reused += len(keys) - analysed
    indexes_of: dict[str, list[int]] = {}  # two facts alike but for their line share a cache key
    for i, fact in enumerate(facts):
        indexes_of.setdefault(fact_keys[i] if cache is not None else fact.id, []).append(i)
    for name in documents:  # in document order; only the facts a document has findings for are visited
        for key, kept in filter(itemgetter(1), per_document.get(name, {}).items()):  # in C: most keep nothing
            for i in indexes_of.get(key, ()):
                if name in scopes[facts[i].id]:
                    findings[facts[i].id].extend(kept)
    return findings


def _keys_of(
    applicable: list[int], fact_keys: list[str], known: dict[tuple[int, ...], frozenset[str]]
) -> frozenset[str]:
    """The cache keys of the facts at ``applicable``, made once per distinct scope (one set test per
    source instead of one lookup per fact)."""
    scope = tuple(applicable)
    if scope not in known:
        known[scope] = frozenset(fact_keys[i] for i in scope)
    return known[scope]


def _reuse_aliases(
    cache: AnalysisCache,
    wanted: list[tuple[str, Document | DocumentRef, list[int]]],
    keys: dict[str, str],
    stored_of: dict[str, dict[str, Sequence[Finding]]],
    fact_keys: list[str],
    environment: str,
    scanner_of: Callable[[], Scanner],
) -> dict[str, str]:
    """For each source whose version misses some fact, its :func:`.mentions.mention_key`; a source
    edited only outside its mentions takes the findings of the version that key stands for (stored
    again under its own version's key). Returns the aliases to record, by source name."""
    from .mentions import mention_key

    aliases: dict[str, str] = {}
    scanner: Scanner | None = None
    for name, document, applicable in wanted:
        if stored_of[keys[name]]:  # this version is known: only facts are missing, which no alias has either
            continue
        if applicable:
            scanner = scanner or scanner_of()
            facts = [fact_keys[i] for i in applicable]
            read = full(document)
            aliases[name] = mention_key(read, scanner.mentioning(read, applicable), environment, facts)
    known = cache.aliases_of(list(aliases.values())) if aliases else {}
    earlier = {name: known[alias] for name, alias in aliases.items() if alias in known}
    rows = cache.get_many(sorted(set(earlier.values()))) if earlier else {}
    for name, key in earlier.items():
        stored = stored_of[keys[name]]
        reused = {fact: kept for fact, kept in rows[key].items() if fact not in stored}
        if reused:
            stored_of[keys[name]] = {**stored, **reused}
            cache.put(keys[name], stored_of[keys[name]])
    return aliases


@dataclass
class _LateAliases:
    """The aliases (see :mod:`.mentions`) of the source versions this run analyses and had no row for,
    made from their analysis: a new cache has no alias to look up, so a source's mentions need not be
    found before it is analysed, and under pytest-xdist each worker makes only its own sources'."""

    environment: str
    fact_keys: list[str]
    applicable: dict[str, list[int]]  # by source name: the facts it is checked for
    made: dict[str, str] = field(default_factory=dict)

    def record(self, document: Document, analysed: list[int], scanner: Scanner) -> None:
        """After ``scanner`` checked ``document`` for the facts at ``analysed``."""
        from .mentions import mention_key

        paragraphs = scanner.paragraphs_in(document)
        applicable = self.applicable.get(document.path)
        if not applicable:
            return
        if set(analysed) != set(applicable):  # some facts were answered otherwise: find them all again
            paragraphs = scanner.mentioning(document, applicable)
        facts = [self.fact_keys[i] for i in applicable]
        self.made[document.path] = mention_key(document, paragraphs, self.environment, facts)


def _applicable(facts: Sequence[Fact], scopes: dict[str, set[str]]) -> Callable[[str], list[int]]:
    """The indexes of the facts whose scope holds a document; facts are grouped by scope (most share
    their facts file's), so a lookup costs one test per distinct scope, not one per fact."""
    ordered: list[tuple[set[str], list[int]]] = []
    for i, fact in enumerate(facts):
        scope = scopes[fact.id]
        group = next((g for g in ordered if len(g[0]) == len(scope) and g[0] == scope), None)
        if group is None:
            ordered.append((scope, [i]))
        else:
            group[1].append(i)

    def applicable(name: str) -> list[int]:
        if len(ordered) == 1:
            return list(ordered[0][1]) if name in ordered[0][0] else []
        return sorted(i for scope, indexes in ordered if name in scope for i in indexes)

    return applicable


def _share_with_other_workers(
    work: list[tuple[Document, list[int]]],
    cache: AnalysisCache,
    keys: dict[str, str],
    fact_keys: list[str],
    per_document: dict[str, dict[str, Sequence[Finding]]],
    facts: Sequence[Fact],
    scanner: Scanner | None,
    presence: Presence | None,
    late: _LateAliases | None,
) -> tuple[list[tuple[Document, list[int]]], int]:
    """Under pytest-xdist: analyse the sources this worker claims first, then
    read the others' from the shared cache as their workers store them; a
    source whose worker does not deliver in time is analysed here. Returns
    the work left (none) and the number of sources analysed here.

    Rows are stored a batch at a time (one transaction, not one per source: two workers
    committing a row each contended for the write lock), and the other workers' rows are
    read back with one query for all that are still awaited."""
    from .cache import CLAIM_PATIENCE

    def claimed() -> Iterator[tuple[Document, list[int]]]:
        order = _worker_order(work, *cache.worker)
        for start in range(0, len(order), DOCUMENTS_PER_BATCH):
            batch = order[start : start + DOCUMENTS_PER_BATCH]
            mine_of = cache.claim_many([keys[document.path] for document, _ in batch])
            for (document, missing), mine in zip(batch, mine_of, strict=True):
                if mine:
                    yield document, missing
                else:
                    deferred.append((document, missing))

    deferred: list[tuple[Document, list[int]]] = []
    missing_of = {document.path: missing for document, missing in work}
    analysed = 0
    if scanner is None or not work:
        return [], 0
    pending: list[tuple[str, dict[str, Sequence[Finding]]]] = []
    for document, found in scanner.check_many(claimed()):
        analysed += 1
        key, missing = keys[document.path], missing_of[document.path]
        pending.append((key, _stored(per_document[document.path], missing, found, facts, fact_keys)))
        if presence is not None:
            presence.record(key, missing, scanner.named_in(document))
        if late is not None:
            late.record(document, missing, scanner)
        if len(pending) >= DOCUMENTS_PER_BATCH:
            cache.put_many(pending)
            pending = []
    cache.put_many(pending)
    return _await_others(deferred, cache, keys, fact_keys, per_document, CLAIM_PATIENCE), analysed


#: Seconds between two reads of the rows that other pytest-xdist workers have not stored yet.
POLL_SECONDS = 0.05


def _await_others(
    deferred: list[tuple[Document, list[int]]],
    cache: AnalysisCache,
    keys: dict[str, str],
    fact_keys: list[str],
    per_document: dict[str, dict[str, Sequence[Finding]]],
    patience: float,
) -> list[tuple[Document, list[int]]]:
    """Wait for the rows of the sources other workers claimed, reading all still awaited in one
    query per poll; returns those not delivered within ``patience`` seconds (analysed here)."""
    import time

    deadline = time.monotonic() + patience
    waiting = deferred
    while waiting:
        stored_of = cache.get_many([keys[document.path] for document, _ in waiting])
        left = []
        for document, missing in waiting:
            stored = stored_of[keys[document.path]]
            if all(fact_keys[i] in stored for i in missing):
                per_document[document.path].update(stored)
            else:
                left.append((document, missing))
        waiting = left
        if not waiting or time.monotonic() > deadline:
            break
        time.sleep(POLL_SECONDS)
    return waiting


def _worker_order(work: list[tuple[Document, list[int]]], index: int, count: int) -> list[tuple[Document, list[int]]]:
    """The order a worker claims sources in: its own share first (every ``count``-th source from
    its ``index``), so that workers do not race for the same sources; then the others' shares from
    their ends, to take over what a slower worker has not reached."""
    own = work[index::count]
    others = [entry for position, entry in enumerate(work) if position % count != index]
    return own + others[::-1]


def _stored(
    stored: dict[str, Sequence[Finding]],
    analysed: list[int],
    found: list[Finding],
    facts: Sequence[Fact],
    fact_keys: list[str],
) -> dict[str, Sequence[Finding]]:
    """``stored`` (updated in place) with the findings of the facts at ``analysed`` it did not have."""
    by_fact = _by_fact(found)
    for i in analysed:
        if fact_keys[i] not in stored:
            stored[fact_keys[i]] = by_fact.get(facts[i].id, [])
    return stored


def _scanner(facts: Sequence[Fact], pipeline: Pipeline | PipelineLoader) -> Scanner:
    """Built only when some source must be analysed; each fact's matcher only when a text mentions it."""
    return Scanner(LazyMatchers(facts), pipeline)


def _by_fact(found: Sequence[Finding]) -> dict[str, list[Finding]]:
    """The findings grouped by their fact's id, in the order found."""
    grouped: dict[str, list[Finding]] = {}
    for finding in found:
        grouped.setdefault(finding.fact_id, []).append(finding)
    return grouped
