"""Frames for tallies and thresholds: what a vote was for, a margin, a threshold, another country's
place in a clause of "where", and a figure's narrowing word at the start of a sentence.

Sentences written for these tests, with invented facts; each refusal has a twin the facts contradict.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_refused, findings_in
from tests.test_frames import fact

REPEAL = fact(
    """
    - id: repeal-vote
      claim: The Senate voted 71-0 to repeal the emergency decree.
      subject: [senators, votes, voted]
      context: [Senate, emergency decree, decree]
      quantity: 71
    """
)
CENSURE = fact(
    """
    - id: censure-vote
      claim: 88 senators voted in favour of censuring the prime minister.
      subject: [senators, votes, voted]
      context: [Senate, censure, prime minister]
      quantity: 88
    """
)
STORM_DEATHS = fact(
    """
    - id: storm-deaths
      claim: Cyclone Ilsa killed 41 people in Vietnam.
      subject: [Cyclone Ilsa, Ilsa, cyclone]
      context: [killed, died, dead, deaths]
      quantity: 41
    """
)
BALLOTS = fact(
    """
    - id: candidate-votes
      claim: Maria Ruiz received 12.4 million votes in the 2026 presidential election.
      subject: [votes]
      context: [Ruiz, presidential election]
      quantity: 12.4 million
      tolerance: 1%
    """
)
FACTS = [REPEAL, CENSURE, STORM_DEATHS, BALLOTS]
PUBLISHED = dt.date(2026, 6, 10)

ROWS = [
    # a tally for a vote with another purpose than the claim's
    ("In the Senate, 85 senators voted to censure the prime minister.", "repeal-vote", "other-event"),
    ("In the Senate, 85 senators voted to censure the prime minister.", "censure-vote", None),
    ("In the Senate, 69 senators voted to overturn the emergency decree.", "repeal-vote", None),
    ("In the Senate, 69 senators voted to overturn the emergency decree.", "censure-vote", "other-event"),
    ("In the Senate, the prime minister was censured by 91 votes to 12.", "repeal-vote", "other-event"),
    ("In the Senate, 58 senators backed the repeal of the decree.", "repeal-vote", None),
    # a margin and a threshold are not the result
    (
        "In the Senate, the motion to repeal the decree cleared the threshold of 60 by just 11 votes.",
        "repeal-vote",
        "other-thing",
    ),
    ("The Senate repealed the decree, which had 60 votes needed for repeal.", "repeal-vote", "modality"),
    # a place in a clause of "where" is the figure's place
    ("In the Philippines, where Cyclone Ilsa struck first, 12 people died.", "storm-deaths", "other-participant"),
    ("In Vietnam, where Cyclone Ilsa struck hardest, 32 people died.", "storm-deaths", None),
    # a narrowing word opening the sentence, on the verb's subject
    ("Invalid votes numbered 1.1 million in the presidential election.", "candidate-votes", "part"),
    ("Ruiz's votes numbered 11.1 million in the presidential election.", "candidate-votes", None),
]


@pytest.mark.parametrize(("sentence", "fact_id", "code"), ROWS, ids=[f"{r[1]}:{r[0][:40]}" for r in ROWS])
def test_a_tally_is_compared_only_with_the_claims_own_decision(
    sentence: str, fact_id: str, code: str | None, pipeline: Pipeline
) -> None:
    """``code`` None: the sentence contradicts the fact; else it is refused with that code."""
    found = findings_in(FACTS, sentence, pipeline, PUBLISHED, fact_id)
    assert_refused(found, code)


BY_ORDER = [
    ("In the Senate, the prime minister was censured by 91 votes to 12.", "repeal-vote", "other-event"),
    ("In the Senate, 85 senators voted to censure the prime minister.", "repeal-vote", "other-event"),
    ("In the Senate, 69 senators voted to repeal the emergency decree.", "repeal-vote", None),
]


@pytest.mark.parametrize(("sentence", "fact_id", "code"), BY_ORDER, ids=[r[0][:40] for r in BY_ORDER])
def test_a_votes_purpose_is_read_by_any_pipeline(
    sentence: str, fact_id: str, code: str | None, any_pipeline: Pipeline
) -> None:
    found = findings_in(FACTS, sentence, any_pipeline, PUBLISHED, fact_id)
    assert_refused(found, code)


def test_the_losing_side_of_a_tally_is_not_the_claims_figure(pipeline: Pipeline) -> None:
    """ "by 80 votes to 70": 80 is the tally that contradicts a claim of 71; 70 is the losers'."""
    found = findings_in(
        FACTS, "In the Senate, the decree was repealed by 80 votes to 70.", pipeline, PUBLISHED, "repeal-vote"
    )
    assert [f.found for f in found if f.verdict.value == "contradicts"] == ["80"], found
    losers = findings_in(
        FACTS, "In the Senate, the repeal of the decree failed, 70 votes to 80.", pipeline, PUBLISHED, "repeal-vote"
    )
    assert "80" not in [f.found for f in losers if f.verdict.value == "contradicts"], losers
