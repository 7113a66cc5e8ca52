"""Shared fixtures: the spaCy pipelines (loaded once per session) and small
builders for facts and documents, so that tests read as the editor writes."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Fact, Finding
from pytest_factcheck.nlp import Pipeline, load_pipeline
from pytest_factcheck.schema import validate
from pytest_factcheck.sources import parse_document

FactsFromYaml = Callable[[str], tuple[Fact, ...]]
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
    from pytest_factcheck.quantities import find_quantities

    find_quantities("15,000 troops")


@pytest.fixture(params=["trained", "blank"])
def any_pipeline(request: pytest.FixtureRequest) -> Pipeline:
    """Each pipeline in turn, for behaviour that must hold with and without a model."""
    name = "pipeline" if request.param == "trained" else "blank_pipeline"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


def facts_from_yaml_text(text: str) -> tuple[Fact, ...]:
    """Validate a facts.yaml text (``sources:`` is added when missing) and return its facts."""
    body = textwrap.dedent(text)
    if "sources:" not in body:
        body = "sources: [doc.txt]\n" + body
    path = Path("facts.yaml")
    facts_file = validate(load_yaml_text(body, path), path)
    assert not facts_file.problems, facts_file.problems
    return facts_file.facts


@pytest.fixture(scope="session")
def facts_from_yaml() -> FactsFromYaml:
    return facts_from_yaml_text


@pytest.fixture(scope="session")
def check() -> Check:
    """``check(facts, text, pipeline, suffix=".txt")`` → the findings of every fact in the text."""

    def run(facts: tuple[Fact, ...] | list[Fact], text: str, pipe: Pipeline, suffix: str = ".txt") -> list[Finding]:
        document = parse_document(text, suffix, "doc" + suffix)
        return check_document([FactMatcher.of(fact) for fact in facts], document, pipe)

    return run
