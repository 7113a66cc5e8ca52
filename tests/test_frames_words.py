"""Frames: the words around a value that make it no claim of the fact's.

Sentences written for these tests, with invented facts: modals and preferences,
further instances, bounds, dates still to come, present-tense reports long
after the claim's time, parts, and dates that agree whatever verb they hang
from. Each row says the verdict and, for ``unverifiable``, the reason code.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.model import Fact
from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_verdict, findings_in
from tests.test_frames import fact

PUBLISHED = dt.date(2027, 12, 1)

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

FED_CUT = fact(
    """
    - id: fed-cut-size
      claim: On 17 March 2027 the Fed cut its main rate by half a percentage point.
      subject: [cut, rate cut]
      context: [Fed]
      quantity: 0.5 percentage point
    """
)

WORDS = [
    (FED_CUT, "The Fed cut rates by 75 basis points in March.", "contradicts", None),
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
    assert_verdict(findings_in([f], sentence, pipeline, PUBLISHED), verdict, code)


def test_a_date_to_come_for_several_instances_is_a_plan(blank_pipeline: Pipeline) -> None:
    sentence = "The central bank now sees just two quarter-point cuts in 2028."
    (finding,) = findings_in([CUT_DATE], sentence, blank_pipeline, PUBLISHED)
    assert (finding.verdict.value, finding.reason_code) == ("unverifiable", "modality"), finding


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The central bank held a news conference on 21 March 2027 about the cut.", "unverifiable"),
        ("The governor told reporters on 21 March 2027 that the central bank had made the cut.", "unverifiable"),
        ("The central bank's cut took place on 21 March 2027.", "contradicts"),
    ],
)
def test_without_a_parse_an_irregular_past_verb_takes_its_date(
    sentence: str, verdict: str, blank_pipeline: Pipeline
) -> None:
    (finding,) = findings_in([CUT_DATE], sentence, blank_pipeline, PUBLISHED)
    assert finding.verdict.value == verdict, finding
