"""Frames, the agent slot and sibling facts: whose figure a value is.

Sentences written for these tests, with invented facts. A figure said of
another country, party or person than the claim's agent, of "other parties",
or one that is a sibling fact's own figure, must not contradict the fact;
the fact's own agent's wrong figure still does.
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

MEDALS = fact(
    """
    - id: medals
      claim: Canada won 52 medals at the 2028 Summer Games.
      subject: [medals, medal haul]
      context: [Canada, Canadian, Games]
      quantity: 52
    """
)
SEATS = fact(
    """
    - id: seats
      claim: The Green Party won 88 seats in the 2027 general election.
      subject: [seats]
      context: [Greens, Green Party, election]
      quantity: 88
    """
)
RIVAL_SEATS = fact(
    """
    - id: rival-seats
      claim: The Liberal Party won 61 seats in the 2027 general election.
      subject: [seats]
      context: [Liberals, Liberal Party]
      quantity: 61
    """
)

OTHERS = [
    ([MEDALS], "At the Games, the Brazilian delegation got 31 medals.", "medals", "unverifiable", "other-participant"),
    (
        [MEDALS],
        "At the Games Spain won 9 golds and their total tally of 23 medals was their best ever.",
        "medals",
        "unverifiable",
        "other-participant",
    ),
    ([MEDALS], "At the Games, Canadian rowers collected 11 medals.", "medals", "unverifiable", "part"),
    ([MEDALS], "He also won a bronze at the Games, his fourth of five medals.", "medals", "unverifiable", None),
    (
        [MEDALS],
        "Ada Lin, a diver from Chile, led all athletes at the Games with seven medals won.",
        "medals",
        "unverifiable",
        "other-participant",
    ),
    ([MEDALS], "At the Games Canada won 44 medals.", "medals", "contradicts", None),
    ([MEDALS], "At the Games, Canadian athletes won 44 medals.", "medals", "contradicts", None),
    (
        [MEDALS],
        "At the Games the host nation, Brazil, finished third with 61 medals.",
        "medals",
        "unverifiable",
        "other-participant",
    ),
    (
        [SEATS],
        "In the election the Pirate Party, which enters parliament for the first time, secured 12 seats.",
        "seats",
        "unverifiable",
        "other-participant",
    ),
    ([MEDALS], "Canada's medal haul at the Games reached 52.", "medals", "supports", None),
    (
        [SEATS],
        "In the election the Greens won 88 seats, with the Pirates and the Farmers both getting four seats.",
        "seats",
        "supports",
        None,
    ),
    (
        [SEATS],
        "In the election the Greens won 80 seats, with the Pirates and the Farmers both getting four seats.",
        "seats",
        "contradicts",
        None,
    ),
    ([SEATS], "In the election 36 seats went to other parties, the Greens said.", "seats", "unverifiable", None),
    (
        [SEATS, RIVAL_SEATS],
        "In the election: 88 seats for the Greens, 61 for the Liberal Party.",
        "rival-seats",
        "unverifiable",
        "sibling-value",
    ),
    (
        [SEATS, RIVAL_SEATS],
        "In the election: 61 seats for the Liberal Party, 88 for the Greens.",
        "seats",
        "unverifiable",
        "sibling-value",
    ),
    ([SEATS, RIVAL_SEATS], "In the election the Greens won 61 seats.", "seats", "contradicts", None),
]


@pytest.mark.parametrize(
    ("facts", "sentence", "fact_id", "verdict", "code"), OTHERS, ids=[f"{c[2]}:{c[1][:45]}" for c in OTHERS]
)
def test_a_figure_belongs_to_its_own_agent(
    facts: list[Fact], sentence: str, fact_id: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2028, 9, 1))
    matchers = [FactMatcher.of(f) for f in facts]
    findings = [f for f in check_document(matchers, document, pipeline) if f.fact_id == fact_id]
    assert findings, "the sentence must be read as about the fact"
    assert {f.verdict.value for f in findings} == {verdict}, findings
    if code is not None:
        assert {f.reason_code for f in findings} == {code}, findings


CUT = fact(
    """
    - id: rate-cut
      claim: The central bank cut its main rate by 50 basis points on 17 March 2027.
      subject: [cut, rate cut]
      context: [central bank]
      quantity: 50 basis points
    """
)
DEAL_DATE = fact(
    """
    - id: deal-date
      claim: The climate deal was agreed on 24 November 2027.
      subject: [deal, agreement]
      context: [climate]
      date: 24 November 2027
    """
)
RETURNED = fact(
    """
    - id: returned
      claim: 252 prisoners were flown home in the exchange.
      subject: [prisoners]
      context: [exchange]
      quantity: 252
    """
)

CUT_DATE = fact(
    """
    - id: rate-cut-date
      claim: The central bank cut its main rate on 17 March 2027.
      subject: [cut, rate cut]
      context: [central bank]
      date: 17 March 2027
    """
)

CUT_SIZE = fact(
    """
    - id: rate-cut-size
      claim: On 17 March 2027 the central bank cut its main rate by half a percentage point.
      subject: [cut, rate cut, rates]
      context: [central bank]
      quantity: 0.5 percentage point
    """
)

RAISE = fact(
    """
    - id: raise
      claim: The new contract raises pay 31% over four years.
      subject: [raise, pay]
      context: [contract, deal]
      quantity: 31%
    """
)

HOLIDAY = fact(
    """
    - id: founders-day
      claim: Founders' Day falls on 14 May.
      subject: [Founders' Day]
      date: 14 May
    """
)
TOLL = fact(
    """
    - id: storm-toll
      claim: The storms of October 2027 killed 230 people in the province.
      subject: [killed, dead, deaths, died]
      context: [storms, province]
      quantity: 230
    """
)

ATHLETES = fact(
    """
    - id: athletes
      claim: About 10,500 athletes competed at the 2027 Summer Games.
      subject: [athletes]
      context: [Games]
      quantity: 10500
      tolerance: 100
    """
)

COLLAPSE = fact(
    """
    - id: collapse-date
      claim: The Harbour Bridge collapsed on 26 March 2027.
      subject: [collapse, collapsed]
      context: [Harbour Bridge]
      date: 26 March 2027
    """
)

FIRES = fact(
    """
    - id: fires-start
      claim: The Ridge and Canyon fires broke out on 7 January 2027.
      subject: [broke out, started]
      context: [Ridge, Canyon, fires, fire]
      date: 7 January 2027
    """
)

JOINED = fact(
    """
    - id: joined
      claim: Ruritania joined the alliance in March 2026.
      subject: [joined, member]
      context: [Ruritania, alliance]
      date: March 2026
    """
)

WORDS = [
    (JOINED, "Ruritania, the alliance's newest member since 2025, offered jets to its neighbour.", "contradicts", None),
    (CUT_DATE, "The central bank, which cut its main rate on 20 March 2027, could cut again.", "contradicts", None),
    (CUT_DATE, "The central bank could cut its main rate on 20 March 2027.", "unverifiable", "modality"),
    (
        CUT_DATE,
        "The central bank cut its main rate on 21 April, following up on the cut it made on 17 March 2027.",
        "supports",
        None,
    ),
    (CUT_DATE, "The central bank cut its main rate in March 2027, on 20 March.", "contradicts", None),
    (FIRES, "The Kenneth Fire, which started on 9 January, was stopped quickly.", "unverifiable", "other-instance"),
    (FIRES, "The Canyon Fire started on 9 January in the hills.", "contradicts", None),
    (COLLAPSE, "Crews have worked at the Harbour Bridge since the March 28 collapse.", "contradicts", None),
    (COLLAPSE, "Crews have worked at the Harbour Bridge since its collapse on 28 March.", "contradicts", None),
    (COLLAPSE, "Traffic has fallen since the Harbour Bridge collapse began on 28 March.", "contradicts", None),
    (COLLAPSE, "The Harbour Bridge collapse was the worst since records began in 1932.", "unverifiable", "bound"),
    (CUT_SIZE, "In March the central bank trimmed rates by a quarter of a percentage point.", "contradicts", None),
    (ATHLETES, "She is one of just five athletes to win five medals at the Games.", "unverifiable", None),
    (ATHLETES, "At the Games, 9,000 athletes competed in 32 sports.", "contradicts", None),
    (HOLIDAY, "Veterans stood beside the mayor on 14 May for Founders' Day.", "supports", None),
    (HOLIDAY, "Veterans stood beside the mayor on 12 May for Founders' Day.", "unverifiable", None),
    (TOLL, "The storms killed 230 people in the province on 29 October.", "supports", None),
    (TOLL, "The storms killed 250 people in the province on 29 October.", "contradicts", None),
    (TOLL, "The first storm alone killed 160 people in the province.", "unverifiable", "part"),
    (RETURNED, "After the exchange the prisoners were flown home in a three-way deal.", "unverifiable", None),
    (RAISE, "Workers rejected a deal that would have raised pay 25% over four years.", "unverifiable", "modality"),
    (RAISE, "The deal raised pay 25% over four years.", "contradicts", None),
    (CUT_SIZE, "The central bank has cut rates by three-quarters of a point since March.", "unverifiable", "aggregate"),
    (CUT_SIZE, "Central Bank Cuts Rates by Quarter-Point", "unverifiable", "other-time"),
    (CUT_SIZE, "The central bank is cutting rates by a quarter of a percentage point.", "unverifiable", "other-time"),
    (CUT_SIZE, "In March the central bank cut rates by a quarter of a percentage point.", "contradicts", None),
    (CUT_SIZE, "In March the central bank cut rates by half a point.", "supports", None),
    (CUT_DATE, "Two more cuts from the central bank are due next year.", "unverifiable", "modality"),
    (CUT_DATE, "The central bank will cut its main rate next year.", "contradicts", None),
    (CUT_DATE, "Two more cuts from the central bank are due in 2028.", "unverifiable", "modality"),
    (CUT_DATE, "The central bank cut its main rate in April 2027.", "contradicts", None),
    (
        CUT_DATE,
        "The mood among central bank staff at today's meeting was that the cut came too late.",
        "unverifiable",
        None,
    ),
    (CUT, "At the central bank, a governor preferred to cut the rate by 25 basis points.", "unverifiable", "modality"),
    (CUT, "The central bank now sees several more 25 basis point cuts this year.", "unverifiable", "other-instance"),
    (CUT, "The central bank cut its rate by 25 basis points.", "contradicts", None),
    (DEAL_DATE, "The climate deal aims to triple finance by 2035.", "unverifiable", "bound"),
    (
        RETURNED,
        "The exchange was hard for the prisoners, and a harder one for their families.",
        "unverifiable",
        "not-attached",
    ),
    (RETURNED, "After the exchange the prisoners boarded two Venezuelan aircraft.", "unverifiable", "other-thing"),
    (RETURNED, "In the exchange 250 prisoners were flown home.", "contradicts", None),
]


@pytest.mark.parametrize(("f", "sentence", "verdict", "code"), WORDS, ids=[c[1][:50] for c in WORDS])
def test_words_around_a_value_that_make_it_no_claim(
    f: Fact, sentence: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2027, 12, 1))
    findings = check_document([FactMatcher.of(f)], document, pipeline)
    assert findings, "the sentence must be read as about the fact"
    assert {x.verdict.value for x in findings} == {verdict}, findings
    if code is not None:
        assert {x.reason_code for x in findings} == {code}, findings


BY_ORDER = [
    ("In the election, the Liberals won 61 seats.", "unverifiable", "other-participant"),
    ("Meanwhile, the Liberal Democrats have 61 seats after the election.", "unverifiable", "other-participant"),
    ("The Green Party won 80 seats in the election.", "contradicts", None),
    ("On Thursday, the Green Party won 80 seats in the election.", "contradicts", None),
    ("Analysts said the Greens won 80 seats in the election.", "contradicts", None),
]


@pytest.mark.parametrize(("sentence", "verdict", "code"), BY_ORDER, ids=[c[0][:50] for c in BY_ORDER])
def test_without_a_parse_the_names_opening_the_clause_are_its_agent(
    sentence: str, verdict: str, code: str | None, blank_pipeline: Pipeline
) -> None:
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2027, 12, 1))
    findings = check_document([FactMatcher.of(SEATS)], document, blank_pipeline)
    assert {x.verdict.value for x in findings} == {verdict}, findings
    if code is not None:
        assert {x.reason_code for x in findings} == {code}, findings


def test_a_date_to_come_for_several_instances_is_a_plan(blank_pipeline: Pipeline) -> None:
    sentence = "The central bank now sees just two quarter-point cuts in 2028."
    document = replace(parse_document(sentence, ".txt", "doc.txt"), published=dt.date(2027, 12, 1))
    (finding,) = check_document([FactMatcher.of(CUT_DATE)], document, blank_pipeline)
    assert (finding.verdict.value, finding.reason_code) == ("unverifiable", "modality"), finding
