"""Shared fixtures: the spaCy pipelines (loaded once per session) and a helper
that checks facts against a text as the plugin does."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.model import Fact, Finding
from pytest_factcheck.nlp import Pipeline, load_pipeline
from pytest_factcheck.sources import parse_document

Check = Callable[..., list[Finding]]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The trained English pipeline that ``auto`` picks (the test extra installs one)."""
    loaded = load_pipeline("auto")
    assert loaded.has_parser, f"the test environment needs a trained spaCy model, got {loaded.name}"
    return loaded


@pytest.fixture(scope="session")
def blank_pipeline() -> Pipeline:
    """The fallback pipeline that only splits sentences."""
    return load_pipeline("blank:en")


@pytest.fixture(scope="session")
def preloaded(pipeline: Pipeline, blank_pipeline: Pipeline) -> None:
    """Import spaCy, the model and quantulum3 in this process before any in-process pytester run.

    pytester restores ``sys.modules`` after each in-process run; numpy (under
    spaCy) cannot be imported twice in one process, so the heavy imports must
    happen here, outside the runs.
    """
    from pytest_factcheck.values import find_quantities

    find_quantities("15,000 troops")


@pytest.fixture(params=["trained", "blank"])
def any_pipeline(request: pytest.FixtureRequest) -> Pipeline:
    """Each pipeline in turn, for behaviour that must hold with and without a model."""
    name = "pipeline" if request.param == "trained" else "blank_pipeline"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def check() -> Check:
    """``check(facts, text, pipeline, suffix=".txt")`` → the findings of every fact in the text."""

    def run(facts: tuple[Fact, ...] | list[Fact], text: str, pipe: Pipeline, suffix: str = ".txt") -> list[Finding]:
        return _checked(facts, text, pipe, suffix)

    return run


def _checked(
    facts: tuple[Fact, ...] | list[Fact],
    text: str,
    pipe: Pipeline,
    suffix: str = ".txt",
    published: dt.date | None = None,
) -> list[Finding]:
    """The findings of every fact in ``text``, read as a ``suffix`` source published on ``published``."""
    document = parse_document(text, suffix, "doc" + suffix)
    if published is not None:
        document = replace(document, published=published)
    return check_document([FactMatcher.of(fact) for fact in facts], document, pipe)


def write_newsroom(pytester: pytest.Pytester, facts: str, files: dict[str, str]) -> pytest.Pytester:
    """A newsroom folder: facts.yaml and the given sources (path relative to the folder → text)."""
    pytester.makefile(".yaml", facts=facts)
    for name, text in files.items():
        (pytester.path / name).parent.mkdir(parents=True, exist_ok=True)
        (pytester.path / name).write_text(text, encoding="utf-8")
    return pytester


def load_script(name: str, path: Path) -> ModuleType:
    """An evaluation script (not a package module) imported by path, once per name."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def findings_in(
    facts: list[Fact], sentence: str, pipeline: Pipeline, published: dt.date, fact_id: str | None = None
) -> list[Finding]:
    """The findings of one sentence, published on ``published``, checked against ``facts`` (only
    ``fact_id``'s when given)."""
    found = _checked(facts, sentence, pipeline, published=published)
    return [f for f in found if fact_id is None or f.fact_id == fact_id]


def assert_verdict(findings: list[Finding], verdict: str, code: str | None) -> None:
    """Every finding has ``verdict`` (and, when given, reason ``code``); there is at least one."""
    assert findings, "the sentence must be read as about the fact"
    assert {f.verdict.value for f in findings} == {verdict}, findings
    if code is not None:
        assert {f.reason_code for f in findings} == {code}, findings


def assert_refused(findings: list[Finding], code: str | None) -> None:
    """``code`` None: the sentence contradicts the fact. Otherwise it is read as about the fact, does
    not contradict it, and is refused with reason ``code``."""
    verdicts = {f.verdict.value for f in findings}
    if code is None:
        assert "contradicts" in verdicts, findings
        return
    assert findings and "contradicts" not in verdicts, findings
    assert code in {f.reason_code for f in findings}, findings
