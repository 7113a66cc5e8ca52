"""Publication dates, facts that change (as_of/until), self-testing examples,
attribution and denial, and accepting discrepancies on purpose (allow:,
inline markers, a baseline file), each through the public core on real spaCy
pipelines and, where the behaviour is the plugin's, through ``pytester``.

pytester runs are in-process and use the blank pipeline unless the trained
parser is needed (attribution); ``preloaded`` imports spaCy first.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck.api import check_facts, read_corpus
from pytest_factcheck.checking import FactMatcher, check_document, check_examples
from pytest_factcheck.errors import FactsFileError
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Fact, Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import FactsFile, read_facts_file, validate
from pytest_factcheck.sources import parse_document

BLANK = "--factcheck-model=blank:en"
QUIET_PLUGINS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


def facts_file(text: str, path: Path = Path("facts.yaml")) -> FactsFile:
    """A facts.yaml text validated as the plugin does (``sources:`` added when missing)."""
    body = textwrap.dedent(text)
    if "sources:" not in body:
        body = "sources: [doc.txt]\n" + body
    return validate(load_yaml_text(body, path), path)


def facts_from(text: str) -> tuple[Fact, ...]:
    parsed = facts_file(text)
    assert not parsed.problems, parsed.problems
    return parsed.facts


def judge(facts: tuple[Fact, ...], text: str, pipe: Pipeline, suffix: str = ".txt") -> list[Finding]:
    """The findings of ``facts`` in ``text``, read as a source with that suffix."""
    document = parse_document(textwrap.dedent(text), suffix, "doc" + suffix)
    return check_document([FactMatcher.of(fact) for fact in facts], document, pipe)


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


TROOPS = facts_from(
    """
    facts:
      - id: nk-troops
        claim: North Korea has sent about 14,000-15,000 troops to Russia.
        subject: [troops, soldiers]
        context: [North Korea, North Korean, Pyongyang]
        quantity: 14,000-15,000
        tolerance: 5%
    """
)
#: No context: denials that never name the sender are still about the troops.
ANY_TROOPS = facts_from(
    """
    facts:
      - id: troops
        claim: North Korea has sent about 14,000-15,000 troops to Russia.
        subject: [troops, soldiers]
        quantity: 14,000-15,000
        tolerance: 5%
    """
)
TREATY = facts_from(
    """
    facts:
      - id: treaty-signed
        claim: Russia and North Korea signed their mutual defence treaty in June 2024.
        subject: [treaty, pact]
        context: [signed, signing]
        date: June 2024
    """
)
RATIFIED = facts_from(
    """
    facts:
      - id: treaty-ratified
        claim: Russia's parliament ratified the treaty with North Korea in October 2024.
        subject: [treaty]
        context: [ratified, ratification]
        date: October 2024
    """
)
INCURSION = facts_from(
    """
    facts:
      - id: kursk-incursion
        claim: Ukraine launched its incursion into Kursk on August 6, 2024.
        subject: [incursion]
        context: [Kursk]
        date: August 6, 2024
    """
)
INCURSION_MONTH = facts_from(
    """
    facts:
      - id: kursk-incursion
        claim: Ukraine launched its incursion into Kursk in August 2024.
        subject: [incursion]
        context: [Kursk]
        date: August 2024
    """
)
CHANGING = facts_from(
    """
    facts:
      - id: nk-troops
        claim: North Korea has sent about 14,000-15,000 troops to Russia.
        subject: [troops, soldiers]
        context: [North Korea, North Korean, Pyongyang]
        quantity: 14,000-15,000
        as_of: 2025-04
        until: December 2025
    """
)


S, C = Verdict.SUPPORTS, Verdict.CONTRADICTS


# --- publication dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suffix", "published"),
    [
        ("---\ntitle: Kursk\ndate: 2025-03-14\n---\n\nText.\n", ".md", dt.date(2025, 3, 14)),
        ('---\ndate: "March 14, 2025"\n---\nText.\n', ".md", dt.date(2025, 3, 14)),
        ("SEOUL, Nov. 4, 2024 — Text.\n", ".txt", dt.date(2024, 11, 4)),
        ("Pyongyang/Seoul, January 9, 2026 – Text.\n", ".txt", dt.date(2026, 1, 9)),
        ("Pyongyang/Seoul, January 9, 2026 – Text.\n", ".md", dt.date(2026, 1, 9)),
        ("Text without a date.\n", ".txt", None),
    ],
)
def test_front_matter_and_datelines_give_the_publication_date(
    text: str, suffix: str, published: dt.date | None
) -> None:
    assert parse_document(text, suffix, "doc" + suffix).published == published


@pytest.mark.parametrize(
    ("facts", "text", "suffix", "verdict"),
    [
        # "in October last year": October of the year before publication
        (RATIFIED, "SEOUL, May 4, 2025 — Russia's parliament ratified the treaty in October last year.", ".txt", S),
        (RATIFIED, "SEOUL, Jan. 4, 2026 — Russia's parliament ratified the treaty in October last year.", ".txt", C),
        # "last year" from front matter and from a dateline
        (INCURSION_MONTH, "---\ndate: 2025-03-01\n---\n\nUkraine launched its Kursk incursion last year.", ".md", S),
        (INCURSION_MONTH, "---\ndate: 2026-03-01\n---\n\nUkraine launched its Kursk incursion last year.", ".md", C),
        (
            INCURSION_MONTH,
            "Pyongyang/Seoul, January 9, 2025 – Ukraine launched its Kursk incursion last year.",
            ".txt",
            S,
        ),
        (
            INCURSION_MONTH,
            "Pyongyang/Seoul, January 9, 2026 – Ukraine launched its Kursk incursion last year.",
            ".txt",
            C,
        ),
        # "two years ago"
        (INCURSION, "SEOUL, Aug. 6, 2026 — Ukraine launched its Kursk incursion two years ago.", ".txt", S),
        (INCURSION, "SEOUL, Aug. 6, 2027 — Ukraine launched its Kursk incursion two years ago.", ".txt", C),
        # "earlier this week": Monday of the publication week up to the publication day
        (INCURSION, "SEOUL, Aug. 8, 2024 — Ukraine launched its Kursk incursion earlier this week.", ".txt", S),
        (INCURSION, "SEOUL, Aug. 15, 2024 — Ukraine launched its Kursk incursion earlier this week.", ".txt", C),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(
    pipeline: Pipeline, facts: tuple[Fact, ...], text: str, suffix: str, verdict: Verdict
) -> None:
    finding = only(judge(facts, text + "\n", pipeline, suffix))
    assert finding.verdict is verdict, finding
    assert finding.found is not None and finding.found in text


@pytest.mark.parametrize(
    ("facts", "sentence"),
    [
        (INCURSION_MONTH, "Ukraine launched its Kursk incursion last year."),
        (RATIFIED, "Russia's parliament ratified the treaty in October last year."),
        (INCURSION, "Ukraine launched its Kursk incursion two years ago."),
        (INCURSION, "Ukraine launched its Kursk incursion earlier this week."),
    ],
)
def test_without_a_publication_date_relative_dates_are_unverifiable(
    any_pipeline: Pipeline, facts: tuple[Fact, ...], sentence: str
) -> None:
    finding = only(judge(facts, sentence + "\n", any_pipeline))
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert "depends on the publication date" in finding.reason


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("SEOUL, Nov. 4, 2024 — Russia and North Korea signed the treaty in June.", Verdict.SUPPORTS),
        ("SEOUL, Nov. 4, 2025 — Russia and North Korea signed the treaty in June last year.", Verdict.SUPPORTS),
        ("SEOUL, Nov. 4, 2026 — Russia and North Korea signed the treaty in June last year.", Verdict.CONTRADICTS),
    ],
)
def test_the_dateline_is_not_a_claim_but_dates_the_rest_of_the_sentence(
    any_pipeline: Pipeline, text: str, verdict: Verdict
) -> None:
    finding = only(judge(TREATY, text, any_pipeline))
    assert finding.verdict is verdict, finding
    assert finding.found is not None and "Nov." not in finding.found


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("SEOUL, Nov. 4, 2024 — The treaty was signed in June 2023.", Verdict.CONTRADICTS),
        ("SEOUL, Nov. 4, 2025 — The treaty was signed in June last year.", Verdict.SUPPORTS),
    ],
)
def test_a_passive_sentence_after_a_dateline_is_judged(pipeline: Pipeline, text: str, verdict: Verdict) -> None:
    assert only(judge(TREATY, text, pipeline)).verdict is verdict


def test_a_failure_shows_what_a_relative_date_was_resolved_to(blank_pipeline: Pipeline) -> None:
    finding = only(
        judge(
            TREATY, "SEOUL, Nov. 4, 2026 — Russia and North Korea signed the treaty in June last year.", blank_pipeline
        )
    )
    assert finding.verdict is Verdict.CONTRADICTS
    assert finding.found_detail is not None and "June 2025" in finding.found_detail


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


PUBLISHED_FACTS = """\
sources: [archive/*.txt]
published:
  - source: archive/2026-*.txt
    date: 2026-01-04
facts:
  - id: treaty-ratified
    claim: Russia's parliament ratified the treaty with North Korea in October 2024.
    subject: [treaty]
    context: [ratified, ratification]
    date: October 2024
"""
RATIFIED_LAST_YEAR = "Russia's parliament ratified the treaty in October last year.\n"


@pytest.fixture
def archive(tmp_path: Path) -> FactsFile:
    """PUBLISHED_FACTS and three sources: dated by published:, by their own dateline, and not at all."""
    _write(
        tmp_path,
        {
            "facts.yaml": PUBLISHED_FACTS,
            "archive/2026-undated.txt": RATIFIED_LAST_YEAR,
            "archive/2026-datelined.txt": "SEOUL, May 4, 2025 — " + RATIFIED_LAST_YEAR,
            "archive/other.txt": RATIFIED_LAST_YEAR,
        },
    )
    return read_facts_file(tmp_path / "facts.yaml")


def test_published_in_facts_yaml_dates_sources_that_give_none(archive: FactsFile) -> None:
    parsed = archive
    assert parsed.published == (("archive/2026-*.txt", dt.date(2026, 1, 4)),)
    corpus = read_corpus(parsed)
    published = {name: document.published for name, document in corpus.documents.items()}
    assert published == {
        "archive/2026-undated.txt": dt.date(2026, 1, 4),
        "archive/2026-datelined.txt": dt.date(2025, 5, 4),  # the source's own date wins
        "archive/other.txt": None,
    }


def test_a_date_from_published_resolves_relative_dates(archive: FactsFile, pipeline: Pipeline) -> None:
    result = check_facts(archive.facts, read_corpus(archive), pipeline, archive.folder)["treaty-ratified"]
    verdicts = {finding.source: finding.verdict for finding in result.findings}
    assert verdicts == {
        "archive/2026-undated.txt": Verdict.CONTRADICTS,  # October 2025
        "archive/2026-datelined.txt": Verdict.SUPPORTS,  # October 2024
        "archive/other.txt": Verdict.UNVERIFIABLE,  # no date: never a contradiction
    }


@pytest.mark.parametrize(
    ("entry", "line", "message"),
    [
        ("published: 2024-11-04", 2, "'published:' must be a list"),
        ("published:\n  - source: a.txt\n    date: 2024-11", 4, "a publication date is a day"),
        ("published:\n  - source: a.txt", 3, "needs exactly 'source:' and 'date:'"),
    ],
)
def test_a_bad_published_entry_is_an_error_of_the_file_with_its_line(entry: str, line: int, message: str) -> None:
    text = "sources: [a.txt]\n" + entry + "\nfacts:\n  - id: x\n    claim: X.\n    subject: [x]\n    date: 2024\n"
    with pytest.raises(FactsFileError) as excinfo:
        facts_file(text)
    assert message in excinfo.value.message
    assert excinfo.value.line == line


# --- as_of and until ----------------------------------------------------------------------------------------------


BEFORE = "before this value held (as_of 2025-04)"
AFTER = "after this value stopped holding (until December 2025)"


@pytest.mark.parametrize(
    ("dateline", "figure", "verdict", "reason"),
    [
        ("SEOUL, Nov. 4, 2024 — ", "10,000", Verdict.UNVERIFIABLE, f"published 2024-11-04, {BEFORE}"),
        ("SEOUL, Mar. 31, 2025 — ", "10,000", Verdict.UNVERIFIABLE, f"published 2025-03-31, {BEFORE}"),
        ("SEOUL, April 1, 2025 — ", "10,000", Verdict.CONTRADICTS, ""),
        ("SEOUL, May 4, 2025 — ", "15,000", Verdict.SUPPORTS, ""),
        ("SEOUL, Dec. 31, 2025 — ", "30,000", Verdict.CONTRADICTS, ""),
        ("SEOUL, Jan. 4, 2026 — ", "30,000", Verdict.UNVERIFIABLE, f"published 2026-01-04, {AFTER}"),
        ("", "30,000", Verdict.UNVERIFIABLE, "no publication date"),
    ],
)
def test_as_of_and_until_limit_which_sources_are_judged(
    any_pipeline: Pipeline, dateline: str, figure: str, verdict: Verdict, reason: str
) -> None:
    finding = only(judge(CHANGING, f"{dateline}Pyongyang has sent {figure} troops to Russia.\n", any_pipeline))
    assert finding.verdict is verdict, finding
    assert reason in finding.reason
    assert finding.found == figure


def test_as_of_uses_a_date_from_published_in_facts_yaml(tmp_path: Path, blank_pipeline: Pipeline) -> None:
    _write(
        tmp_path,
        {
            "facts.yaml": """\
            sources: [a/*.txt]
            published:
              - {source: a/old.txt, date: 2024-11-04}
              - {source: a/new.txt, date: 2025-06-01}
            facts:
              - id: nk-troops
                claim: North Korea has sent about 14,000-15,000 troops to Russia.
                subject: [troops]
                context: [Pyongyang]
                quantity: 14,000-15,000
                as_of: April 1, 2025
            """,
            "a/old.txt": "Pyongyang has sent 10,000 troops to Russia.\n",
            "a/new.txt": "Pyongyang has sent 10,000 troops to Russia.\n",
        },
    )
    parsed = read_facts_file(tmp_path / "facts.yaml")
    result = check_facts(parsed.facts, read_corpus(parsed), blank_pipeline, tmp_path)["nk-troops"]
    by_source = {finding.source: finding for finding in result.findings}
    assert by_source["a/old.txt"].verdict is Verdict.UNVERIFIABLE
    assert "published 2024-11-04, before this value held (as_of April 1, 2025)" in by_source["a/old.txt"].reason
    assert by_source["a/new.txt"].verdict is Verdict.CONTRADICTS
    assert [f.source for f in result.contradictions] == ["a/new.txt"]


# --- examples -----------------------------------------------------------------------------------------------------

EXAMPLES = facts_from(
    """
    facts:
      - id: nk-troops
        claim: North Korea has sent about 14,000-15,000 troops to Russia.
        subject: [troops, soldiers]
        context: [North Korea, North Korean, Pyongyang]
        exclude: [workers]
        quantity: 14,000-15,000
        tolerance: 5%
        examples:
          supports: ["Pyongyang has sent around 15,000 troops to Russia."]
          contradicts: ["North Korea has sent up to 12,000 soldiers to Russia."]
          ignores:
            - "Around 12,000 North Korean workers went to Tatarstan."
            - "Around 3,000 North Korean soldiers were killed or wounded."
    """
)


def test_examples_read_as_written_give_no_problem(any_pipeline: Pipeline) -> None:
    assert check_examples(FactMatcher.of(EXAMPLES[0]), any_pipeline) == []


def test_a_wrong_example_is_named_with_its_line_and_what_was_read(any_pipeline: Pipeline) -> None:
    wrong = facts_from(
        """
        facts:
          - id: nk-troops
            claim: North Korea has sent about 14,000-15,000 troops to Russia.
            subject: [troops, soldiers]
            context: [North Korea, North Korean, Pyongyang]
            quantity: 14,000-15,000
            examples:
              supports: ["Pyongyang has sent around 15,000 troops to Russia."]
              ignores: ["Around 12,000 North Korean troops went to Kursk."]
              contradicts: ["Seoul sent 40,000 police officers."]
        """
    )[0]
    problems = check_examples(FactMatcher.of(wrong), any_pipeline)
    assert len(problems) == 2, problems
    ignored, contradicting = problems
    assert ignored.startswith('line 11: the example "Around 12,000 North Korean troops went to Kursk."')
    assert "should be ignored, but it is read as contradicts, reading 'Around 12,000'" in ignored
    assert contradicting.startswith('line 12: the example "Seoul sent 40,000 police officers."')
    assert "should contradict the fact, but it is read as not about this fact" in contradicting


def test_a_contradicting_example_of_a_fact_with_as_of(any_pipeline: Pipeline) -> None:
    fact = facts_from(
        """
        facts:
          - id: nk-troops
            claim: North Korea has sent about 14,000-15,000 troops to Russia.
            subject: [troops, soldiers]
            context: [North Korea, North Korean, Pyongyang]
            quantity: 14,000-15,000
            as_of: 2025-04
            examples:
              supports: ["Pyongyang has sent around 15,000 troops to Russia."]
              contradicts: ["North Korea has sent up to 12,000 soldiers to Russia."]
        """
    )[0]
    assert check_examples(FactMatcher.of(fact), any_pipeline) == []


# --- attribution, quotation, denial -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("South Korea's spy agency said Pyongyang has sent 15,000 troops to Russia.", "South Korea's spy agency"),
        ("Zelensky said that North Korea had sent 15,000 troops.", "Zelensky"),
        ("According to the NIS, North Korea has sent 15,000 troops.", "the NIS"),
    ],
)
def test_an_attributed_claim_is_still_a_claim_and_names_the_speaker(
    pipeline: Pipeline, sentence: str, speaker: str
) -> None:
    finding = only(judge(TROOPS, sentence, pipeline))
    assert finding.verdict is Verdict.SUPPORTS
    assert finding.attributed_to == speaker
    assert finding.quoted is False


def test_an_attributed_contradiction_still_contradicts(any_pipeline: Pipeline) -> None:
    finding = only(judge(TROOPS, "According to a defector, Pyongyang has sent 100,000 troops to Russia.", any_pipeline))
    assert finding.verdict is Verdict.CONTRADICTS
    assert finding.attributed_to == "a defector"


def test_a_value_inside_quotation_marks_is_quoted(any_pipeline: Pipeline) -> None:
    finding = only(judge(TROOPS, '"Pyongyang has sent 15,000 troops," the general said.', any_pipeline))
    assert finding.verdict is Verdict.SUPPORTS
    assert finding.quoted is True
    outside = only(judge(TROOPS, "The general said Pyongyang has sent 15,000 troops.", any_pipeline))
    assert outside.quoted is False


@pytest.mark.parametrize("marks", ['""', "“”"])
def test_a_quotation_opening_at_the_figure_is_quoted(any_pipeline: Pipeline, marks: str) -> None:
    sentence = f"The general said Pyongyang had sent {marks[0]}some 15,000 troops{marks[1]} so far."
    finding = only(judge(TROOPS, sentence, any_pipeline))
    assert finding.verdict is Verdict.SUPPORTS
    assert finding.quoted is True
    assert finding.found == "some 15,000"


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow denied sending 100,000 troops.",
        "Moscow denied that North Korea had sent 100,000 troops to Russia.",
        "The Kremlin dismissed claims of 100,000 troops as fabricated.",
    ],
)
def test_a_denied_figure_is_never_a_contradiction(any_pipeline: Pipeline, sentence: str) -> None:
    finding = only(judge(ANY_TROOPS, sentence, any_pipeline))
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.reason == "the sentence denies or disputes this figure"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports that 100,000 troops were sent are false.",
        "Reports that 100,000 troops were sent to Russia are false.",
    ],
)
def test_a_figure_reported_as_false_is_not_a_contradiction_blank(blank_pipeline: Pipeline, sentence: str) -> None:
    assert only(judge(ANY_TROOPS, sentence, blank_pipeline)).verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports that 100,000 troops were sent are false.",
        "Reports that 100,000 troops were sent to Russia are false.",
    ],
)
def test_a_figure_reported_as_false_is_not_a_contradiction_trained(pipeline: Pipeline, sentence: str) -> None:
    assert only(judge(ANY_TROOPS, sentence, pipeline)).verdict is Verdict.UNVERIFIABLE


# --- plugin level -------------------------------------------------------------------------------------------------


@pytest.fixture
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py: spaCy is imported before any in-process run."""


FACTS = """\
sources:
  - articles/*
facts:
  - id: nk-troops
    claim: North Korea has sent about 14,000-15,000 troops to Russia.
    subject: [troops, soldiers]
    context: [North Korea, North Korean, Pyongyang]
    quantity: 14,000-15,000
    tolerance: 5%

  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024
"""
TOO_MANY = "Pyongyang has sent 100,000 troops to Russia.\n"
COLD_WAR = "The treaty, originally signed during the Cold War era, underpins the alliance.\n"


def newsroom(pytester: pytest.Pytester, facts: str, **articles: str) -> pytest.Pytester:
    """facts.yaml and articles/<name> for each keyword (``a_txt`` is articles/a.txt)."""
    pytester.makefile(".yaml", facts=textwrap.dedent(facts))
    (pytester.path / "articles").mkdir(exist_ok=True)
    for name, text in articles.items():
        stem, _, suffix = name.rpartition("_")
        (pytester.path / "articles" / f"{stem}.{suffix}").write_text(textwrap.dedent(text), encoding="utf-8")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    model = () if any(a.startswith("--factcheck-model") for a in args) else (BLANK,)
    return pytester.runpytest(*QUIET_PLUGINS, *model, *args)


def output(result: pytest.RunResult) -> str:
    return "\n".join(result.outlines + result.errlines)


def report(pytester: pytest.Pytester) -> dict[str, Any]:
    data = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    return {fact["id"]: fact for fact in data["facts"]} | {"": data}


def outcomes(result: pytest.RunResult) -> dict[str, str]:
    """Fact id -> PASSED / FAILED / ERROR, read from the lines of a ``-v`` run."""
    found: dict[str, str] = {}
    for line in result.outlines:
        for word in ("PASSED", "FAILED", "ERROR"):
            if line.startswith("facts.yaml::") and f" {word}" in line:
                found[line.split("::")[1].split()[0]] = word
    return found


@pytest.mark.usefixtures("_heavy_imports_done")
class TestPublicationDatesInTheRun:
    def test_published_in_facts_yaml_makes_a_relative_date_fail_the_fact(self, pytester: pytest.Pytester) -> None:
        facts = FACTS.replace(
            "facts:\n", "published:\n  - source: articles/2025-*.txt\n    date: 2025-02-01\nfacts:\n", 1
        )
        newsroom(pytester, facts, **{"2025-01_txt": "The treaty was signed in June last year.\n"})
        run(pytester).assert_outcomes(passed=2)  # June 2024: supports
        newsroom(pytester, facts.replace("2025-02-01", "2026-02-01"))
        result = run(pytester)
        result.assert_outcomes(passed=1, failed=1)
        result.stdout.fnmatch_lines(["*contradicted by articles/2025-01.txt:1", "*found: in June last year*"])

    def test_without_any_publication_date_a_relative_date_never_fails(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS, a_txt="The treaty was signed in June last year.\n")
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=2)
        [finding] = report(pytester)["treaty-signed"]["findings"]
        assert finding["verdict"] == "unverifiable"
        assert "depends on the publication date" in finding["reason"]


@pytest.mark.usefixtures("_heavy_imports_done")
class TestAsOfInTheRun:
    def test_an_article_published_before_as_of_is_not_judged(self, pytester: pytest.Pytester) -> None:
        facts = FACTS.replace("    tolerance: 5%\n", "    as_of: 2025-04\n")
        newsroom(pytester, facts, old_txt="SEOUL, Nov. 4, 2024 — Pyongyang has sent 10,000 troops to Russia.\n")
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=2)
        [finding] = report(pytester)["nk-troops"]["findings"]
        assert finding["verdict"] == "unverifiable"
        assert finding["reason"] == "published 2024-11-04, before this value held (as_of 2025-04)"

    def test_an_article_published_after_as_of_is_judged(self, pytester: pytest.Pytester) -> None:
        facts = FACTS.replace("    tolerance: 5%\n", "    as_of: 2025-04\n")
        newsroom(pytester, facts, new_md="---\ndate: 2025-05-02\n---\nPyongyang has sent 10,000 troops to Russia.\n")
        result = run(pytester)
        result.assert_outcomes(passed=1, failed=1)
        result.stdout.fnmatch_lines(["*contradicted by articles/new.md:4", "*found: 10,000*"])

    def test_an_article_published_after_until_is_not_judged(self, pytester: pytest.Pytester) -> None:
        facts = FACTS.replace("    tolerance: 5%\n", "    until: 2024\n")
        newsroom(pytester, facts, new_txt="SEOUL, Jan. 2, 2025 — Pyongyang has sent 100,000 troops to Russia.\n")
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=2)
        [finding] = report(pytester)["nk-troops"]["findings"]
        assert finding["reason"] == "published 2025-01-02, after this value stopped holding (until 2024)"


def with_examples(ignored: str) -> str:
    """FACTS with examples on nk-troops (the ignores example on line 14)."""
    return FACTS.replace(
        "    tolerance: 5%\n",
        "    tolerance: 5%\n"
        "    exclude: [workers]\n"
        "    examples:\n"
        '      supports: ["Pyongyang has sent around 15,000 troops to Russia."]\n'
        '      contradicts: ["North Korea has sent up to 12,000 soldiers to Russia."]\n'
        f'      ignores: ["{ignored}"]\n',
    )


@pytest.mark.usefixtures("_heavy_imports_done")
class TestExamplesInTheRun:
    def test_a_fact_whose_examples_behave_runs_normally(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, with_examples("Around 12,000 North Korean workers went to Tatarstan."), a_txt=COLD_WAR)
        result = run(pytester, "-v")
        assert outcomes(result) == {"nk-troops": "PASSED", "treaty-signed": "FAILED"}

    def test_a_wrong_example_is_an_error_of_that_fact_only(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, with_examples("Around 12,000 North Korean troops went to Kursk."), a_txt=COLD_WAR)
        result = run(pytester, "-v", "--factcheck-json=report.json")
        assert outcomes(result) == {"nk-troops": "ERROR", "treaty-signed": "FAILED"}
        result.assert_outcomes(failed=1, errors=1)
        text = output(result)
        assert (
            'line 14: the example "Around 12,000 North Korean troops went to Kursk." should be ignored, '
            "but it is read as contradicts, reading 'Around 12,000'"
        ) in text
        assert "Traceback" not in text
        entry = report(pytester)["nk-troops"]
        assert entry["outcome"] == "error"
        assert "Around 12,000 North Korean troops went to Kursk." in entry["error"]
        assert report(pytester)["treaty-signed"]["outcome"] == "failed", "the other fact still ran"

    def test_examples_are_not_checked_by_collect_only(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, with_examples("Around 12,000 North Korean troops went to Kursk."), a_txt=COLD_WAR)
        result = run(pytester, "--collect-only", "-q")
        assert result.ret == pytest.ExitCode.OK
        result.stdout.fnmatch_lines(["facts.yaml::nk-troops", "facts.yaml::treaty-signed"])


@pytest.mark.usefixtures("_heavy_imports_done")
def test_the_json_report_carries_attributed_to_and_quoted(pytester: pytest.Pytester) -> None:
    newsroom(
        pytester,
        FACTS,
        a_txt="""\
        South Korea's spy agency said Pyongyang has sent 15,000 troops to Russia.

        "Pyongyang has sent 100,000 troops," a defector said.

        Moscow denied that North Korea had sent 100,000 troops.
        """,
    )
    result = run(pytester, "--factcheck-model=auto", "--factcheck-json=report.json")
    result.assert_outcomes(passed=1, failed=1)
    findings = {f["line"]: f for f in report(pytester)["nk-troops"]["findings"]}
    assert findings[1]["verdict"] == "supports"
    assert (findings[1]["attributed_to"], findings[1]["quoted"]) == ("South Korea's spy agency", False)
    assert findings[3]["verdict"] == "contradicts"
    assert (findings[3]["attributed_to"], findings[3]["quoted"]) == ("a defector", True)
    assert findings[5]["verdict"] == "unverifiable"
    result.stdout.fnmatch_lines(
        ["*contradicted by articles/a.txt:3", "*(attributed to a defector, inside a quotation)"]
    )
    assert "articles/a.txt:5" not in output(result)


# --- accepting discrepancies --------------------------------------------------------------------------------------

ALLOW = """\
    allow:
      - source: articles/old-*.txt
        reason: historical piece, left as published
"""


@pytest.mark.usefixtures("_heavy_imports_done")
class TestAllow:
    def test_an_allowed_contradiction_passes_and_is_reported_as_accepted(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS + ALLOW, **{"old-1_txt": COLD_WAR, "b_txt": TOO_MANY})
        result = run(pytester, "-v", "--factcheck-json=report.json")
        assert outcomes(result) == {"nk-troops": "FAILED", "treaty-signed": "PASSED"}
        [finding] = report(pytester)["treaty-signed"]["findings"]
        assert finding["verdict"] == "contradicts"
        assert finding["accepted"] is True
        assert finding["accepted_by"] == "allow"
        assert finding["accepted_reason"] == "allowed in facts.yaml (line 17): historical piece, left as published"
        assert report(pytester)["treaty-signed"]["stale_allow"] == []
        result.stdout.fnmatch_lines(["*1 contradiction(s) accepted on purpose*"])
        assert "matches no contradiction" not in output(result)

    def test_an_allow_for_another_source_does_not_accept(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS + ALLOW, **{"old-1_txt": "Kim wrote to Putin.\n", "new_txt": COLD_WAR})
        result = run(pytester, "-v")
        assert outcomes(result)["treaty-signed"] == "FAILED"
        result.stdout.fnmatch_lines(["*contradicted by articles/new.txt:1"])

    def test_an_allow_that_matches_nothing_is_a_warning_and_stale_in_the_json(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS + ALLOW, a_txt="The treaty was signed in June 2024.\n")
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=2)
        result.stdout.fnmatch_lines(
            [
                "*warnings summary*",
                "*facts.yaml:17: the allow for 'articles/old-*.txt' on treaty-signed matches no contradiction any "
                "more; remove it*",
            ]
        )
        assert report(pytester)["treaty-signed"]["stale_allow"] == [
            {"source": "articles/old-*.txt", "line": 17, "reason": "historical piece, left as published"}
        ]
        assert report(pytester)["nk-troops"]["stale_allow"] == []


@pytest.mark.usefixtures("_heavy_imports_done")
class TestInlineMarkers:
    @pytest.mark.parametrize(
        ("name", "text"),
        [
            (
                "a_md",
                """\
                ---
                title: Troops
                ---
                <!-- factcheck: ignore nk-troops -- quotes a disputed early estimate -->
                Pyongyang has sent 100,000 troops to Russia.

                Pyongyang has sent 15,000 troops to Russia.
                """,
            ),
            (
                "a_html",
                """\
                <html><body>
                <!-- factcheck: ignore nk-troops -- quotes a disputed early estimate -->
                <p>Pyongyang has sent 100,000 troops to Russia.</p>
                <p>Pyongyang has sent 15,000 troops to Russia.</p>
                </body></html>
                """,
            ),
            (
                "a_txt",
                """\
                # factcheck: ignore nk-troops -- quotes a disputed early estimate
                Pyongyang has sent 100,000 troops to Russia.

                Pyongyang has sent 15,000 troops to Russia.
                """,
            ),
        ],
    )
    def test_a_marker_with_a_reason_accepts_the_next_paragraph(
        self, pytester: pytest.Pytester, name: str, text: str
    ) -> None:
        newsroom(pytester, FACTS, **{name: text})
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=2)
        findings = report(pytester)["nk-troops"]["findings"]
        assert [(f["verdict"], f["accepted"]) for f in findings] == [("contradicts", True), ("supports", False)]
        assert findings[0]["accepted_by"] == "marker"
        assert findings[0]["accepted_reason"] == "ignored by a marker in the source: quotes a disputed early estimate"
        assert "factcheck" not in findings[0]["quote"]

    @pytest.mark.parametrize(
        ("name", "marker"),
        [
            ("a_md", "<!-- factcheck: ignore nk-troops -- quotes a disputed early estimate -->"),
            ("a_txt", "# factcheck: ignore nk-troops -- quotes a disputed early estimate"),
            ("a_html", "<!-- factcheck: ignore nk-troops -- quotes a disputed early estimate -->"),
        ],
    )
    def test_a_marker_covers_only_the_next_paragraph(self, pytester: pytest.Pytester, name: str, marker: str) -> None:
        text = f"{marker}\nPyongyang has sent 100,000 troops to Russia.\n\nKim wrote to Putin.\n\n{TOO_MANY}"
        if name.endswith("html"):
            text = f"{marker}\n<p>{TOO_MANY.strip()}</p>\n\n<p>Kim wrote to Putin.</p>\n\n<p>{TOO_MANY.strip()}</p>"
        newsroom(pytester, FACTS, **{name: text})
        result = run(pytester, "-v")
        assert outcomes(result)["nk-troops"] == "FAILED"
        suffix = name.rpartition("_")[2]
        result.stdout.fnmatch_lines([f"*contradicted by articles/a.{suffix}:6"])
        assert f"articles/a.{suffix}:2" not in output(result)

    def test_a_marker_names_facts_and_leaves_others_alone(self, pytester: pytest.Pytester) -> None:
        text = "<!-- factcheck: ignore nk-troops -- early estimate -->\n" + TOO_MANY + COLD_WAR
        newsroom(pytester, FACTS, a_md=text)
        result = run(pytester, "-v")
        assert outcomes(result) == {"nk-troops": "PASSED", "treaty-signed": "FAILED"}

    def test_a_marker_may_list_several_facts(self, pytester: pytest.Pytester) -> None:
        text = (
            "<!-- factcheck: ignore nk-troops, treaty-signed -- quoting KCNA -->\n" + TOO_MANY.rstrip() + " " + COLD_WAR
        )
        newsroom(pytester, FACTS, a_md=text)
        run(pytester).assert_outcomes(passed=2)

    def test_a_marker_covers_every_line_of_the_next_paragraph(self, pytester: pytest.Pytester) -> None:
        text = (
            "<!-- factcheck: ignore nk-troops -- quotes a disputed early estimate -->\n"
            "Pyongyang has sent 100,000 troops to Russia.\n"
            "Officials said the 100,000 North Korean troops were in Kursk.\n"
        )
        newsroom(pytester, FACTS, a_md=text)
        result = run(pytester, "--factcheck-json=report.json")
        findings = report(pytester)["nk-troops"]["findings"]
        assert [(f["line"], f["accepted"]) for f in findings] == [(2, True), (3, True)]
        result.assert_outcomes(passed=2)

    @pytest.mark.parametrize(
        ("name", "marker"),
        [
            ("a_md", "<!-- factcheck: ignore nk-troops -->"),
            ("a_md", "<!-- factcheck: ignore nk-troops -- -->"),
            ("a_txt", "# factcheck: ignore nk-troops"),
        ],
    )
    def test_a_marker_without_a_reason_is_not_honoured_and_warns(
        self, pytester: pytest.Pytester, name: str, marker: str
    ) -> None:
        newsroom(pytester, FACTS, **{name: f"Kim wrote to Putin.\n\n{marker}\n{TOO_MANY}"})
        result = run(pytester, "--factcheck-json=report.json")
        result.assert_outcomes(passed=1, failed=1)
        suffix = name.rpartition("_")[2]
        [source] = report(pytester)[""]["sources"]
        assert source["path"] == f"articles/a.{suffix}"
        assert source["warnings"] == [
            "line 3: the factcheck marker is ignored: write 'factcheck: ignore FACT-ID -- reason' "
            "(a reason is required)"
        ]
        [finding] = report(pytester)["nk-troops"]["findings"]
        assert (finding["verdict"], finding["accepted"], finding["line"]) == ("contradicts", False, 4)


@pytest.mark.usefixtures("_heavy_imports_done")
class TestBaseline:
    def test_adopting_a_baseline_then_failing_only_on_new_contradictions(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS, a_txt=COLD_WAR + "\n" + TOO_MANY)
        baseline = pytester.path / "b.json"

        first = run(pytester, "--factcheck-baseline=b.json", "--factcheck-json=report.json")
        first.assert_outcomes(passed=2)
        first.stdout.fnmatch_lines(["*2 contradiction(s) accepted on purpose*", "*baseline recorded in b.json*"])
        recorded = json.loads(baseline.read_text(encoding="utf-8"))
        assert recorded["version"] == 1
        assert {(e["fact"], e["source"]) for e in recorded["contradictions"]} == {
            ("nk-troops", "articles/a.txt"),
            ("treaty-signed", "articles/a.txt"),
        }
        assert {f["accepted_by"] for e in report(pytester).values() if "findings" in e for f in e["findings"]} == {
            "baseline"
        }

        second = run(pytester, "--factcheck-baseline=b.json", "--factcheck-json=report.json")
        second.assert_outcomes(passed=2)
        assert "baseline recorded" not in output(second)
        assert report(pytester)["nk-troops"]["findings"][0]["accepted_reason"] == "recorded in the baseline"

        # an edit moves the old sentences down and adds a new contradiction of one fact
        (pytester.path / "articles" / "a.txt").write_text(
            "Kim wrote to Putin.\n\n" + COLD_WAR + "\nPyongyang has sent 50,000 troops to Russia.\n\n" + TOO_MANY,
            encoding="utf-8",
        )
        third = run(pytester, "-v", "--factcheck-baseline=b.json")
        assert outcomes(third) == {"nk-troops": "FAILED", "treaty-signed": "PASSED"}
        third.stdout.fnmatch_lines(["*contradicted by articles/a.txt:5", "*found: 50,000*"])
        assert "articles/a.txt:7" not in output(third)
        assert json.loads(baseline.read_text(encoding="utf-8")) == recorded, "a normal run does not rewrite it"

        update = run(pytester, "--factcheck-baseline=b.json", "--factcheck-baseline-update")
        update.assert_outcomes(passed=2)
        update.stdout.fnmatch_lines(["*baseline recorded in b.json*"])
        rewritten = json.loads(baseline.read_text(encoding="utf-8"))["contradictions"]
        assert len(rewritten) == 3
        assert any("50,000" in e["quote"] for e in rewritten)

        run(pytester, "--factcheck-baseline=b.json").assert_outcomes(passed=2)

    def test_contradictions_accepted_otherwise_are_not_recorded(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS + ALLOW, **{"old-1_txt": COLD_WAR, "b_txt": TOO_MANY})
        run(pytester, "--factcheck-baseline=b.json").assert_outcomes(passed=2)
        recorded = json.loads((pytester.path / "b.json").read_text(encoding="utf-8"))["contradictions"]
        assert [e["fact"] for e in recorded] == ["nk-troops"]

    def test_an_unreadable_baseline_is_an_error_naming_the_file(self, pytester: pytest.Pytester) -> None:
        newsroom(pytester, FACTS, a_txt=TOO_MANY)
        (pytester.path / "b.json").write_text("not json", encoding="utf-8")
        result = run(pytester, "--factcheck-baseline=b.json")
        assert result.ret != pytest.ExitCode.OK
        assert "cannot read the baseline file" in output(result)
        assert "b.json" in output(result)


# --- schema errors of the new keys --------------------------------------------------------------------------------

FACT_HEAD = """\
facts:
  - id: good
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty]
    date: June 2024

  - id: broken
    claim: North Korea has sent about 14,000-15,000 troops to Russia.
    subject: [troops]
    quantity: 14,000-15,000
"""


@pytest.mark.parametrize(
    ("extra", "line", "message"),
    [
        ("    as_of: soon\n", 12, "cannot read the text 'soon' as a as_of; write a date or month such as"),
        ("    until: yes\n", 12, "'until:' holds a yes/no value"),
        ("    as_of: January 8\n", 12, "as a as_of"),
        ("    allow:\n      - source: articles/*.txt\n", 13, "this 'allow:' entry needs 'reason:'"),
        ("    allow:\n      - reason: old piece\n", 13, "this 'allow:' entry needs 'source:'"),
        ("    allow:\n      - {source: a.txt, reason: x, why: y}\n", 13, "unknown key 'why'"),
        ("    allow: articles/*.txt\n", 12, "'allow:' must be a list of entries"),
        ("    examples:\n      refutes: [Pyongyang sent 9 troops.]\n", 13, "unknown key 'refutes'"),
        ("    examples:\n      supports: Pyongyang sent 15,000 troops.\n", 13, "must be a list of sentences"),
        ("    examples: [Pyongyang sent 15,000 troops.]\n", 12, "'examples:' must list sentences under supports:"),
    ],
)
def test_a_bad_new_key_is_an_error_of_that_fact_with_its_line(extra: str, line: int, message: str) -> None:
    parsed = facts_file(FACT_HEAD + extra)
    assert [fact.id for fact in parsed.facts] == ["good"]
    [problem] = parsed.problems
    assert problem.id == "broken"
    assert problem.line == line
    assert message in problem.message


def test_an_unknown_example_kind_suggests_the_nearest_one() -> None:
    [problem] = facts_file(FACT_HEAD + "    examples:\n      contradict: [Pyongyang sent 9 troops.]\n").problems
    assert "did you mean 'contradicts'?" in problem.message


@pytest.mark.usefixtures("_heavy_imports_done")
def test_schema_errors_of_new_keys_are_errors_of_their_facts_in_the_run(pytester: pytest.Pytester) -> None:
    facts = (
        "sources: [articles/*]\n"
        + FACT_HEAD
        + "    as_of: soon\n\n"
        + "  - id: no-reason\n    claim: X.\n    subject: [x]\n    date: 2024\n"
        + "    allow:\n      - source: a.txt\n\n"
        + "  - id: bad-kind\n    claim: X.\n    subject: [x]\n    date: 2024\n"
        + "    examples:\n      maybe: [X was in 2024.]\n"
    )
    newsroom(pytester, facts, a_txt="The treaty was signed in June 2024.\n")
    result = run(pytester, "-v", "--factcheck-json=report.json")
    assert outcomes(result) == {"good": "PASSED", "broken": "ERROR", "no-reason": "ERROR", "bad-kind": "ERROR"}
    text = output(result)
    assert "facts.yaml:12:12: cannot read the text 'soon' as a as_of" in text
    assert "facts.yaml:19:9: this 'allow:' entry needs 'reason:'" in text
    assert "facts.yaml:26:7: unknown key 'maybe'" in text
    assert "Traceback" not in text
    entries = report(pytester)
    assert {entries[i]["line"] for i in ("broken", "no-reason", "bad-kind")} == {12, 19, 26}
