"""Sentence-level verdicts through the public core: facts from YAML, a
Document, and ``check_document`` on the real spaCy pipelines.

Most behaviour must hold with the trained pipeline and with the blank
fallback (``any_pipeline`` runs both); where only the trained parser can tell,
the test uses ``pipeline`` alone.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Fact, Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import validate

Check = Callable[..., list[Finding]]


def facts_from_yaml_text(text: str) -> tuple[Fact, ...]:
    """The facts of a small facts.yaml, validated as the plugin does."""
    path = Path("facts.yaml")
    facts_file = validate(load_yaml_text("sources: [doc.txt]\n" + textwrap.dedent(text), path), path)
    assert not facts_file.problems, facts_file.problems
    return facts_file.facts


NK_TROOPS = facts_from_yaml_text(
    """
    facts:
      - id: nk-troops-in-russia
        claim: North Korea has sent 14,000–15,000 troops to Russia.
        subject: [troops, soldiers]
        context: [North Korea, North Korean, Pyongyang, DPRK]
        exclude: [workers]
        quantity: 14,000–15,000
        tolerance: 5%
    """
)
NK_TROOPS_NO_EXCLUDE = facts_from_yaml_text(
    """
    facts:
      - id: nk-troops-in-russia
        claim: North Korea has sent 14,000–15,000 troops to Russia.
        subject: [troops, soldiers]
        context: [North Korea, North Korean, Pyongyang, DPRK]
        quantity: 14,000–15,000
        tolerance: 5%
    """
)
TREATY = facts_from_yaml_text(
    """
    facts:
      - id: treaty-signed
        claim: Russia and North Korea signed their mutual defence treaty in June 2024.
        subject: [treaty, pact]
        context: [signed, signing]
        date: June 2024
    """
)
KIM = facts_from_yaml_text(
    """
    facts:
      - id: kim-birthday
        claim: Kim Jong Un's birthday is January 8.
        subject: [birthday]
        context: [Kim, Kim Jong Un, Kim Jong-un]
        date: January 8
    """
)
HEADLINE_FACTS = facts_from_yaml_text(
    """
    facts:
      - id: dell-pledge
        claim: Michael Dell pledged $6.25 billion to children's investment accounts.
        subject: [Dell]
        quantity: $6.25 billion
      - id: venezuelan-repatriation-flight
        claim: A U.S. repatriation flight carried 266 Venezuelan migrants to Caracas.
        subject: [migrants]
        context: [Venezuelan]
        quantity: 266
    """
)
NEW_TREATY = facts_from_yaml_text(
    """
    facts:
      - id: treaty-is-new
        claim: The Russia–North Korea treaty is new, not a revived Soviet-era pact.
        subject: [treaty, pact]
        contradicted_by: [Soviet-era treaty, Cold War pact]
    """
)


def only(findings: list[Finding], fact_id: str | None = None) -> Finding:
    chosen = [f for f in findings if fact_id is None or f.fact_id == fact_id]
    assert len(chosen) == 1, [(f.fact_id, f.verdict.value, f.quote) for f in chosen]
    return chosen[0]


def contradictions(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.verdict is Verdict.CONTRADICTS]


# --- quantities -------------------------------------------------------------------------------------------------

TROOP_VERDICTS = [
    ("Pyongyang sent around 15,000 troops to Russia.", Verdict.SUPPORTS, "around 15,000"),
    ("Around 15,000 North Korean troops are in Russia.", Verdict.SUPPORTS, "Around 15,000"),
    ("North Korea sent fifteen thousand troops.", Verdict.SUPPORTS, "fifteen thousand"),
    ("North Korea sent 14,000 to 15,000 troops.", Verdict.SUPPORTS, "14,000 to 15,000"),
    ("Pyongyang has sent nearly 15,000 troops.", Verdict.SUPPORTS, "nearly 15,000"),
    ("Pyongyang has sent about 14,500 troops.", Verdict.SUPPORTS, "about 14,500"),
    ("Pyongyang has sent 15,500 troops.", Verdict.SUPPORTS, "15,500"),  # inside the 5% tolerance
    ("North Korea has deployed more than 10,000 troops.", Verdict.SUPPORTS, "more than 10,000"),
    ("North Korea has sent 15,000 of its troops.", Verdict.SUPPORTS, "15,000"),
    ("Pyongyang sent up to 12,000 troops to Russia.", Verdict.CONTRADICTS, "up to 12,000"),
    ("Pyongyang sent some 20,000 troops to Russia.", Verdict.CONTRADICTS, "some 20,000"),
    ("Some 20,000 North Korean troops are in Russia.", Verdict.CONTRADICTS, "Some 20,000"),
    ("Pyongyang has sent as many as 12,000 troops.", Verdict.CONTRADICTS, "as many as 12,000"),
    ("Pyongyang has sent at least 16,000 troops.", Verdict.CONTRADICTS, "at least 16,000"),
    ("Pyongyang has sent 15,800 troops.", Verdict.CONTRADICTS, "15,800"),  # just outside the tolerance
    ("Pyongyang sent between 12,000 and 13,000 troops to Russia.", Verdict.CONTRADICTS, "between 12,000 and 13,000"),
    ("Between 12,000 and 13,000 North Korean troops were sent.", Verdict.CONTRADICTS, "Between 12,000 and 13,000"),
    ("The number of North Korean troops in Russia rose to 20,000.", Verdict.CONTRADICTS, "20,000"),
    ("North Korea's 12,000 troops fought in Kursk.", Verdict.CONTRADICTS, "12,000"),
    ("Ukraine says 20,000 North Korean troops are in Kursk.", Verdict.CONTRADICTS, "20,000"),
    ("Pyongyang sent 12,000 soldiers and 3,000 workers' families.", Verdict.CONTRADICTS, "12,000"),
]


@pytest.mark.parametrize(("sentence", "verdict", "found"), TROOP_VERDICTS, ids=[c[0] for c in TROOP_VERDICTS])
def test_troop_counts(check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict, found: str) -> None:
    finding = only(check(NK_TROOPS_NO_EXCLUDE, sentence, any_pipeline))
    assert (finding.verdict, finding.found) == (verdict, found)
    assert finding.expected == "14,000–15,000"


NOT_THE_FACTS_FIGURE = [
    (
        "Reports indicate heavy casualties, with estimates ranging from 1,000 to over 6,000 North Korean soldiers "
        "killed or wounded.",
        "killed",
    ),
    ("About 3,000 North Korean troops were killed.", "killed"),
    ("Around 3,000 North Korean troops have died in Kursk.", "died"),
    ("Alongside its troops, Pyongyang agreed to send around 12,000 North Korean workers to Russia.", "workers"),
    ("Russia planned to employ around 12,000 North Korean workers, not troops, in Tatarstan.", "workers"),
    ("Russia has 50,000 Russian troops in Kursk alongside North Korean units.", "Russian"),
    ("Russia massed 50,000 Russian troops in Kursk, supported by North Korean units.", "Russian"),
    ("Russia has 50,000 Russian troops, including North Korean soldiers, in Kursk.", "Russian"),
    ("Besides its troops, Pyongyang has sent more than 10,000 containers of shells to Russia.", "containers"),
]


@pytest.mark.parametrize(("sentence", "why"), NOT_THE_FACTS_FIGURE, ids=[c[0][:70] for c in NOT_THE_FACTS_FIGURE])
def test_numbers_that_count_something_else_do_not_contradict(
    check: Check, any_pipeline: Pipeline, sentence: str, why: str
) -> None:
    """Casualties, workers and Russian troops are counted in sentences about the fact, even without exclude."""
    finding = only(check(NK_TROOPS_NO_EXCLUDE, sentence, any_pipeline))
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert finding.found is None
    assert why in finding.reason


def test_a_denied_figure_does_not_contradict(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "North Korea denied sending 20,000 troops.", any_pipeline))
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert "denies" in finding.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia sent 20,000 troops to Ukraine.",
        "Russia planned to employ around 12,000 North Korean workers to produce drones.",
        "North Korea sent 20,000 workers to Russia.",
    ],
    ids=["no context term", "no subject term", "subject missing, context present"],
)
def test_a_sentence_without_subject_and_context_is_not_about_the_fact(
    check: Check, any_pipeline: Pipeline, sentence: str
) -> None:
    assert check(NK_TROOPS, sentence, any_pipeline) == []


def test_an_exclude_term_drops_the_sentence(check: Check, any_pipeline: Pipeline) -> None:
    sentence = "Besides troops, North Korea sent 20,000 workers to Russia."
    assert check(NK_TROOPS, sentence, any_pipeline) == []
    assert check(NK_TROOPS_NO_EXCLUDE, sentence, any_pipeline) != []


def test_a_singular_subject_matches_the_plural_in_text(check: Check, any_pipeline: Pipeline) -> None:
    facts = facts_from_yaml_text(
        """
        facts:
          - id: troops
            claim: North Korea sent 14,000–15,000 troops.
            subject: [troop]
            context: [Pyongyang]
            quantity: 14,000–15,000
        """
    )
    finding = only(check(facts, "Pyongyang sent 20,000 troops to Russia.", any_pipeline))
    assert (finding.verdict, finding.found) == (Verdict.CONTRADICTS, "20,000")


def test_a_plural_subject_matches_the_singular_in_text(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "Pyongyang sent 20,000 troop to Russia.", any_pipeline))
    assert finding.verdict is Verdict.CONTRADICTS


HEADLINES = [
    ("Michael Dell Pledges $6.25 Billion to Boost Children’s Investment Accounts", "dell-pledge", Verdict.SUPPORTS),
    ("Michael Dell Pledges $5 Billion to Boost Children’s Investment Accounts", "dell-pledge", Verdict.CONTRADICTS),
    ("Dell pledged $5 billion to the accounts.", "dell-pledge", Verdict.CONTRADICTS),
    ("Dell pledged $5bn to the accounts.", "dell-pledge", Verdict.CONTRADICTS),
    ("Dell pledged $6.25 billion to the accounts.", "dell-pledge", Verdict.SUPPORTS),
    (
        "U.S. Repatriation Flight Carrying 266 Venezuelan Migrants Lands in Caracas",
        "venezuelan-repatriation-flight",
        Verdict.SUPPORTS,
    ),
    (
        "U.S. Repatriation Flight Carrying 300 Venezuelan Migrants Lands in Caracas",
        "venezuelan-repatriation-flight",
        Verdict.CONTRADICTS,
    ),
    ("A flight carried 300 Venezuelan migrants to Caracas.", "venezuelan-repatriation-flight", Verdict.CONTRADICTS),
]


@pytest.mark.parametrize(("sentence", "fact_id", "verdict"), HEADLINES, ids=[c[0][:60] for c in HEADLINES])
def test_amounts_and_headlines(
    check: Check, any_pipeline: Pipeline, sentence: str, fact_id: str, verdict: Verdict
) -> None:
    assert only(check(HEADLINE_FACTS, sentence, any_pipeline), fact_id).verdict is verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Turnout was 45%.", Verdict.CONTRADICTS),
        ("Turnout was 45 percent.", Verdict.CONTRADICTS),
        ("Turnout was 45 per cent.", Verdict.CONTRADICTS),
        ("Turnout was 40 per cent.", Verdict.SUPPORTS),
        ("Turnout was about 41%.", Verdict.SUPPORTS),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_percentages_in_any_spelling(check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict) -> None:
    facts = facts_from_yaml_text(
        """
        facts:
          - id: turnout
            claim: Turnout was 40%.
            subject: [turnout]
            quantity: 40%
        """
    )
    assert only(check(facts, sentence, any_pipeline)).verdict is verdict


def test_an_amount_in_another_unit_is_not_compared(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(HEADLINE_FACTS, "Dell pledged 5% of his fortune.", any_pipeline), "dell-pledge")
    assert finding.verdict is Verdict.UNVERIFIABLE


# --- dates ------------------------------------------------------------------------------------------------------

TREATY_VERDICTS = [
    (
        "The treaty, originally signed during the Cold War era, underpins the long-standing alliance between the two "
        "countries.",
        Verdict.CONTRADICTS,
        "the Cold War era",
    ),
    ("The treaty, signed in June 2024, entered into force in December 2024.", Verdict.SUPPORTS, "June 2024"),
    ("The pact was signed in December 2024 in Pyongyang.", Verdict.CONTRADICTS, "December 2024"),
    ("The pact was signed in 2024.", Verdict.SUPPORTS, "2024"),
    ("The treaty was signed on June 19, 2024.", Verdict.SUPPORTS, "June 19, 2024"),
    ("The treaty was signed during World War II.", Verdict.CONTRADICTS, "World War II"),
    ("The treaty signed during the Korean War was revived.", Verdict.CONTRADICTS, "the Korean War"),
    ("The treaty, signed in Soviet times, was renewed in June 2024.", Verdict.CONTRADICTS, "Soviet times"),
    ("The treaty was signed in the 1960s.", Verdict.CONTRADICTS, "the 1960s"),
    ("The treaty was signed in 2023 and ratified in June 2024.", Verdict.CONTRADICTS, "2023"),
]


@pytest.mark.parametrize(("sentence", "verdict", "found"), TREATY_VERDICTS, ids=[c[2] for c in TREATY_VERDICTS])
def test_treaty_dates(check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict, found: str) -> None:
    finding = only(check(TREATY, sentence, any_pipeline))
    assert (finding.verdict, finding.found) == (verdict, found)
    assert finding.expected == "June 2024"


def test_a_named_period_shows_its_years(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(TREATY, "The treaty, originally signed during the Cold War era, stands.", any_pipeline))
    assert finding.found_detail == "the Cold War era (1947–1991)"


def test_a_later_event_of_the_same_treaty_does_not_contradict_its_signing(check: Check, any_pipeline: Pipeline) -> None:
    findings = check(TREATY, "The treaty, signed in June 2024, entered into force in December 2024.", any_pipeline)
    assert contradictions(findings) == []
    assert check(TREATY, "The treaty entered into force in December 2024.", any_pipeline) == []


RELATIVE_TREATY = [
    ("2024-06-21", "The treaty was signed earlier this week in Pyongyang.", Verdict.SUPPORTS),
    ("2024-07-21", "The treaty was signed earlier this week in Pyongyang.", Verdict.CONTRADICTS),
    ("2024-06-21", "The treaty was signed on Wednesday in Pyongyang.", Verdict.SUPPORTS),
    ("2025-10-09", "The treaty was signed in June last year.", Verdict.SUPPORTS),
    ("2025-10-09", "The treaty was signed last year.", Verdict.SUPPORTS),
    ("2025-10-09", "The treaty was signed in October last year.", Verdict.CONTRADICTS),
    ("2025-10-09", "The treaty was signed two years ago.", Verdict.CONTRADICTS),
    ("2026-03-01", "The treaty was signed two years ago.", Verdict.SUPPORTS),
]


@pytest.mark.parametrize(
    ("published", "sentence", "verdict"), RELATIVE_TREATY, ids=[f"{c[0]}: {c[1][22:]}" for c in RELATIVE_TREATY]
)
def test_relative_dates_are_read_against_the_publication_date(
    check: Check, any_pipeline: Pipeline, published: str, sentence: str, verdict: Verdict
) -> None:
    text = f"---\ntitle: Treaty\ndate: {published}\n---\n{sentence}\n"
    finding = only(check(TREATY, text, any_pipeline, ".md"))
    assert finding.verdict is verdict
    assert finding.line == 5


def test_a_relative_date_without_a_publication_date_is_unverifiable(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(TREATY, "The treaty was signed last year.", any_pipeline))
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert "publication date" in finding.reason


def test_the_dateline_gives_relative_dates_their_year(check: Check, any_pipeline: Pipeline) -> None:
    text = "SEOUL, Nov. 4, 2025 — Officials recalled it.\n\nThe treaty was signed in October last year.\n"
    finding = only(check(TREATY, text, any_pipeline))
    assert (finding.verdict, finding.line) == (Verdict.CONTRADICTS, 3)


@pytest.mark.parametrize(
    ("sentence", "verdict", "found"),
    [
        (
            "Analysts believe Putin sent his message around Kim's January eighth birthday.",
            Verdict.SUPPORTS,
            "January eighth",
        ),
        (
            "Analysts believe Putin sent his message around Kim's February eighth birthday.",
            Verdict.CONTRADICTS,
            "February eighth",
        ),
    ],
    ids=["January eighth", "February eighth"],
)
def test_a_recurring_date(check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict, found: str) -> None:
    finding = only(check(KIM, sentence, any_pipeline))
    assert (finding.verdict, finding.found, finding.expected) == (verdict, found, "January 8")


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Kim's birthday is January 8.", Verdict.SUPPORTS),
        ("Kim's birthday is February 8.", Verdict.CONTRADICTS),
        ("Kim's birthday falls on February 8.", Verdict.CONTRADICTS),
    ],
    ids=["is January 8", "is February 8", "falls on February 8"],
)
def test_a_recurring_date_by_word_order(
    check: Check, blank_pipeline: Pipeline, sentence: str, verdict: Verdict
) -> None:
    assert only(check(KIM, sentence, blank_pipeline)).verdict is verdict


def test_the_year_of_a_dated_birthday_does_not_matter(check: Check, any_pipeline: Pipeline) -> None:
    text = "Kim's birthday fell on Thursday, January 8, 2026, officials said."
    assert contradictions(check(KIM, text, any_pipeline)) == []


# --- contradicted_by phrases ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verdict", "found"),
    [
        ("It revives a Soviet-era treaty with Moscow.", Verdict.CONTRADICTS, "Soviet-era treaty"),
        ("Two Soviet-era treaties were revived.", Verdict.CONTRADICTS, "Soviet-era treaties"),
        ("It is, in effect, a Cold War pact.", Verdict.CONTRADICTS, "Cold War pact"),
        ("Officials denied the Soviet-era treaty was revived.", Verdict.UNVERIFIABLE, "Soviet-era treaty"),
        ("The treaty is new.", Verdict.UNVERIFIABLE, None),
    ],
    ids=["phrase", "inflected phrase", "second phrase", "denied", "no phrase"],
)
def test_contradicted_by_phrases(
    check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict, found: str | None
) -> None:
    finding = only(check(NEW_TREATY, sentence, any_pipeline))
    assert (finding.verdict, finding.found) == (verdict, found)
    assert finding.expected == "not: Soviet-era treaty; Cold War pact"


# --- where a finding points -------------------------------------------------------------------------------------


def test_line_of_a_finding_in_a_multi_line_document(check: Check, any_pipeline: Pipeline) -> None:
    text = (
        "Headline about Russia\n"
        "\n"
        "First paragraph without the subject.\n"
        "Second line here.\n"
        "\n"
        "Analysts said Pyongyang sent\n"
        "some 20,000 troops to Russia. Later, Pyongyang sent 30,000 troops.\n"
        "Pyongyang sent 15,000 troops.\n"
    )
    findings = check(NK_TROOPS, text, any_pipeline)
    assert [(f.line, f.found) for f in findings] == [(6, "some 20,000"), (7, "30,000"), (8, "15,000")]


def test_line_of_a_finding_after_markdown_front_matter(check: Check, any_pipeline: Pipeline) -> None:
    text = '---\ntitle: "Pyongyang sent 99 troops"\ndate: 2025-01-01\n---\n\n# News\n\nPyongyang sent 20,000 troops.\n'
    finding = only(check(NK_TROOPS, text, any_pipeline, ".md"))
    assert (finding.line, finding.found) == (8, "20,000")


def test_line_of_a_finding_in_html(check: Check, any_pipeline: Pipeline) -> None:
    text = (
        "<html><head><title>Pyongyang sent 99 troops</title></head>\n"
        "<body>\n"
        "<h1>News</h1>\n"
        "<p>Intro paragraph.</p>\n"
        "<p>Officials said\n"
        "Pyongyang sent <b>some 20,000</b> troops.</p>\n"
        "</body></html>\n"
    )
    finding = only(check(NK_TROOPS, text, any_pipeline, ".html"))
    # A browser joins the lines of one <p>: the sentence starts on line 5, its figure is on line 6.
    assert (finding.line, finding.found, finding.quote) == (
        5,
        "some 20,000",
        "Officials said Pyongyang sent some 20,000 troops.",
    )
    assert (finding.value_line, finding.value_column) == (6, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent some 20,000 troops.",
        "Intro. Analysts said  Pyongyang\nsent   some 20,000 troops.",
        "   Pyongyang sent some 20,000 troops.",
        "“Pyongyang sent some 20,000 troops,” an analyst said.",
    ],
    ids=["simple", "irregular spaces and a line break", "leading spaces", "quoted"],
)
def test_the_column_points_at_the_value_in_the_quote(check: Check, any_pipeline: Pipeline, text: str) -> None:
    finding = only(check(NK_TROOPS, text, any_pipeline))
    assert finding.quote[finding.column : finding.column + finding.width] == "some 20,000"
    assert "  " not in finding.quote and "\n" not in finding.quote
    assert finding.to_json()["column"] == finding.column + 1


def test_a_finding_in_a_quotation_says_so(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, '"We sent 12,000 troops," a Pyongyang official said.', any_pipeline))
    assert finding.quoted
    assert finding.verdict is Verdict.CONTRADICTS


def test_a_finding_names_who_said_it(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "According to the NIS, Pyongyang sent 12,000 troops.", any_pipeline))
    assert finding.attributed_to == "the NIS"


def test_the_trained_parser_finds_the_speaker(check: Check, pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "North Korea sent 12,000 troops, South Korean officials said.", pipeline))
    assert finding.attributed_to == "South Korean officials"


def test_every_fact_is_judged_on_a_shared_sentence(check: Check, any_pipeline: Pipeline) -> None:
    facts: tuple[Fact, ...] = (*NK_TROOPS, *TREATY)
    text = "After the treaty was signed in 1999, Pyongyang sent 20,000 troops."
    findings = check(facts, text, any_pipeline)
    assert {f.fact_id: f.verdict for f in findings} == {
        "nk-troops-in-russia": Verdict.CONTRADICTS,
        "treaty-signed": Verdict.CONTRADICTS,
    }


def test_a_document_about_nothing_has_no_findings(check: Check, any_pipeline: Pipeline) -> None:
    assert check((*NK_TROOPS, *TREATY, *KIM), "The weather in Seoul was mild.\n\nNothing else.", any_pipeline) == []


def test_a_very_long_paragraph_is_checked_in_bounded_pieces(check: Check, blank_pipeline: Pipeline) -> None:
    text = "Filler sentence about the weather. " * 1500 + "Pyongyang sent some 20,000 troops."
    finding = only(check(NK_TROOPS, text, blank_pipeline))
    assert finding.found == "some 20,000"


def test_a_hedged_amount_with_a_scale_word_keeps_the_scale(check: Check, any_pipeline: Pipeline) -> None:
    facts = facts_from_yaml_text(
        """
        facts:
          - id: army
            claim: North Korea has 1.2 million soldiers.
            subject: [soldiers]
            quantity: 1.2 million
        """
    )
    finding = only(check(facts, "North Korea has some 1.2 million soldiers.", any_pipeline))
    assert (finding.verdict, finding.found) == (Verdict.SUPPORTS, "some 1.2 million")


def test_the_dateline_date_is_not_a_claim_about_the_fact(check: Check, any_pipeline: Pipeline) -> None:
    text = "SEOUL, Nov. 4, 2025 — Russia and North Korea signed the treaty in June 2024.\n"
    finding = only(check(TREATY, text, any_pipeline))
    assert (finding.verdict, finding.found) == (Verdict.SUPPORTS, "June 2024")


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "The strengthened alliance follows the June 2024 signing of a mutual defense treaty during Putin's visit "
            "to Pyongyang.",
            Verdict.SUPPORTS,
        ),
        ("Russia and North Korea signed a mutual defense treaty in 1999.", Verdict.CONTRADICTS),
    ],
    ids=["seed 001 line 7", "1999"],
)
def test_a_spelling_variant_of_the_claims_words_is_the_same_treaty(
    check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict
) -> None:
    """The claim says "defence treaty"; an American "defense treaty" is the same one, not another treaty."""
    assert only(check(TREATY, sentence, any_pipeline)).verdict is verdict


# --- bugs -------------------------------------------------------------------------------------------------------


def test_no_more_than_contradicts_a_larger_figure(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "North Korea has deployed no more than 12,000 troops.", any_pipeline))
    assert finding.verdict is Verdict.CONTRADICTS


def test_a_count_that_looks_like_a_year_is_still_a_count(check: Check, any_pipeline: Pipeline) -> None:
    finding = only(check(NK_TROOPS, "Pyongyang sent 2000 troops to Russia.", any_pipeline))
    assert (finding.verdict, finding.found) == (Verdict.CONTRADICTS, "2000")


def test_half_a_million_supports_five_hundred_thousand(check: Check, any_pipeline: Pipeline) -> None:
    facts = facts_from_yaml_text(
        """
        facts:
          - id: displaced
            claim: 500,000 people fled the city.
            subject: [people]
            quantity: 500,000
        """
    )
    assert only(check(facts, "Half a million people fled the city.", any_pipeline)).verdict is Verdict.SUPPORTS


@pytest.mark.parametrize("sentence", ["Kim's birthday is February 8.", "Kim's birthday falls on February 8."])
def test_the_trained_parser_reads_a_birthday_given_after_the_verb(
    check: Check, pipeline: Pipeline, sentence: str
) -> None:
    assert only(check(KIM, sentence, pipeline)).verdict is Verdict.CONTRADICTS


_OWN_DATE_BUG = ()


@pytest.mark.parametrize(
    "when",
    [
        pytest.param("in June of 2024", marks=_OWN_DATE_BUG),
        pytest.param("in June, 2024", marks=_OWN_DATE_BUG),
        pytest.param("on June 19-20, 2024", marks=_OWN_DATE_BUG),
        "on June 19 last year",
        "in June 2024",
        "on 19 June 2024",
    ],
)
def test_the_facts_own_date_does_not_contradict_it(check: Check, any_pipeline: Pipeline, when: str) -> None:
    text = f"---\ndate: 2025-10-09\n---\nThe treaty was signed {when}.\n"
    assert contradictions(check(TREATY, text, any_pipeline, ".md")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Seoul said Pyongyang had sent some\n20,000 troops to Russia by December.\n",
        "Officials in Seoul said that some 20,000 troops from\nPyongyang had arrived in Russia.\n",
    ],
    ids=["wrapped before the number", "wrapped before the context term"],
)
def test_a_hard_wrapped_sentence_is_one_sentence(check: Check, any_pipeline: Pipeline, text: str) -> None:
    assert [f.verdict for f in check(NK_TROOPS, text, any_pipeline)] == [Verdict.CONTRADICTS]


def test_a_markdown_link_target_is_not_prose(check: Check, any_pipeline: Pipeline) -> None:
    text = "See [the treaty signed in June 2024](https://example.com/2019/05/treaty) for details.\n"
    assert contradictions(check(TREATY, text, any_pipeline, ".md")) == []


def test_a_negated_date_does_not_contradict_on_the_blank_pipeline(check: Check, blank_pipeline: Pipeline) -> None:
    assert contradictions(check(TREATY, "The treaty was not signed in 2023.", blank_pipeline)) == []


VISIT_GAP = facts_from_yaml_text(
    """
    facts:
      - id: putin-visit-gap
        claim: Putin's June 2024 visit was the first by a Russian leader in 24 years.
        subject: [visit]
        context: [Putin, Russian leader]
        quantity: 24 years
    """
)


@pytest.mark.parametrize(
    ("sentence", "verdict", "found"),
    [
        ("Putin's visit to Pyongyang was the first by a Russian leader in 24 years.", Verdict.SUPPORTS, "24"),
        ("It was Putin's first visit in 19 years.", Verdict.CONTRADICTS, "19"),
        ("Putin's visit came 24 days after the summit.", Verdict.UNVERIFIABLE, None),
    ],
    ids=["same gap", "other gap", "days, not years"],
)
def test_an_ordinal_of_years_is_a_quantity(
    check: Check, any_pipeline: Pipeline, sentence: str, verdict: Verdict, found: str | None
) -> None:
    finding = only(check(VISIT_GAP, sentence, any_pipeline))
    assert (finding.verdict, finding.found) == (verdict, found)
