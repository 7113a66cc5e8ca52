"""Frames: the scope of a figure — a threshold or change of the claim's thing, a group or region it is
counted among, a running total, and figures dated years back.

Sentences written for these tests, with invented facts. Each row gives the
verdict a sentence must get and, for ``unverifiable``, its reason code; each
refusal row has a twin that the same facts contradict, so a rule that refused
everything would fail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_refused, assert_verdict, findings_in
from tests.test_frames import fact

SEATS = fact(
    """
    - id: civic-seats
      claim: The Civic Union won 187 seats in the 2025 Lanvia general election.
      subject: [Civic Union]
      context: [seats]
      quantity: 187
    """
)
TURNOUT = fact(
    """
    - id: lanvia-turnout
      claim: Turnout in the 2025 Lanvia general election was 61.4%.
      subject: [turnout]
      context: [Lanvia, election]
      quantity: 61.4%
      tolerance: 0.5
    """
)
FERRY = fact(
    """
    - id: ferry-deaths
      claim: The sinking of the ferry MV Aurora off Sulawesi killed 212 people.
      subject: [MV Aurora, Aurora, ferry]
      context: [killed, dead, died, deaths, death toll]
      quantity: 212
      as_of: 2025-03-18
    """
)
FACTS = [SEATS, TURNOUT, FERRY]
PUBLISHED = dt.date(2025, 3, 20)

TRAINED = [
    # the claim's own thing under a verb of a need, a change or a contest is not the claim's figure
    ("The Civic Union needed 176 seats for a majority.", "civic-seats", "unverifiable", "other-event"),
    ("The Civic Union gained 24 seats.", "civic-seats", "unverifiable", "other-event"),
    ("Together with its allies, the Civic Union controls 212 seats.", "civic-seats", "unverifiable", "other-event"),
    ("The Civic Union won 165 seats in the election.", "civic-seats", "contradicts", None),
    # "won" is the claim's event although the word is short
    ("The Civic Union won 187 seats, short of an outright majority.", "civic-seats", "supports", None),
    # a region or a group is a part of the claim's whole
    ("In the capital, the Civic Union won 31 seats.", "civic-seats", "unverifiable", "part"),
    ("Turnout among young voters was just 44% in the Lanvia election.", "lanvia-turnout", "unverifiable", "part"),
    ("Turnout in Sunday's Lanvia election was 55%.", "lanvia-turnout", "contradicts", None),
    # a rumour's content, in the clause after it
    ("Police dismissed a rumour that 500 people had died on the Aurora.", "ferry-deaths", "unverifiable", "falsehood"),
    ("The sinking of the MV Aurora killed 150 people, officials said.", "ferry-deaths", "contradicts", None),
]

BOTH = [
    # counted over years: a running total, not the one sinking
    (
        "Ferry accidents have killed 1,400 people in Indonesian waters since 2015.",
        "ferry-deaths",
        "unverifiable",
        "aggregate",
    ),
    # dated years back from publication, or to long before the fact's as_of: another instance
    ("Five years earlier the Civic Union had won 163 seats.", "civic-seats", "unverifiable", "other-time"),
    ("In 2009 a ferry sinking off Sulawesi killed 335 people.", "ferry-deaths", "unverifiable", "other-time"),
    ("At least 300 people died when the ferry Aurora capsized.", "ferry-deaths", "contradicts", None),
]


@pytest.mark.parametrize(("sentence", "fact_id", "verdict", "code"), TRAINED, ids=[c[0][:50] for c in TRAINED])
def test_the_scope_of_a_figure_is_read_from_the_parse(
    sentence: str, fact_id: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    assert_verdict(findings_in(FACTS, sentence, pipeline, PUBLISHED, fact_id), verdict, code)


@pytest.mark.parametrize(("sentence", "fact_id", "verdict", "code"), BOTH, ids=[c[0][:50] for c in BOTH])
def test_running_totals_and_years_back_are_read_by_any_pipeline(
    sentence: str, fact_id: str, verdict: str, code: str | None, any_pipeline: Pipeline
) -> None:
    assert_verdict(findings_in(FACTS, sentence, any_pipeline, PUBLISHED, fact_id), verdict, code)


def test_a_comparison_with_years_back_dates_nothing(pipeline: Pipeline) -> None:
    """ "24 more than five years earlier" compares; the figure is still this election's."""
    found = findings_in(FACTS, "The Civic Union won 165 seats, 24 more than five years earlier.", pipeline, PUBLISHED)
    assert "contradicts" in {f.verdict.value for f in found if f.fact_id == "civic-seats"}, found


FLOODS = fact(
    """
    - id: storm-deaths
      claim: Storm Vela killed 31 people in Poland, Slovakia, Austria and Hungary.
      subject: [Storm Vela, floods]
      context: [killed, died, dead, deaths]
      quantity: 31
    """
)
PILGRIMAGE = fact(
    """
    - id: pilgrimage-deaths
      claim: 640 people died during the 2026 pilgrimage to Karbala.
      subject: [died, deaths, dead, death toll]
      context: [pilgrimage, pilgrims, Karbala]
      quantity: 640
    """
)
CUP = fact(
    """
    - id: cup-goals
      claim: Brazil scored 19 goals at the 2026 Copa.
      subject: [goals]
      context: [Brazil, Copa]
      quantity: 19
    """
)
MORE = [SEATS, FLOODS, PILGRIMAGE, CUP]

PARTICIPANTS = [
    # one of the claim's listed countries is a part of its total
    ("Nine people died in Hungary when the floods brought by Storm Vela hit.", "storm-deaths", "unverifiable", "part"),
    ("Storm Vela killed 24 people in Poland, Slovakia, Austria and Hungary.", "storm-deaths", "contradicts", None),
    # the opposition, named in an apposition, is another agent than the claim's
    ("The opposition Unity bloc, led by the Greens, finished with 143 seats.", "civic-seats", "unverifiable", None),
    ("The Civic Union finished with 143 seats.", "civic-seats", "contradicts", None),
    # the context's people under the subject's verb are what the claim counts
    ("In all, 590 pilgrims died in the heat.", "pilgrimage-deaths", "contradicts", None),
    ("More than 600 pilgrims died in the heat.", "pilgrimage-deaths", "supports", None),
    # a figure for each of several is per unit
    (
        "Brazil's strikers scored five goals each at the Copa.",
        "cup-goals",
        "unverifiable",
        "distributive",
    ),
    ("Brazil scored 15 goals at the Copa.", "cup-goals", "contradicts", None),
]


@pytest.mark.parametrize(
    ("sentence", "fact_id", "verdict", "code"), PARTICIPANTS, ids=[c[0][:50] for c in PARTICIPANTS]
)
def test_a_figure_of_some_participants_is_not_the_claims(
    sentence: str, fact_id: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    found = findings_in(MORE, sentence, pipeline, dt.date(2026, 8, 20), fact_id)
    if verdict == "unverifiable" and code is None:
        assert "contradicts" not in {f.verdict.value for f in found}, found
    elif verdict == "unverifiable":
        assert_refused(found, code)
    else:
        assert_verdict(found, verdict, code)
