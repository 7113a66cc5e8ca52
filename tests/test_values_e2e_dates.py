"""Dates read right end to end (issue 8): a facts.yaml, one article with its publication date, ``pytest``,
and the verdict in the JSON report.

Each case: the article's sentence, how the article gives its publication date, the fact's claim, subject,
context and date, and the verdict the run must reach ("supports", "contradicts", or None when the sentence
must not be compared at all), with the date text found.
"""

from __future__ import annotations

import json

import pytest

from tests.test_values_e2e import assert_read_through

#: The trained model: which date a sentence says of its subject needs its parse.
PLUGIN_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
FRONT_MATTER = "---\ndate: {}\n---\n"
DATELINE = "SEOUL, {} —\n"

# (id, header, publication, sentence, claim, subject, context, fact date, verdict, found)
CASES = [
    ("weekday-and-date", FRONT_MATTER, "2024-11-07", "The strike began on Tuesday, Oct. 29.",
     "The strike began on October 29, 2024.", "strike", "began", "October 29, 2024", "supports", "Oct. 29"),
    ("weekday-and-date-wins", FRONT_MATTER, "2024-11-07", "The strike began on Tuesday, Oct. 29.",
     "The strike began on November 5, 2024.", "strike", "began", "November 5, 2024", "contradicts", "Oct. 29"),
    ("said-tuesday", DATELINE, "Nov. 7, 2024", "The strike ended Tuesday, union officials said.",
     "The strike ended on November 5, 2024.", "strike", "ended", "November 5, 2024", "supports", "Tuesday"),
    ("said-tuesday-other-day", DATELINE, "Nov. 7, 2024", "The strike ended Tuesday, union officials said.",
     "The strike ended on October 29, 2024.", "strike", "ended", "October 29, 2024", "contradicts", "Tuesday"),
    ("next-week", FRONT_MATTER, "2024-11-07", "The union will vote next week on the deal.",
     "The union votes on the deal in November 2024.", "vote", "deal", "November 2024", "supports", "next week"),
    ("next-week-is-not-last", FRONT_MATTER, "2024-11-07", "The union will vote next week on the deal.",
     "The union voted on the deal in October 2024.", "vote", "deal", "October 2024", "contradicts", "next week"),
    ("ambiguous-numeric-year", FRONT_MATTER, "2024-11-07", "The treaty was signed on 05/06/2024.",
     "The treaty was signed in 2024.", "treaty", "signed", "2024", None, None),
    ("ambiguous-numeric-day", FRONT_MATTER, "2024-11-07", "The treaty was signed on 05/06/2024.",
     "The treaty was signed on June 5, 2024.", "treaty", "signed", "June 5, 2024", None, None),
    ("quarter", FRONT_MATTER, "2024-12-02", "The company's profits fell in Q3 2024.",
     "The company's profits fell in August 2024.", "profits", "fell", "August 2024", "supports", "Q3 2024"),
    ("quarter-other-month", FRONT_MATTER, "2024-12-02", "The company's profits fell in Q3 2024.",
     "The company's profits fell in November 2024.", "profits", "fell", "November 2024", "contradicts", "Q3 2024"),
    ("range", FRONT_MATTER, "2024-03-01", "The strike ran from 4 to 22 January 2024.",
     "The strike ran on January 10, 2024.", "strike", "ran", "January 10, 2024", "supports",
     "from 4 to 22 January 2024"),
    ("range-outside", FRONT_MATTER, "2024-03-01", "The strike ran from 4 to 22 January 2024.",
     "The strike ran on February 2, 2024.", "strike", "ran", "February 2, 2024", "contradicts",
     "from 4 to 22 January 2024"),
    ("bound-ago", FRONT_MATTER, "2024-11-07", "The plant closed more than three weeks ago.",
     "The plant closed in September 2024.", "plant", "closed", "September 2024", "supports",
     "more than three weeks ago"),
    ("bound-ago-too-late", FRONT_MATTER, "2024-11-07", "The plant closed more than three weeks ago.",
     "The plant closed on November 1, 2024.", "plant", "closed", "November 1, 2024", "contradicts",
     "more than three weeks ago"),
]  # fmt: skip


def _facts_yaml(claim: str, subject: str, context: str, date: str) -> str:
    return (
        "sources:\n  - articles/*\nfacts:\n"
        f"  - id: the-fact\n    claim: {json.dumps(claim)}\n    subject: [{subject}]\n"
        f"    context: [{context}]\n    date: {json.dumps(date)}\n"
    )


@pytest.mark.parametrize(
    ("header", "published", "sentence", "claim", "subject", "context", "date", "verdict", "found"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_a_date_reads_right_through_pytest(
    pytester: pytest.Pytester,
    preloaded: None,
    header: str,
    published: str,
    sentence: str,
    claim: str,
    subject: str,
    context: str,
    date: str,
    verdict: str | None,
    found: str | None,
) -> None:
    pytester.makefile(".yaml", facts=_facts_yaml(claim, subject, context, date))
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "story.md").write_text(header.format(published) + sentence + "\n", encoding="utf-8")
    assert_read_through(pytester, verdict, found, PLUGIN_ARGS)
