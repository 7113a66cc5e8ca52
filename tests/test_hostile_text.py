"""Pathological prose: ``check_document`` must neither crash nor hang on it.

Every case runs in a forked child process under a time budget, so that a
super-linear case fails in seconds instead of hanging the suite; the child
sends its findings (or its traceback) back through a pipe. The cases of the
matrix run side by side, so the whole matrix costs one budget, not one per
case. Both pipelines are exercised: the trained one (dependency parse) and the
blank one (word order), as their claim-reading paths differ.

The inputs are sized like real accidents (a pasted table, a run-on sentence
from a PDF export, an encoding mishap), where a quadratic step turns into
minutes; a checker that is linear reads each of them in a second or two.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import validate
from pytest_factcheck.sources import parse_document
from pytest_factcheck.values import find_dates, find_quantities

#: Seconds of CPU time each case of the matrix may take. The issue's bound for a hang is
#: ~20 s; every case that is not super-linear takes at most 3 s alone (most well under 1 s).
BUDGET = 10.0
#: Children run side by side, at most one per processor; one per pytest-xdist worker.
PARALLEL = 1 if os.environ.get("PYTEST_XDIST_WORKER") else max(1, min(4, os.cpu_count() or 1))
#: Wall-time safety net, per case, for a child that would block without using CPU.
WALL_FACTOR = 3

FACTS = """\
sources: [doc.txt]
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000 troops to Russia.
    subject: [troops, soldiers]
    context: [North Korea, North Korean, Pyongyang]
    quantity: 14,000
  - id: any-troops
    claim: 14,000 troops were sent.
    subject: [troops]
    quantity: 14,000
  - id: treaty-signed
    claim: The treaty was signed in June 2024.
    subject: [treaty]
    context: [signed]
    date: June 2024
  - id: medvedev-title
    claim: Dmitry Medvedev chairs the United Russia party.
    subject: [Medvedev]
    contradicted_by: [President of the United Russia]
"""


def matchers() -> list[FactMatcher]:
    path = Path("facts.yaml")
    facts_file = validate(load_yaml_text(FACTS, path), path)
    assert not facts_file.problems, facts_file.problems
    return [FactMatcher.of(fact) for fact in facts_file.facts]


def check(text: str, pipeline: Pipeline, suffix: str = ".txt") -> list[Finding]:
    return check_document(matchers(), parse_document(text, suffix, "doc" + suffix), pipeline)


RUN_ON = "North Korea sent 14000 troops to Russia and the treaty was signed in June 2024 and Medvedev spoke "
ZERO_WIDTH = (
    "North Korea sent 14\u200b,000 tr\u200boops to Russia. Pyongyang's 14,\u200d000 soldiers\u200c arrived.\n"
    "The trea\u00adty\u2060 was signed in Ju\u200bne 2024.\ufeff Medvedev\u200e is \u202ethe chairman\u202c."
)
NUL_BYTES = (
    "North Korea sent 14,000\x00 troops\x00 to Russia.\x00\x00 The treaty was signed in June 2024\x00.\n\x00\n"
    "\x00Pyongyang\x00 sent 14,000 soldiers."
)
MIXED_SCRIPTS = (
    "Северная Корея отправила 14 000 troops в Россию. 북한은 러시아에 14,000명의 troops를 파병했다. "
    "أرسلت كوريا الشمالية ١٤٠٠٠ troops إلى روسيا في ٢٠٢٤. Pyongyang sent 14,000 troops (북한군) to Россия.\n"
    "The treaty (договор, 조약, معاهدة) was signed in June 2024 in 평양. Ｐｙｏｎｇｙａｎｇ sent １４,０００ troops."
)
#: name: (text, suffix)
CASES: dict[str, tuple[str, str]] = {
    "million-digits": ("North Korea sent " + "1" * 1_000_000 + " troops to Russia.", ".txt"),
    "nested-parentheses": ("North Korea sent " + "(" * 10_000 + "14,000 troops" + ")" * 10_000 + " to Russia.", ".txt"),
    "mixed-scripts": (MIXED_SCRIPTS, ".txt"),
    "zero-width": (ZERO_WIDTH, ".txt"),
    "nul-bytes": (NUL_BYTES, ".txt"),
    "long-sentence": ((RUN_ON * (50_000 // len(RUN_ON) + 1))[:50_000], ".txt"),
    "repeated-figures": ("North Korea sent " + " ".join(["14,000 troops"] * 10_000) + ".", ".txt"),
    "repeated-sentences": ("North Korea sent 14,000 troops to Russia. " * 2_000, ".txt"),
    "nested-markup": ("<p>Pyongyang sent " + "<b>" * 5_000 + "14,000 troops" + "</b>" * 5_000 + ".</p>", ".html"),
    "published-9999": (
        "---\ndate: 9999-12-31\n---\nThe treaty was signed tomorrow, or next week, next month or next year.\n",
        ".md",
    ),
    "published-0001": (
        "---\ndate: 0001-01-01\n---\nThe treaty was signed yesterday, last week, 12 months ago or 999 years ago.\n"
        "The treaty was signed in December last year.\n",
        ".md",
    ),
}
PIPELINES = ("trained", "blank")

#: Cases that were super-linear once (spaCy's tokenizer on long punctuation runs; a
#: rescan of the sentence per figure); kept apart so that a regression shows which.
KNOWN_SLOW: dict[tuple[str, str], pytest.MarkDecorator] = {}


# --- running under a budget ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """How one bounded run ended: ``seconds`` is None when it was still running at the deadline."""

    seconds: float | None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    def check(self, budget: float) -> list[Finding]:
        if self.error is not None:
            pytest.fail(f"it raised:\n{self.error}")
        if self.seconds is None:
            pytest.fail(f"still running after {budget:.0f} s: super-linear on this input (a hang at archive scale)")
        return self.findings


def _child(work: Callable[[], list[Finding]], sender: Connection, budget: float) -> None:
    # The budget is CPU time, which other processes on a busy machine (pytest -n 2 on 2 cores,
    # other jobs) cannot take: the kernel stops the child with SIGXCPU once it has used it.
    seconds = max(1, math.ceil(budget))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    started = time.process_time()
    try:
        findings = work()
    except BaseException:
        sender.send(("raised", time.process_time() - started, traceback.format_exc()))
    else:
        sender.send(("returned", time.process_time() - started, findings))


def run_bounded(works: dict[Hashable, Callable[[], list[Finding]]], budget: float) -> dict[Hashable, Outcome]:
    """Each ``work()`` in its own forked child with ``budget`` seconds of CPU time; one that uses
    them all is a hang (``Outcome(None)``). At most one child per processor runs at a time, so
    that the run does not depend on how many cases there are or how busy the machine is."""
    context = multiprocessing.get_context("fork")
    waiting = list(works.items())
    running: dict[Any, tuple[Hashable, Any]] = {}
    outcomes: dict[Hashable, Outcome] = {}
    # A safety net for a child that blocks without using CPU (none should): generous wall time.
    deadline = time.monotonic() + WALL_FACTOR * budget * max(1, len(works))
    try:
        while waiting or running:
            while waiting and len(running) < PARALLEL:
                key, work = waiting.pop(0)
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_child, args=(work, sender, budget), daemon=True)
                process.start()
                sender.close()
                running[receiver] = (key, process)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            for receiver in wait(list(running), timeout=remaining):
                key, process = running.pop(receiver)
                outcomes[key] = _outcome(receiver, process)
    finally:
        for key, process in running.values():
            process.kill()
            process.join()
            outcomes[key] = Outcome(None)
        for key, _ in waiting:
            outcomes[key] = Outcome(None)
    return outcomes


def _outcome(receiver: Connection, process: Any) -> Outcome:
    try:
        kind, seconds, payload = receiver.recv()
    except EOFError:
        process.join()
        if process.exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
            return Outcome(None)  # stopped by the CPU limit
        return Outcome(0.0, error=f"the process died (exit code {process.exitcode})")
    process.join()
    return Outcome(seconds, error=payload) if kind == "raised" else Outcome(seconds, payload)


# --- the matrix: every case with both pipelines ------------------------------------------------------------------


def matrix_params() -> list[Any]:
    return [
        pytest.param(name, pipe, id=f"{name}-{pipe}", marks=[mark] if (mark := KNOWN_SLOW.get((name, pipe))) else [])
        for name in CASES
        for pipe in PIPELINES
    ]


@pytest.fixture(scope="module")
def matrix(request: pytest.FixtureRequest, pipeline: Pipeline, blank_pipeline: Pipeline) -> dict[Hashable, Outcome]:
    """The outcome of every selected (case, pipeline), run side by side: first the cases expected to
    pass, then those known to be slow, so that these do not take the processor from the others."""
    selected = {
        (item.callspec.params["name"], item.callspec.params["pipe"])
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_pathological_text_is_checked_without_crash_or_hang"
    }
    pipelines = {"trained": pipeline, "blank": blank_pipeline}
    find_quantities("warm up 14,000 troops")  # quantulum3 loads its unit tables on first use (~3 s)

    def work(name: str, pipe: str) -> Callable[[], list[Finding]]:
        text, suffix = CASES[name]
        return lambda: check(text, pipelines[pipe], suffix)

    outcomes = run_bounded({key: work(*key) for key in sorted(selected) if key not in KNOWN_SLOW}, BUDGET)
    outcomes.update(run_bounded({key: work(*key) for key in sorted(selected) if key in KNOWN_SLOW}, BUDGET))
    return outcomes


@pytest.mark.parametrize(("name", "pipe"), matrix_params())
def test_pathological_text_is_checked_without_crash_or_hang(
    name: str, pipe: str, matrix: dict[Hashable, Outcome]
) -> None:
    findings = matrix[(name, pipe)].check(BUDGET)
    lines = CASES[name][0].count("\n") + 1
    for finding in findings:
        assert isinstance(finding, Finding)
        assert 1 <= finding.line <= lines
        assert finding.fact_id in {"nk-troops", "any-troops", "treaty-signed", "medvedev-title"}


def test_a_million_digits_are_not_read_as_a_figure(blank_pipeline: Pipeline) -> None:
    findings = check(CASES["million-digits"][0], blank_pipeline)
    assert not [f for f in findings if f.verdict is Verdict.CONTRADICTS]


def test_a_figure_cut_by_five_thousand_tags_is_still_read(blank_pipeline: Pipeline) -> None:
    text, suffix = CASES["nested-markup"]
    findings = check(text, blank_pipeline, suffix)
    assert {(f.fact_id, f.verdict, f.found) for f in findings if f.fact_id == "nk-troops"} == {
        ("nk-troops", Verdict.SUPPORTS, "14,000")
    }


# --- invisible characters and other scripts -------------------------------------------------------------------


@pytest.mark.parametrize("text", [ZERO_WIDTH, NUL_BYTES], ids=["zero-width", "nul-bytes"])
def test_invisible_characters_do_not_hide_a_figure_or_a_subject(text: str, any_pipeline: Pipeline) -> None:
    findings = check(text, any_pipeline)
    assert not [(f.fact_id, f.found) for f in findings if f.verdict is Verdict.CONTRADICTS]
    supported = {(f.fact_id, f.found) for f in findings if f.verdict is Verdict.SUPPORTS}
    assert ("nk-troops", "14,000") in supported
    assert ("treaty-signed", "June 2024") in supported


def test_invisible_characters_keep_line_numbers(blank_pipeline: Pipeline) -> None:
    text = "Intro.\n\nNorth Korea sent 14,\u200b000\x00 troops.\n\nPyongyang sent 50,\u200d000 tr\u00adoops."
    findings = check(text, blank_pipeline)
    assert {(f.line, f.verdict) for f in findings if f.fact_id == "nk-troops"} == {
        (3, Verdict.SUPPORTS),
        (5, Verdict.CONTRADICTS),
    }


def test_figures_in_other_scripts_and_digits_are_read(any_pipeline: Pipeline) -> None:
    text = "Северная Корея отправила 14 000 troops. أرسلت كوريا الشمالية ١٤٠٠٠ troops. Pyongyang: １４,０００ troops."
    findings = check(text, any_pipeline)
    assert not [(f.fact_id, f.found) for f in findings if f.verdict is Verdict.CONTRADICTS]


def test_a_year_in_arabic_indic_digits_is_not_a_troop_count(blank_pipeline: Pipeline) -> None:
    findings = check("أرسلت كوريا الشمالية ١٤٠٠٠ troops إلى روسيا في ٢٠٢٤.", blank_pipeline)
    assert not [(f.fact_id, f.found) for f in findings if f.verdict is Verdict.CONTRADICTS]


# --- publication dates at the ends of the calendar ------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expression"),
    [
        ("9999-12-31", "tomorrow"),
        ("9999-12-31", "next year"),
        ("9999-12-31", "next month"),
        ("9999-12-31", "this week"),
        ("0001-01-01", "yesterday"),
        ("0001-01-01", "last week"),
        ("0001-01-01", "999 years ago"),
        ("0001-01-01", "in December last year"),
    ],
)
def test_a_relative_date_beyond_the_calendar_is_unverifiable(
    published: str, expression: str, any_pipeline: Pipeline
) -> None:
    text = f"---\ndate: {published}\n---\nThe treaty was signed {expression}.\n"
    findings = check(text, any_pipeline, ".md")
    assert [(f.fact_id, f.verdict) for f in findings] == [("treaty-signed", Verdict.UNVERIFIABLE)]


# --- the value readers on long runs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent " + "1" * 1_000_000 + " troops.",
        "troops " + "1," * 50_000,
        "troops " + "999," * 20_000 + " one thousand",
        " ".join(["14,000 troops"] * 10_000),
        "troops " + "one " * 20_000,
        "(" * 10_000 + "14,000" + ")" * 10_000,
        "June 2024 " * 20_000,
        "the Cold War era " * 10_000,
        "on Monday last week " * 10_000,
    ],
    ids=["digits", "comma-digits", "grouped-and-words", "repeated", "words", "parens", "dates", "periods", "relative"],
)
def test_finding_figures_and_dates_is_bounded_on_long_runs(text: str) -> None:
    find_quantities("warm up 14,000 troops")

    def work() -> list[Finding]:
        find_quantities(text)
        find_dates(text)
        return []

    run_bounded({"run": work}, 10.0)["run"].check(10.0)


def test_a_number_at_the_edge_of_a_parsing_chunk_is_read_whole() -> None:
    for padding in range(1480, 1510):
        text = "a" * padding + " 14,000 troops and between fourteen thousand and 15,000 soldiers."
        read = [(text[m.start : m.end], m.quantity.interval.low) for m in find_quantities(text)]
        assert read[0] == ("14,000", 14000.0), padding
        assert read[1][0].startswith("between fourteen thousand"), padding
