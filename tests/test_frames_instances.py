"""Frames, continued: holders in a list, new instances, sibling facts and the claim's event.

Sentences written for these tests, with invented facts; each row says the
verdict and, for ``unverifiable``, the reason code a sentence must get.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pytest_factcheck.checking import FactMatcher, check_document
from pytest_factcheck.model import Fact
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.sources import parse_document
from tests.test_frames import fact

VOTE = fact(
    """
    - id: party-share
      claim: The Liberal Party won 31.2% of the vote in the 2026 general election.
      subject: [Liberal Party, Liberals]
      context: [election, vote]
      quantity: 31.2%
    """
)
MAGNITUDE = fact(
    """
    - id: quake-magnitude
      claim: The Sendai earthquake had a magnitude of 7.4.
      subject: [magnitude]
      context: [Sendai, Miyagi]
      quantity: 7.4
    """
)
QUAKE_DATE = fact(
    """
    - id: quake-date
      claim: The Sendai earthquake struck on March 3, 2026.
      subject: [earthquake, quake]
      context: [Sendai, Miyagi]
      date: March 3, 2026
    """
)
RAISE = fact(
    """
    - id: pay-raise
      claim: The new contract raises pay by 31% over four years.
      subject: [raise, pay, wage]
      context: [contract]
      quantity: 31%
    """
)

PUBLISHED = dt.date(2026, 3, 10)
LEDE = "SENDAI, Japan — Rescuers searched the rubble on Tuesday.\n\nOfficials met on Monday.\n\n"


LISTS = [
    ("The Liberal Party won 31.2% of the vote in the election, ahead of the Greens on 18.4%.", "supports", None),
    ("In the election the Liberals took 31.2%, the Greens 18.4% and the Farmers' Union 9.9%.", "supports", None),
    ("In the election the Liberals took 27.9% of the vote and the Greens 18.4%.", "contradicts", None),
    ("In the election the Liberals 31.2% of the vote, the national front (nf) 18.4%, the left 9.9%.", "supports", None),
]


@pytest.mark.parametrize(("sentence", "verdict", "code"), LISTS, ids=[c[0][:50] for c in LISTS])
def test_a_figure_in_a_list_belongs_to_the_holder_of_its_item(
    sentence: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2026, 5, 1))
    (finding,) = check_document([FactMatcher.of(VOTE)], document, pipeline)
    assert finding.verdict.value == verdict, finding


def test_a_year_naming_the_claims_event_is_not_a_period_still_open(pipeline: Pipeline) -> None:
    """ "the 2026 general election" names the election: a result published in 2026 is compared."""
    document = replace(
        parse_document("The Liberal Party won 24.0% of the vote in the election.", ".txt", "doc.txt"),
        published=dt.date(2026, 5, 1),
    )
    (finding,) = check_document([FactMatcher.of(VOTE)], document, pipeline)
    assert finding.verdict.value == "contradicts", finding


NEW_INSTANCES = [
    # outside the lede, "an earthquake" is another one than the fact's
    (LEDE + "An earthquake with a magnitude of 5.9 hit Sendai on Thursday.", "quake-magnitude", "unverifiable"),
    (LEDE + "A smaller quake struck off Miyagi on March 5, 2026.", "quake-date", "unverifiable"),
    # named as the known one, a wrong value is a contradiction wherever it stands
    (LEDE + "The Sendai earthquake had a magnitude of 6.1.", "quake-magnitude", "contradicts"),
    (LEDE + "The Sendai earthquake struck on March 5, 2026.", "quake-date", "contradicts"),
    # in the lede, two sibling facts contradicted at once: another event
    ("A quake of magnitude 5.9 struck Sendai on March 5, 2026.", "quake-magnitude", "unverifiable"),
    ("A quake of magnitude 5.9 struck Sendai on March 5, 2026.", "quake-date", "unverifiable"),
    # in the lede, one sibling supported: it is the facts' event, and the other value contradicts
    ("A quake of magnitude 7.4 struck Sendai on March 5, 2026.", "quake-date", "contradicts"),
    ("A quake of magnitude 6.8 struck Sendai on March 3, 2026.", "quake-magnitude", "contradicts"),
]


@pytest.mark.parametrize(
    ("text", "fact_id", "verdict"), NEW_INSTANCES, ids=[f"{c[1]}:{c[0][-40:]}" for c in NEW_INSTANCES]
)
def test_a_thing_introduced_as_new_is_another_instance(
    text: str, fact_id: str, verdict: str, pipeline: Pipeline
) -> None:
    document = replace(parse_document(text, ".txt", "doc.txt"), published=PUBLISHED)
    found = check_document([FactMatcher.of(MAGNITUDE), FactMatcher.of(QUAKE_DATE)], document, pipeline)
    chosen = [f for f in found if f.fact_id == fact_id and f.quote.startswith(text.split("\n")[-1][:20])]
    verdicts = {f.verdict.value for f in chosen}
    if verdict == "contradicts":
        assert "contradicts" in verdicts, chosen
    else:
        assert verdicts == {"unverifiable"}, chosen
        assert any(f.reason_code in ("other-instance", "part") for f in chosen), chosen


EVENTS = [
    ("The union highlighted the 25% wage increase in the contract offer.", "unverifiable", "other-event"),
    ("The union had demanded a 40% pay rise before the new contract.", "unverifiable", None),
    ("The new contract raises pay by 25% over four years.", "contradicts", None),
    ("The contract gives workers a 25% raise over four years.", "contradicts", None),
]


@pytest.mark.parametrize(("sentence", "verdict", "code"), EVENTS, ids=[c[0][:50] for c in EVENTS])
def test_a_contradiction_needs_the_claims_event_or_its_thing(
    sentence: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    (finding,) = check_document([FactMatcher.of(RAISE)], parse_document(sentence, ".txt", "doc.txt"), pipeline)
    assert finding.verdict.value == verdict, finding
    if code is not None:
        assert finding.reason_code == code, finding


GUNMEN = fact(
    """
    - id: gunmen
      claim: Three gunmen carried out the attack on the Arena concert hall.
      subject: [gunmen, attackers]
      context: [Arena]
      quantity: 3
    """
)
TOLL = fact(
    """
    - id: toll
      claim: The Arena attack killed 61 people.
      subject: [killed, dead, death toll]
      context: [Arena]
      quantity: 61
    """
)
ATTACK_DATE = fact(
    """
    - id: attack-date
      claim: Gunmen attacked the Arena concert hall on May 9, 2026.
      subject: [attack, attacked]
      context: [Arena]
      date: May 9, 2026
    """
)
REOPENED = fact(
    """
    - id: hall-reopened
      claim: The Arena concert hall was declared reopened on June 30, 2026.
      subject: [reopened, reopening, ended]
      context: [Arena]
      date: June 30, 2026
    """
)

MORE = [
    # a figure that held until a change is not the figure now
    (TOLL, "The Arena death toll stood at 58 for days until officials revised it.", "unverifiable"),
    (TOLL, "The Arena death toll stood at 58, officials said.", "contradicts"),
    # a value that agrees wins over another figure of the sentence
    (TOLL, "The Arena attack killed 61 people, up from the 40 reported at first.", "supports"),
    # a headline's opening subject is not what a later figure counts, unless it is the claim's own
    (GUNMEN, "Gunmen Kill 75 At Arena Concert Hall", "unverifiable"),
    (GUNMEN, "Four Gunmen Attack Arena Concert Hall", "contradicts"),
    (TOLL, "Arena Attack Death Toll Rises To 75", "contradicts"),
]


@pytest.mark.parametrize(("f", "sentence", "verdict"), MORE, ids=[c[1][:50] for c in MORE])
def test_other_slots_of_a_sentence(f: Fact, sentence: str, verdict: str, pipeline: Pipeline) -> None:
    (finding,) = check_document([FactMatcher.of(f)], parse_document(sentence, ".txt", "doc.txt"), pipeline)
    assert finding.verdict.value == verdict, finding


def test_an_occurrence_verb_of_the_contrary_event_does_not_date_the_fact(pipeline: Pipeline) -> None:
    sentence = "The closure of the Arena that started in May has ended, officials said."
    (finding,) = check_document([FactMatcher.of(REOPENED)], parse_document(sentence, ".txt", "doc.txt"), pipeline)
    assert (finding.verdict.value, finding.reason_code) == ("unverifiable", "other-event"), finding


@pytest.mark.parametrize(
    "caption",
    [
        "epa11238438 People bring flowers to the Arena concert venue following an attack in the city, 11 May 2026.",
        "Photo: People lay flowers outside the Arena after the attack, Monday, May 11, 2026.",
        "FILE - People lay flowers outside the Arena after the attack on May 11, 2026, in the city (AP Photo/J. Doe).",
    ],
)
def test_a_photo_captions_date_is_when_the_photo_was_taken(caption: str, pipeline: Pipeline) -> None:
    (finding,) = check_document([FactMatcher.of(ATTACK_DATE)], parse_document(caption, ".txt", "doc.txt"), pipeline)
    assert finding.verdict.value == "unverifiable" and "photo caption" in finding.reason, finding


def test_the_reader_is_chosen_once_from_the_pipeline(pipeline: Pipeline, blank_pipeline: Pipeline) -> None:
    from pytest_factcheck.reading.readers import PARSED, WORD_ORDER
    from pytest_factcheck.reading.view import SentenceView

    for pipe, reader in ((pipeline, PARSED), (blank_pipeline, WORD_ORDER)):
        (sentence,) = next(pipe.pipe(["The Arena death toll stood at 58."])).sents
        view = SentenceView(sentence, pipe.has_parser)
        assert view.reader is reader
        assert view.in_date_order("DMY").reader is reader


SEATS = fact(
    """
    - id: labour-seats
      claim: Labour won 411 seats in the July 2026 general election.
      subject: [seats]
      context: [election, Commons]
      quantity: 411
    """
)

AGENTS = [
    ("In the election the Conservatives won 121 seats, their worst result.", "unverifiable", "other-participant"),
    ("In the election 121 seats were won by the Conservatives.", "unverifiable", "other-participant"),
    ("Labour won 400 seats in the election.", "contradicts", None),
    ("Keir Starmer's Labour won 400 seats in the election.", "contradicts", None),
    ("In the election Labour won 411 seats.", "supports", None),
]


@pytest.mark.parametrize(("sentence", "verdict", "code"), AGENTS, ids=[c[0][:50] for c in AGENTS])
def test_a_figure_of_another_named_agent_does_not_contradict(
    sentence: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2026, 8, 1))
    (finding,) = check_document([FactMatcher.of(SEATS)], document, pipeline)
    assert finding.verdict.value == verdict, finding
    if code is not None:
        assert finding.reason_code == code, finding


MEDALS = fact(
    """
    - id: medals
      claim: Norway won 37 medals at the 2026 Winter Games.
      subject: [medals, medal haul]
      context: [Norway, Norwegian, Games]
      quantity: 37
    """
)
GOLDS = fact(
    """
    - id: golds
      claim: Norway won 16 gold medals at the 2026 Winter Games.
      subject: [gold medals, golds]
      context: [Norway, Norwegian, Games]
      quantity: 16
    """
)
ATHLETES = fact(
    """
    - id: athletes
      claim: About 2,900 athletes competed at the 2026 Winter Games.
      subject: [athletes, competitors]
      context: [Games]
      quantity: 2900
      tolerance: 50
    """
)

SHARES = [
    ([MEDALS], "At the Games Norway's female skiers won 9 medals.", "medals", "unverifiable"),
    ([MEDALS, GOLDS], "At the Games Norway won 16 gold medals.", "medals", "unverifiable"),
    ([MEDALS, GOLDS], "At the Games Norway won 16 gold medals.", "golds", "supports"),
    ([MEDALS, GOLDS], "At the Games Norway won 30 medals.", "medals", "contradicts"),
    ([ATHLETES], "At the Games, Germany fielded 150 athletes.", "athletes", "unverifiable"),
    ([ATHLETES], "At the Games, 2,100 athletes competed.", "athletes", "contradicts"),
    ([MEDALS], "As of 6 p.m., Norway had 12 medals at the Games.", "medals", "unverifiable"),
]


@pytest.mark.parametrize(
    ("facts", "sentence", "fact_id", "verdict"), SHARES, ids=[f"{c[2]}:{c[1][:40]}" for c in SHARES]
)
def test_a_share_or_a_narrower_kind_does_not_contradict_a_total(
    facts: list[Fact], sentence: str, fact_id: str, verdict: str, pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2026, 3, 1))
    found = [f for f in check_document([FactMatcher.of(f) for f in facts], document, pipeline) if f.fact_id == fact_id]
    assert [f.verdict.value for f in found] == [verdict], found
