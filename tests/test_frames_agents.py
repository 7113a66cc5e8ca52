"""Frames, the agent slot and sibling facts: whose figure a value is.

Sentences written for these tests, with invented facts. A figure said of
another country, party or person than the claim's agent, of "other parties",
or one that is a sibling fact's own figure, must not contradict the fact;
the fact's own agent's wrong figure still does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.model import Fact
from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_verdict, findings_in
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
    assert_verdict(findings_in(facts, sentence, pipeline, dt.date(2028, 9, 1), fact_id), verdict, code)


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
    assert_verdict(findings_in([SEATS], sentence, blank_pipeline, dt.date(2027, 12, 1)), verdict, code)
