"""Numbers read right end to end: a facts.yaml, one article, ``pytest``, and the verdict in the JSON report.

Each case is a wording issue 8 found misread: the sentence, the fact's quantity, and the verdict the
run must reach ("supports", "contradicts", or None when the sentence must not be compared at all).
"""

from __future__ import annotations

import json

import pytest

PLUGIN_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--factcheck-model=blank:en")

# (id, the article's sentence, the fact's claim, its subject, its quantity, the verdict reached, the figure found)
CASES = [
    ("pound-weight", "Aid workers handed out a 25-pound bag of rice to each family.",
     "Each family got a bag worth £25.", "bag", "£25", None, None),
    ("pound-sterling", "Aid workers handed out a bag worth £25 to each family.",
     "Each family got a bag worth £25.", "bag", "£25", "supports", "£25"),
    ("change-and-level", "Sales of the tablet rose 5% to 1,200 units.",
     "Sales of the tablet reached 1,500 units.", "units", "1,500", "contradicts", "1,200"),
    ("quarter-to", "The company posted revenue in the quarter to $254 million.",
     "The company posted revenue of $300 million in the quarter.", "revenue", "$300 million", "contradicts",
     "$254 million"),
    ("date-then-count", "On March 3 500 protesters marched in the capital.",
     "500 protesters marched in the capital.", "protesters", "500", "supports", "500"),
    ("date-comma-count", "On March 3, 500 protesters marched in the capital.",
     "500 protesters marched in the capital.", "protesters", "500", "supports", "500"),
    ("fiscal-year", "The 2013-14 budget funded 14 hospitals.",
     "The budget funded 14 hospitals.", "hospitals", "14", "supports", "14"),
    ("negative-percent", "Consumer prices changed by -0.3% in the month.",
     "Consumer prices changed by 0.3% in the month.", "prices", "0.3%", "contradicts", "-0.3%"),
    ("canadian-dollars", "The pension fund raised C$300 million from investors.",
     "The pension fund raised $300 million.", "fund", "$300 million", None, None),
    ("us-dollars", "The pension fund raised US$300 million from investors.",
     "The pension fund raised $300 million.", "fund", "$300 million", "supports", "US$300 million"),
    ("ten-k", "The race drew 10k runners this year.",
     "The race drew 10,000 runners.", "runners", "10,000", "supports", "10k"),
    ("tokenised-canadian", "The pension fund raised C $ 300 million from investors.",
     "The pension fund raised $300 million.", "fund", "$300 million", None, None),
    ("dollars-and-cents", "The ticket costs 3 dollars 50 cents at the gate.",
     "The ticket costs $3.50.", "ticket", "$3.50", "supports", "3 dollars 50 cents"),
    ("celsius-capital", "Temperatures reached 30C in Seville.",
     "Temperatures reached 35°C in Seville.", "temperatures", "35°C", "contradicts", "30C"),
    ("ages-listed", "Two girls, aged six and eight, died in the outbreak.",
     "Two girls died in the outbreak.", "girls", "2", "supports", "Two"),
]  # fmt: skip


def _facts_yaml(claim: str, subject: str, quantity: str) -> str:
    return (
        "sources:\n  - articles/*\nfacts:\n"
        f"  - id: the-fact\n    claim: {json.dumps(claim)}\n    subject: [{subject}]\n"
        f"    quantity: {json.dumps(quantity)}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "claim", "subject", "quantity", "verdict", "found"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_a_figure_reads_right_through_pytest(
    pytester: pytest.Pytester,
    preloaded: None,
    sentence: str,
    claim: str,
    subject: str,
    quantity: str,
    verdict: str | None,
    found: str | None,
) -> None:
    pytester.makefile(".yaml", facts=_facts_yaml(claim, subject, quantity))
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "story.txt").write_text(sentence + "\n", encoding="utf-8")
    assert_read_through(pytester, verdict, found)


def assert_read_through(
    pytester: pytest.Pytester, verdict: str | None, found: str | None, args: tuple[str, ...] = PLUGIN_ARGS
) -> None:
    """Run pytest on the folder; the one fact's compared findings must be ``verdict`` on ``found``
    (none when ``verdict`` is None), and a contradiction must fail its test, quoting ``found``."""
    result = pytester.runpytest(*args, "--factcheck-json=report.json")
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    (fact,) = report["facts"]
    compared = [(f["verdict"], f["found"]) for f in fact["findings"] if f["verdict"] in ("supports", "contradicts")]
    if verdict is None:
        assert compared == [], fact["findings"]
    else:
        assert compared == [(verdict, found)], fact["findings"]
    if verdict == "contradicts":
        result.assert_outcomes(failed=1)
        assert found is not None and found in "\n".join(result.outlines)
    else:
        assert result.ret == 0
