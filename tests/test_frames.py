"""Frames: which value counts for which fact, on sentences written for these tests.

Each kind of issue 7 is a table: a fact, a sentence, and the verdict with the
reason code the sentence must get. The facts are invented for the tests; the
sentences are not from any evaluation corpus.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.loader import load_yaml_text
from pytest_factcheck.model import Fact, Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.reading.codes import CODES
from pytest_factcheck.schema import validate
from pytest_factcheck.sources import parse_document


def fact(yaml_text: str) -> Fact:
    """One fact of a small facts.yaml, validated as the plugin does."""
    path = Path("facts.yaml")
    text = "sources: [doc.txt]\nfacts:\n" + textwrap.indent(textwrap.dedent(yaml_text), "  ")
    facts_file = validate(load_yaml_text(text, path), path)
    assert not facts_file.problems, facts_file.problems
    return facts_file.facts[0]


QUAKE = fact(
    """
    - id: quake-toll
      claim: The March 28, 2025 earthquake in Myanmar killed 3,700 people.
      subject: [earthquake, quake]
      quantity: 3,700
      tolerance: 3%
    """
)
TREATY = fact(
    """
    - id: treaty-signed
      claim: Russia and North Korea signed their mutual defence treaty in June 2024.
      subject: [treaty, pact]
      context: [signed, signing]
      date: June 2024
    """
)
FLIGHT = fact(
    """
    - id: flight-deportees
      claim: The first deportation flight to El Salvador carried 238 Venezuelans.
      subject: [Venezuelans, deportees]
      context: [flight, flights]
      quantity: 238
    """
)
TURNOUT = fact(
    """
    - id: turnout-2025
      claim: Turnout in the February 2025 election was 82.5%.
      subject: [turnout]
      quantity: 82.5%
    """
)
PLEDGE = fact(
    """
    - id: pledge
      claim: Japan pledged $5 billion to the fund.
      subject: [pledge]
      context: [Japan, Japanese]
      quantity: $5 billion
    """
)
BRIDGE = fact(
    """
    - id: bridge-opened
      claim: The Harbour Bridge opened in March 1932.
      subject: [bridge]
      context: [opened, opening]
      date: March 1932
    """
)
FATALITIES = fact(
    """
    - id: fire-deaths
      claim: The hotel fire killed 78 people.
      subject: [fire, blaze]
      context: [hotel]
      quantity: 78
    """
)

MINISTER = fact(
    """
    - id: berg-title
      claim: Anna Berg is Norway's finance minister.
      subject: [Berg]
      contradicted_by: [foreign minister, defence minister]
    """
)
STRIKE = fact(
    """
    - id: strike-start
      claim: Dockworkers began their strike on October 1, 2024.
      subject: [strike, walkout]
      date: October 1, 2024
    """
)
SPENDING = fact(
    """
    - id: spending-target
      claim: Norway will raise defence spending to 3% of GDP by 2030.
      subject: [defence spending]
      quantity: 3%
    """
)


def verdicts(f: Fact, text: str, pipe: Pipeline, published: dt.date | None = None) -> list[Finding]:
    document = parse_document(text, ".txt", "doc.txt")
    if published is not None:
        document = replace(document, published=published)
    return check_document([FactMatcher.of(f)], document, pipe)


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


CASES = [
    # another instance of the same kind of thing
    (TREATY, "Russia and North Korea signed the 1961 treaty in Moscow.", "unverifiable", "other-instance"),
    (TURNOUT, "Turnout at the last election was 76.6%.", "unverifiable", "other-instance"),
    (QUAKE, "The second quake, which killed 12 people, struck on Sunday.", "unverifiable", "other-instance"),
    (TREATY, "Putin signed the ratification law for the treaty in November 2024.", "unverifiable", None),
    # the value belongs to another slot of the sentence
    (FATALITIES, "The hotel fire killed 60 people in the east wing and 18 in the annex.", "unverifiable", "split"),
    (PLEDGE, "Japan's pledge amounts to $100 each for every resident.", "unverifiable", "distributive"),
    (FATALITIES, "Of the people the hotel fire killed, 30 of the victims were buried locally.", "unverifiable", None),
    (FATALITIES, "The hotel fire killed children aged 11 and under.", "unverifiable", "age"),
    (FLIGHT, "Some 9,000 Venezuelans returned on 40 flights this year.", "unverifiable", None),
    (QUAKE, "The quake killed 3,700 people, including 300 children.", "supports", None),
    # stance
    (BRIDGE, "A post falsely claimed the bridge opened in March 1990.", "unverifiable", "falsehood"),
    (QUAKE, "Rumours that the quake killed 50,000 people were dismissed by officials.", "unverifiable", None),
    (QUAKE, "Could the quake have killed 10,000 people?", "unverifiable", "question"),
    (QUAKE, "Experts warned the quake could have killed 10,000 people.", "unverifiable", "modality"),
    # events: the claim's verb, its synonyms and other events
    (FATALITIES, "More than 120 people were injured in the hotel fire.", "unverifiable", "other-event"),
    (QUAKE, "The quake injured 4,800 people.", "unverifiable", "other-event"),
    (TREATY, "The treaty entered into force in December 2024, after it was signed.", "unverifiable", None),
    # participants
    (FLIGHT, "The first flight carried 150 Venezuelans to Honduras.", "unverifiable", "other-participant"),
    # time
    (QUAKE, "MANDALAY, Myanmar, March 30, 2025 — The quake killed 1,700 people, officials said.", "contradicts", None),
    # recall
    (QUAKE, "At least 3,600 people died in the earthquake.", "supports", None),
    (QUAKE, "More than 5,000 people died in the earthquake.", "contradicts", None),
    (QUAKE, "The earthquake's death toll reached 5,200.", "contradicts", None),
    (PLEDGE, "Japan's gift of $8 billion was announced on Monday.", "contradicts", None),
    (TREATY, "Russia and North Korea inked the pact in June 2023.", "contradicts", None),
    # the claim's own title supports a title fact, said of the subject now
    (MINISTER, "Finance Minister Anna Berg presented the budget on Monday.", "supports", None),
    (MINISTER, "Berg, the country's finance minister, presented the budget.", "supports", None),
    (MINISTER, "Former finance minister Anna Berg criticised the budget.", "unverifiable", "no-value"),
    (MINISTER, "Foreign Minister Anna Berg met her Swedish counterpart.", "contradicts", None),
    # an occurrence verb dates its subject: "the strike began on …", "took place"
    (STRIKE, "The strike began on Oct. 1, 2024, at ports from Maine to Texas.", "supports", None),
    (STRIKE, "The walkout took place on October 3, 2024.", "contradicts", None),
    (STRIKE, "Talks began on October 3, 2024, two days into the strike.", "unverifiable", None),
    # a pledge in reported speech compares with a claim that is itself a pledge
    (SPENDING, "The minister said defence spending would rise to 3% of GDP by 2030.", "supports", None),
    (SPENDING, "The minister said defence spending would rise to 2.5% of GDP by 2030.", "contradicts", None),
    (SPENDING, "Analysts said defence spending could reach 4% of GDP by 2030.", "unverifiable", "modality"),
]


@pytest.mark.parametrize(("f", "sentence", "verdict", "code"), CASES, ids=[c[1][:60] for c in CASES])
def test_each_kind_gets_its_verdict(f: Fact, sentence: str, verdict: str, code: str | None, pipeline: Pipeline) -> None:
    finding = only(verdicts(f, sentence, pipeline))
    assert finding.verdict.value == verdict, finding
    if code is not None:
        assert finding.reason_code == code, finding
    if verdict == "unverifiable":
        assert finding.reason_code in CODES, finding


def test_a_source_published_before_the_event_cannot_report_it(pipeline: Pipeline) -> None:
    finding = only(verdicts(QUAKE, "The quake killed 12 people.", pipeline, dt.date(2019, 5, 2)))
    assert (finding.verdict, finding.reason_code) == (Verdict.UNVERIFIABLE, "before-event")


def test_the_datelines_day_is_not_the_time_of_the_figure(pipeline: Pipeline) -> None:
    crossings = fact(
        """
        - id: crossings
          claim: 36,816 people crossed the Channel in small boats in 2024.
          subject: [small boats, crossed]
          quantity: 36,816
        """
    )
    text = "LONDON, Jan. 2, 2025 — About 36,800 people crossed the Channel in small boats in 2024."
    assert only(verdicts(crossings, text, pipeline)).verdict is Verdict.SUPPORTS


def test_a_figure_published_before_the_period_ended_is_a_running_total(pipeline: Pipeline) -> None:
    crossings = fact(
        """
        - id: crossings
          claim: 36,816 people crossed the Channel in small boats in 2024.
          subject: [small boats, crossed]
          quantity: 36,816
        """
    )
    finding = only(verdicts(crossings, "So far, 30,000 people crossed in small boats.", pipeline, dt.date(2024, 10, 1)))
    assert (finding.verdict, finding.reason_code) == (Verdict.UNVERIFIABLE, "period-open")


def test_the_frame_is_read_from_the_claim(pipeline: Pipeline) -> None:
    frame = FactMatcher.of(FLIGHT).frame(pipeline.nlp, pipeline.has_parser, pipeline.name)
    assert frame.value_text == "238"
    assert frame.counted[0] == "venezuelans"
    assert "el salvador" in frame.places
    assert "first" in frame.instance
    assert "value: 238" in frame.describe() and "counts: venezuelans" in frame.describe()


BLANK_CASES = [c for c in CASES if c[3] in ("split", "age", "distributive", "falsehood", "question")]


@pytest.mark.parametrize(("f", "sentence", "verdict", "code"), BLANK_CASES, ids=[c[1][:60] for c in BLANK_CASES])
def test_word_order_kinds_hold_on_the_blank_pipeline(
    f: Fact, sentence: str, verdict: str, code: str | None, blank_pipeline: Pipeline
) -> None:
    findings = verdicts(f, sentence, blank_pipeline)
    assert all(finding.verdict is not Verdict.CONTRADICTS for finding in findings), findings


CARRIED = [
    ("Russia and North Korea discussed their defence treaty at length. It was signed on 19 June 2024.", "supports"),
    ("Russia and North Korea discussed their defence treaty at length. It was signed on 18 June 2023.", "contradicts"),
    ("Officials praised the treaty on Monday. They signed a trade deal on 18 June 2023.", None),
    ("Officials praised the treaty on Monday. Kim signed a trade deal on 18 June 2023.", None),
]


@pytest.mark.parametrize(("text", "verdict"), CARRIED, ids=[c[0][-40:] for c in CARRIED])
def test_an_opening_pronoun_carries_the_subject_of_the_sentence_before(
    text: str, verdict: str | None, pipeline: Pipeline
) -> None:
    findings = verdicts(TREATY, text, pipeline, dt.date(2024, 7, 1))
    carried = [f for f in findings if not f.quote.startswith(("Russia", "Officials"))]
    if verdict is None:
        assert all(f.verdict is not Verdict.CONTRADICTS for f in findings), findings
    else:
        assert [f.verdict.value for f in carried] == [verdict], findings


SIGNED = fact(
    """
    - id: accord-signed
      claim: The two governments signed the accord on June 5, 2024.
      subject: [accord]
      date: June 5, 2024
    """
)
NUMERIC = [
    ("LONDON, June 10, 2024 — The accord was signed on 05/06/2024.", "supports"),
    ("WASHINGTON, June 10, 2024 — The accord was signed on 06/05/2024.", "supports"),
    ("WASHINGTON, June 10, 2024 — The accord was signed on 05/06/2024.", "contradicts"),
    ("June 10, 2024 — The accord was signed on 05/06/2024.", "unverifiable"),
]


@pytest.mark.parametrize(("text", "verdict"), NUMERIC, ids=[c[0][:20] + c[1] for c in NUMERIC])
def test_an_all_number_date_is_read_in_the_convention_of_the_datelines_city(
    text: str, verdict: str, pipeline: Pipeline
) -> None:
    findings = verdicts(SIGNED, text, pipeline)
    assert {f.verdict.value for f in findings} == {verdict}, findings
