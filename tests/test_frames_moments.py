"""Frames: a peak, a moment ("at landfall") and a retraction said of the figure itself.

Sentences written for these tests, with invented facts; each refusal has a twin the fact contradicts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_refused, findings_in
from tests.test_frames import fact

PEAK = fact(
    """
    - id: storm-peak
      claim: Hurricane Orla's maximum sustained winds peaked at 160 mph.
      subject: [winds, sustained winds, mph]
      context: [Orla]
      quantity: 160 mph
    """
)
LANDFALL = fact(
    """
    - id: storm-landfall-wind
      claim: Hurricane Orla had sustained winds of 110 mph when it made landfall in Belize.
      subject: [winds, sustained winds, mph]
      context: [Orla]
      quantity: 110 mph
    """
)
TOLL = fact(
    """
    - id: quake-toll
      claim: The Kaltes earthquake killed 418 people.
      subject: [killed, died, dead, death toll]
      context: [Kaltes, earthquake, quake]
      quantity: 418
    """
)
PUBLISHED = dt.date(2026, 9, 20)

ROWS = [
    # a peak is contradicted only by a figure told as the peak
    ([PEAK], "Orla crossed Roatan with sustained winds of 130 mph.", "storm-peak", "other-time"),
    ([PEAK], "Orla's sustained winds peaked at 145 mph over open water.", "storm-peak", None),
    # a figure at landfall is contradicted only by a sentence about the landfall
    ([LANDFALL], "Earlier in the week Orla had sustained winds of 150 mph.", "storm-landfall-wind", "other-time"),
    ([LANDFALL], "Orla came ashore in Belize with sustained winds of 90 mph.", "storm-landfall-wind", None),
    # a retraction said of the figure, not of another verb of the sentence
    (
        [TOLL],
        "A channel said 300 people died in the Kaltes quake, a claim it later withdrew.",
        "quake-toll",
        "falsehood",
    ),
    ([TOLL], "Rescuers said 390 people died in the Kaltes quake before the search was withdrawn.", "quake-toll", None),
]


@pytest.mark.parametrize(("facts", "sentence", "fact_id", "code"), ROWS, ids=[r[1][:45] for r in ROWS])
def test_a_figure_of_another_moment_does_not_contradict(
    facts: list, sentence: str, fact_id: str, code: str | None, pipeline: Pipeline
) -> None:
    found = findings_in(facts, sentence, pipeline, PUBLISHED, fact_id)
    assert_refused(found, code)


OWNERS = [
    # a named owner of the fact's subject term is another holder
    (
        [PEAK],
        "Orla weakened on Friday. In October, Hurricane Tamsin's sustained winds hit 180 mph.",
        "storm-peak",
        "other-participant",
    ),
    (
        [PEAK],
        "Orla weakened on Friday. Forecasters recalled Hurricane Ilse, whose sustained winds peaked at 125 mph.",
        "storm-peak",
        "other-participant",
    ),
    ([PEAK], "Orla weakened on Friday. Orla's sustained winds peaked at 150 mph.", "storm-peak", None),
]


@pytest.mark.parametrize(("facts", "sentence", "fact_id", "code"), OWNERS, ids=[r[1][:45] for r in OWNERS])
def test_a_named_owner_of_the_subject_is_another_holder(
    facts: list, sentence: str, fact_id: str, code: str | None, pipeline: Pipeline
) -> None:
    found = findings_in(facts, sentence, pipeline, PUBLISHED, fact_id)
    assert_refused(found, code)
