"""pytest collection nodes: a facts file and one test item per fact."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from _pytest._code.code import ReprExceptionInfo, ReprFileLocation, ReprTracebackNative, TerminalRepr
from _pytest._io import TerminalWriter

from .api import Corpus, check_facts, read_corpus
from .checking import FactMatcher, check_examples
from .errors import FactcheckError, FactsFileError
from .frames_shown import warn_claims_without_value
from .model import Fact, FactResult
from .nlp import FactcheckWarning
from .progress import Progress
from .render import crash_line, explain_failure
from .schema import FactProblem, FactsFile, read_facts_file
from .shard import shard_of
from .state import session_state


class FactContradicted(Exception):
    """Raised by a fact's test when a source contradicts it."""

    def __init__(self, result: FactResult) -> None:
        super().__init__(result.fact.id)
        self.result = result


class SourcesUnreadable(Exception):
    """Raised by a facts file's [sources] test when some sources could not be checked."""


class _PlainText(TerminalRepr):
    def __init__(self, text: str) -> None:
        self.text = text

    def toterminal(self, tw: TerminalWriter) -> None:
        for line in self.text.splitlines():
            tw.line(line)


def _contradicted(result: FactResult, item: pytest.Item) -> ReprExceptionInfo:
    """The failure as pytest's own exception repr: it carries a one-line crash location
    (``--tb=line``, ``-rA``) and survives pytest-xdist's serialisation unchanged."""
    source, line, message = crash_line(result)
    folder = item.path.parent
    try:
        shown = (folder / source).relative_to(item.config.rootpath).as_posix()
    except ValueError:
        shown = source
    style = item.config.getoption("tbstyle", "auto")
    forms = {"short": f"{shown}:{line}: {message}\n", "line": ""}  # under --tb=line pytest adds the crash line
    text = forms.get(style, explain_failure(result) + "\n")
    return ReprExceptionInfo(ReprTracebackNative([text]), ReprFileLocation(shown, line, message))


class FactsYamlFile(pytest.File):
    """A facts.yaml: collects one FactItem per fact (and per broken fact)."""

    facts_file: FactsFile
    corpus: Corpus
    _results: dict[str, FactResult]

    def collect(self) -> Iterator[pytest.Item]:
        options = session_state(self.config).options
        try:
            self.facts_file = read_facts_file(self.path)
        except FactsFileError as exc:
            raise self.CollectError(str(exc)) from None
        warn_claims_without_value(self.facts_file.facts, self.path)
        self.corpus = shard_of(self._read_corpus(options.allow_outside), options.shard)
        self._results = {}
        items: list[tuple[int, pytest.Item]] = []
        used: set[str] = set()
        for fact in self.facts_file.facts:
            used.add(fact.id)
            items.append((fact.line, FactItem.from_parent(self, name=fact.id, fact=fact, problem=None)))
        for problem in self.facts_file.problems:
            name = problem.id if problem.id not in used else f"{problem.id}[line-{problem.line}]"
            used.add(name)
            items.append((problem.line, FactItem.from_parent(self, name=name, fact=None, problem=problem)))
        items.sort(key=lambda pair: pair[0])
        yield from (item for _, item in items)
        if self.corpus.problems:
            yield SourcesItem.from_parent(self, name="[sources]")

    def _read_corpus(self, allow_outside: bool) -> Corpus:
        """The sources; with the analysis cache, a file unchanged since it was last read is not read again
        (see :mod:`.sources.stored`)."""
        cache = session_state(self.config).analysis_cache(self.config)
        if cache is None:
            return read_corpus(self.facts_file, allow_outside)
        from .cache import plugin_fingerprint
        from .sources.stored import SourceIndex

        index = SourceIndex(cache, plugin_fingerprint())
        corpus = read_corpus(self.facts_file, allow_outside, index.read)
        index.save()
        return corpus

    def result_for(self, fact: Fact) -> FactResult:
        """Check this file's selected facts on first use, all in one pass over the sources."""
        if fact.id not in self._results:
            selected = [
                item.fact
                for item in self.session.items
                if isinstance(item, FactItem) and item.parent is self and item.fact is not None
            ] or [fact]
            if fact not in selected:
                selected.append(fact)
            state = session_state(self.config)
            self._results.update(
                check_facts(
                    selected,
                    self.corpus,
                    state.loader,  # loaded only if a sentence must be read (not on a warm run)
                    self.facts_file.folder,
                    state.baseline(),
                    state.analysis_cache(self.config),
                    Progress.for_config(self.config),
                )
            )
        return self._results[fact.id]


class FactItem(pytest.Item):
    """One fact: passes unless a sentence of a source contradicts it."""

    def __init__(self, *, fact: Fact | None, problem: FactProblem | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fact = fact
        self.problem = problem
        self.result: FactResult | None = None

    @property
    def facts_file(self) -> FactsYamlFile:
        parent = self.parent
        assert isinstance(parent, FactsYamlFile)
        return parent

    def setup(self) -> None:
        if self.problem is not None:
            raise FactsFileError(self.problem.message, self.path, self.problem.line, self.problem.column)
        state = session_state(self.config)
        state.baseline()
        warning = state.loader.warning
        if warning and state.claim_warning():
            # Located at the facts file, never at a line of the plugin's own code.
            warnings.warn_explicit(FactcheckWarning(warning), FactcheckWarning, str(self.path), 1)
        if self.fact is not None and self.fact.examples:
            wrong = check_examples(FactMatcher.of(self.fact), state.pipeline())
            if wrong:
                raise FactsFileError(
                    "the fact's examples are not read as written; adjust subject, context or exclude "
                    "(or the example):\n  " + "\n  ".join(wrong),
                    self.path,
                    self.fact.line,
                )

    def runtest(self) -> None:
        assert self.fact is not None
        self.result = self.facts_file.result_for(self.fact)
        for allowance in self.result.stale_allows:
            warnings.warn_explicit(
                FactcheckWarning(
                    f"{self.path}:{allowance.line}: the allow for '{allowance.source}' on {self.fact.id} "
                    "matches no contradiction any more; remove it"
                ),
                FactcheckWarning,
                str(self.path),
                allowance.line,
            )
        if self.result.contradictions:
            raise FactContradicted(self.result)
        if not self.result.findings and session_state(self.config).options.require_mentions:
            raise FactsFileError(
                f"no sentence of any source is about the fact '{self.fact.id}' (--factcheck-require-mentions); "
                "check its subject: and context: for a typo",
                self.path,
                self.fact.line,
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, FactContradicted):
            return _contradicted(excinfo.value.result, self)
        if isinstance(excinfo.value, FactcheckError):
            return _PlainText(str(excinfo.value))
        return super().repr_failure(excinfo)

    def _repr_failure_py(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        # pytest reports errors raised in setup() through this method rather than
        # repr_failure(); an invalid fact is an editor's problem, not a traceback.
        if isinstance(excinfo.value, FactcheckError):
            return _PlainText(str(excinfo.value))
        return super()._repr_failure_py(excinfo, style=style)

    def reportinfo(self) -> tuple[Any, int, str]:
        line = self.fact.line if self.fact else self.problem.line if self.problem else 1
        return self.path, line - 1, f"fact {self.name}"


class SourcesItem(pytest.Item):
    """Fails when some sources of the facts file could not be read or matched nothing."""

    def runtest(self) -> None:
        parent = self.parent
        assert isinstance(parent, FactsYamlFile)
        raise SourcesUnreadable("\n".join(parent.corpus.problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, SourcesUnreadable):
            problems = str(excinfo.value).splitlines()
            text = "these sources were not checked (every other source was):\n" + "\n".join(
                f"  {line}" for line in problems
            )
            return _PlainText(text)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int, str]:
        parent = self.parent
        assert isinstance(parent, FactsYamlFile)
        return self.path, parent.facts_file.sources_line - 1, "sources"
