"""A fact's source list travels once per process, by digest, and every report still lists each
fact's own sources: serial or under pytest-xdist, narrowed by the fact's own ``sources:`` or not."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pytest_factcheck.model import Fact, FactResult, SourceStatus
from pytest_factcheck.report.json_report import fact_entry
from pytest_factcheck.transport import REFERENCE, SOURCES_PROPERTY, ReceivedSources, SentSources, without_sources
from tests.conftest import write_newsroom

FACTS = """\
sources:
  - articles/*.txt
  - wires/*.txt
facts:
  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    date: June 2024

  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    subject: [troops, soldiers]
    quantity: 14,000–15,000
    sources: [wires/*.txt]

  - id: dell-pledge
    claim: Michael Dell pledged $6.25 billion to children's investment accounts.
    subject: [Dell]
    quantity: $6.25 billion
"""
TEXTS = {
    "articles/a.txt": "The treaty, signed in June 2023, was a surprise.\n",
    "articles/b.txt": "Dell pledged $6 billion.\n",
    "wires/w1.txt": "Pyongyang sent around 30,000 troops to Russia.\n",
    "wires/w2.txt": "The pact was signed in June 2024.\n",
}
RUN = ("--factcheck-model=blank:en", "-p", "no:hypothesispytest", "--factcheck-json=report.json")


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    return write_newsroom(pytester, FACTS, TEXTS)


def _report(pytester: pytest.Pytester) -> dict[str, Any]:
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    report.pop("run")
    return report


@pytest.mark.parametrize("workers", [(), ("-n", "2")], ids=["serial", "xdist"])
def test_each_fact_lists_its_own_sources(newsroom: pytest.Pytester, workers: tuple[str, ...]) -> None:
    newsroom.runpytest(*RUN, "--factcheck-no-cache", *workers).assert_outcomes(failed=3)
    report = _report(newsroom)
    paths = {entry["id"]: entry["source_paths"] for entry in report["facts"]}
    everything = sorted(TEXTS)
    assert paths == {
        "treaty-signed": everything,
        "nk-troops": ["wires/w1.txt", "wires/w2.txt"],
        "dell-pledge": everything,
    }
    assert [s["path"] for s in report["sources"]] == everything


def test_a_run_under_xdist_reports_what_a_serial_run_does(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    serial = _report(newsroom)
    newsroom.runpytest(*RUN, "--factcheck-no-cache", "-n", "2")
    assert _report(newsroom) == serial


def _result(fact_id: str, statuses: tuple[SourceStatus, ...]) -> FactResult:
    return FactResult(Fact(id=fact_id, claim="A claim.", subject=("x",), line=1), (), statuses)


def test_a_list_is_sent_once_per_process_and_restored_into_every_entry() -> None:
    every = tuple(SourceStatus(f"a/{i}.txt", "checked") for i in range(3))
    narrowed = every[:1]
    sent, received = SentSources(), ReceivedSources()
    definitions = []
    entries = []
    for fact_id, statuses in (("one", every), ("two", tuple(every)), ("three", narrowed), ("four", every)):
        result = _result(fact_id, statuses)
        digest, definition = sent.reference(result.sources)
        if definition is not None:
            assert definition[0] == SOURCES_PROPERTY
            definitions.append(definition[1])
            received.remember(definition[1])
        entry = {**fact_entry(without_sources(result), "passed", "facts.yaml"), REFERENCE: digest}
        del entry["sources"]
        entries.append((json.loads(json.dumps(entry)), fact_entry(result, "passed", "facts.yaml")))
    assert len(definitions) == 2  # the file's list and the narrowed one
    for travelled, direct in entries:
        assert received.restore(travelled) == direct
