"""Pathological prose: ``check_document`` must neither crash nor hang on it.

Each case runs in a forked child process with a time budget, so that a case
that is super-linear fails in seconds instead of hanging the suite; the child
reports its findings (or its traceback) back through a pipe. Both pipelines
are exercised: the trained one (dependency parse) and the blank one (word
order), since their claim-reading paths differ.

The cases are sized like real accidents (a pasted table, a run-on sentence
from a PDF export, an encoding mishap), where a quadratic step turns into
minutes: a fixed checker reads each of them in a second or two.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.dates import find_dates
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.quantities import find_quantities
from pytest_factcheck.schema import validate
from pytest_factcheck.sources import parse_document

#: Seconds one case may take. The brief's bound for "hangs" is ~20 s; a case that
#: is not super-linear takes well under 2 s, so 10 s keeps failures cheap without flaking.
BUDGET = 10.0

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


@dataclass(frozen=True)
class Case:
    text: str
    suffix: str = ".txt"


RUN_ON = "North Korea sent 14000 troops to Russia and the treaty was signed in June 2024 and Medvedev spoke "
CASES = {
    "million-digits": Case("North Korea sent " + "1" * 1_000_000 + " troops to Russia."),
    "nested-parentheses": Case("North Korea sent " + "(" * 10_000 + "14,000 troops" + ")" * 10_000 + " to Russia."),
    "mixed-scripts": Case(
        "Северная Корея отправила 14 000 troops в Россию. 북한은 러시아에 14,000명의 troops를 파병했다. "
        "أرسلت كوريا الشمالية ١٤٠٠٠ troops إلى روسيا في ٢٠٢٤. Pyongyang sent 14,000 troops (북한군) to Россия.\n"
        "The treaty (договор, 조약, معاهدة) was signed in June 2024 in 평양."
    ),
    "zero-width": Case(
        "North Korea sent 14\u200b,000 tr\u200boops to Russia. Pyongyang's 14,\u200d000 soldiers\u200c arrived.\n"
        "The trea\u00adty\u2060 was signed in Ju\u200bne 2024.\ufeff Medvedev\u200e is \u202ethe chairman\u202c."
    ),
    "nul-bytes": Case(
        "North Korea sent 14,000\x00 troops\x00 to Russia.\x00\x00 The treaty was signed in June 2024\x00.\n\x00\n"
        "\x00Pyongyang\x00 sent 14,000 soldiers."
    ),
    "long-sentence": Case((RUN_ON * (50_000 // len(RUN_ON) + 1))[:50_000]),
    "repeated-figures": Case("North Korea sent " + " ".join(["14,000 troops"] * 10_000) + "."),
    "repeated-sentences": Case("North Korea sent 14,000 troops to Russia. " * 10_000),
    "published-9999": Case(
        "---\ndate: 9999-12-31\n---\nThe treaty was signed tomorrow, or next week, next month or next year.\n"
        "The treaty was signed on Monday, on January 8 or in December.\n",
        ".md",
    ),
    "published-0001": Case(
        "---\ndate: 0001-01-01\n---\nThe treaty was signed yesterday, last week, 12 months ago or 999 years ago.\n"
        "The treaty was signed in December last year.\n",
        ".md",
    ),
}

SLOW_TOKENIZER = pytest.mark.xfail(
    strict=True,
    reason="BUG (checking/nlp: text handed to spaCy as is): spaCy's tokenizer is quadratic in a run of "
    "prefix/suffix punctuation with no space ('(((((...'); 10,000 nested parentheses take ~30 s blank, ~65 s trained",
)
SLOW_CLAIMS = pytest.mark.xfail(
    strict=True,
    reason="BUG (claims.py): per figure, attachment and speech rescan the whole sentence (_clause_start, "
    "is_headline, speech_of; tokens_in/token_spans on the parse), so a sentence with thousands of figures is "
    "quadratic: 10,000 x '14,000 troops' takes ~25 s blank; a 50,000-character run-on sentence > 2 min trained",
)
KNOWN_SLOW = {
    ("nested-parentheses", "blank"): SLOW_TOKENIZER,
    ("nested-parentheses", "trained"): SLOW_TOKENIZER,
    ("repeated-figures", "blank"): SLOW_CLAIMS,
    ("repeated-figures", "trained"): SLOW_CLAIMS,
    ("long-sentence", "trained"): SLOW_CLAIMS,
}


def bounded(work: Callable[[], list[Finding]], budget: float = BUDGET) -> list[Finding]:
    """``work()`` in a forked child: its findings, or a test failure if it raises or overruns ``budget``."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        started = time.perf_counter()
        try:
            findings = work()
        except BaseException:
            sender.send(("raised", time.perf_counter() - started, traceback.format_exc()))
        else:
            sender.send(("returned", time.perf_counter() - started, findings))

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(budget):
            pytest.fail(f"still running after {budget:.0f} s: super-linear on this input (a hang at archive scale)")
        outcome, seconds, payload = receiver.recv()
    except EOFError:
        pytest.fail(f"the checking process died (exit code {process.exitcode})")
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    if outcome == "raised":
        pytest.fail(f"check_document raised:\n{payload}")
    assert seconds < budget
    assert isinstance(payload, list)
    return payload


def cases() -> list[object]:
    params = []
    for name in CASES:
        for pipe in ("trained", "blank"):
            mark = KNOWN_SLOW.get((name, pipe))
            params.append(pytest.param(name, pipe, id=f"{name}-{pipe}", marks=[mark] if mark else []))
    return params


@pytest.fixture
def chosen_pipeline(request: pytest.FixtureRequest, pipe: str) -> Pipeline:
    return request.getfixturevalue("pipeline" if pipe == "trained" else "blank_pipeline")  # type: ignore[no-any-return]


@pytest.mark.parametrize(("name", "pipe"), cases())
def test_pathological_text_is_checked_without_crash_or_hang(name: str, pipe: str, chosen_pipeline: Pipeline) -> None:
    case = CASES[name]
    compiled = matchers()
    find_quantities("warm up 14,000 troops")  # quantulum3 loads its tables on first use (~3 s): not the case's time

    def work() -> list[Finding]:
        document = parse_document(case.text, case.suffix, "doc" + case.suffix)
        return check_document(compiled, document, chosen_pipeline)

    findings = bounded(work)
    assert all(isinstance(f, Finding) and f.line >= 1 for f in findings)
    contradictions = [(f.fact_id, f.found, f.quote[:80]) for f in findings if f.verdict is Verdict.CONTRADICTS]
    assert not contradictions, "every figure and date in these texts agrees with the facts"


@pytest.mark.parametrize("name", ["zero-width", "nul-bytes"])
def test_invisible_characters_do_not_hide_a_figure_or_a_subject(name: str, blank_pipeline: Pipeline) -> None:
    document = parse_document(CASES[name].text, ".txt", "doc.txt")
    findings = check_document(matchers(), document, blank_pipeline)
    supported = {(f.fact_id, f.found) for f in findings if f.verdict is Verdict.SUPPORTS}
    assert ("nk-troops", "14,000") in supported
    assert ("treaty-signed", "June 2024") in supported


def test_invisible_characters_keep_line_numbers(blank_pipeline: Pipeline) -> None:
    text = "Intro.\n\nNorth Korea sent 14,\u200b000\x00 troops.\n\nPyongyang sent 50,\u200d000 tr\u00adoops."
    findings = check_document(matchers(), parse_document(text, ".txt", "doc.txt"), blank_pipeline)
    assert {(f.fact_id, f.line, f.verdict) for f in findings if f.fact_id == "nk-troops"} == {
        ("nk-troops", 3, Verdict.SUPPORTS),
        ("nk-troops", 5, Verdict.CONTRADICTS),
    }


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent " + "1" * 1_000_000 + " troops.",
        "troops " + "1," * 50_000,
        "troops " + "999," * 20_000 + " one thousand",
        " ".join(["14,000 troops"] * 10_000),
        "troops " + "one " * 20_000,
        "(" * 10_000 + "14,000" + ")" * 10_000,
    ],
    ids=["digits", "comma-digits", "grouped-digits-and-words", "repeated", "words", "parentheses"],
)
def test_finding_figures_and_dates_is_bounded_on_long_runs(text: str) -> None:
    find_quantities("warm up 14,000 troops")

    def work() -> list[Finding]:
        find_quantities(text)
        find_dates(text)
        return []

    bounded(work, budget=5.0)


def test_a_number_cut_by_the_parsing_chunk_is_read_whole() -> None:
    for padding in range(1480, 1510):
        text = "a" * padding + " 14,000 troops and between 14,000 and 15,000 soldiers."
        read = [(text[m.start : m.end], m.quantity.interval.low) for m in find_quantities(text)]
        assert read == [("14,000", 14000.0), ("between 14,000 and 15,000", 14000.0)], padding
