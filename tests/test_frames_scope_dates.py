"""Frames for dates: a day written without its year in a source of another year, a year that is part
of a name, and the fact's place as the place of the claim's own verb.

Sentences written for these tests, with invented facts; each refusal has a twin the fact contradicts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.nlp import Pipeline
from tests.conftest import assert_refused, assert_verdict, findings_in
from tests.test_frames import fact

VIGIL = fact(
    """
    - id: vigil-date
      claim: Pilgrims gathered at Mount Kerem for the 2025 vigil on June 12, 2025.
      subject: [Mount Kerem, Kerem, vigil]
      context: [pilgrims, pilgrimage]
      date: June 12, 2025
    """
)
FINAL = fact(
    """
    - id: final-date
      claim: The Copa 2026 final was played on July 19, 2026.
      subject: [final]
      context: [Copa]
      date: July 19, 2026
    """
)
FACTS = [VIGIL, FINAL]

ROWS = [
    # published a year later, a day without its year is next year's vigil
    (
        "Pilgrims gathered at Mount Kerem on Thursday, June 4.",
        dt.date(2026, 6, 10),
        "vigil-date",
        "unverifiable",
        "other-time",
    ),
    ("Pilgrims gathered at Mount Kerem on June 10.", dt.date(2025, 6, 20), "vigil-date", "contradicts", None),
    # a year written as part of a name names another edition
    (
        "Uruguay also lost the Copa 2022 final, to Chile on penalties.",
        dt.date(2026, 7, 20),
        "final-date",
        "unverifiable",
        "other-instance",
    ),
    ("The Copa final was played in 2025.", dt.date(2026, 7, 20), "final-date", "contradicts", None),
    # the fact's place as the place of the claim's own verb
    ("Pilgrims gathered at Mount Kerem on June 11, 2025.", dt.date(2025, 6, 20), "vigil-date", "contradicts", None),
    ("Pilgrims gathered at Mount Kerem on June 12, 2025.", dt.date(2025, 6, 20), "vigil-date", "supports", None),
]


@pytest.mark.parametrize(("sentence", "published", "fact_id", "verdict", "code"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_which_year_and_which_edition_a_date_speaks_of(
    sentence: str, published: dt.date, fact_id: str, verdict: str, code: str | None, pipeline: Pipeline
) -> None:
    found = findings_in(FACTS, sentence, pipeline, published, fact_id)
    if verdict == "unverifiable":
        assert found and "contradicts" not in {f.verdict.value for f in found}, found
        assert code in {f.reason_code for f in found}, found
    else:
        assert verdict in {f.verdict.value for f in found}, found
        if verdict == "supports":
            assert_verdict(found, verdict, code)


RAINS = fact(
    """
    - id: rains-date
      claim: The rains that flooded Porto Vento began on April 29, 2024.
      subject: [rains, downpours]
      context: [Porto Vento, flood, floods]
      date: April 29, 2024
    """
)
DECADES = [
    ("The great flood of 1941 in Porto Vento began with rains on April 10.", "other-instance"),
    ("The rains that flooded Porto Vento began on April 22, 2024.", None),
    ("The rains that flooded Porto Vento began in 1999.", None),
]


@pytest.mark.parametrize(("sentence", "code"), DECADES, ids=[r[0][:45] for r in DECADES])
def test_a_date_decades_away_names_another_instance(sentence: str, code: str | None, pipeline: Pipeline) -> None:
    assert_refused(findings_in([RAINS], sentence, pipeline, dt.date(2024, 5, 20), "rains-date"), code)
