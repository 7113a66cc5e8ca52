"""A bare ``quantity:`` is read in the unit its own claim writes the value in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pytest_factcheck.model import Fact
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import read_facts_file
from tests.conftest import assert_verdict, findings_in

FACTS = """\
sources: [a.md]
facts:
  - id: rate
    claim: The Bank of Japan raised its short-term policy rate to 0.5% in January 2025.
    subject: [policy rate]
    context: [Bank of Japan]
    quantity: 0.5
  - id: fee
    claim: The United States paid El Salvador about $6 million to detain the deported men.
    subject: [paid, fee]
    context: [El Salvador]
    quantity: 6000000
  - id: count
    claim: The strike by 33,000 machinists began in September 2024.
    subject: [machinists]
    context: [strike]
    quantity: 33000
"""


@pytest.fixture
def facts(tmp_path: Path) -> list[Fact]:
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return list(read_facts_file(path).facts)


@pytest.mark.parametrize(("fact_id", "unit"), [("rate", "percentage"), ("fee", "dollar"), ("count", None)])
def test_the_claims_unit_is_the_facts(facts: list[Fact], fact_id: str, unit: str | None) -> None:
    fact = next(f for f in facts if f.id == fact_id)
    assert fact.quantity is not None and fact.quantity.unit == unit


@pytest.mark.parametrize(
    ("fact_id", "sentence", "verdict"),
    [
        ("rate", "The Bank of Japan raised its short-term policy rate to 0.75% on Friday.", "contradicts"),
        ("rate", "The Bank of Japan raised its short-term policy rate to 0.5% on Friday.", "supports"),
        ("fee", "The United States paid El Salvador $16 million to detain the men.", "contradicts"),
        ("fee", "The United States paid El Salvador roughly $6 million to detain the men.", "supports"),
    ],
)
def test_figures_in_the_claims_unit_are_compared(
    facts: list[Fact], pipeline: Pipeline, fact_id: str, sentence: str, verdict: str
) -> None:
    found = findings_in(facts, sentence, pipeline, dt.date(2025, 1, 27), fact_id)
    assert_verdict(found, verdict, None)
