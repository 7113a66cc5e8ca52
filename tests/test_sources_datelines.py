"""Text and Markdown datelines: with or without a city, US and British styles, at the top or after a
headline and a byline; what is not a dateline gives no date."""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.sources import parse_document

DAY = dt.date(2024, 11, 4)
HEADLINE = "North Korea sends troops to Russia\n"
BYLINE = "By Jane Doe, Seoul correspondent\n"
BODY = " Officials said on Monday that Pyongyang had sent 14,000 troops.\n"

#: (the dateline, the date order its city gives)
DATELINES = [
    ("Nov. 4, 2024 —", None),
    ("Nov 4, 2024 -", None),
    ("November 4, 2024 —", None),
    ("Monday, Nov. 4, 2024 —", None),
    ("4 November 2024 –", None),
    ("4 Nov 2024 -", None),
    ("Monday 4 November 2024 —", None),
    ("WASHINGTON, Nov. 4, 2024 —", "MDY"),
    ("NEW YORK, Nov. 4, 2024 --", "MDY"),
    ("Washington, November 4, 2024 —", "MDY"),
    ("SEOUL (Reuters), Nov. 4, 2024 —", None),
    ("LONDON, 4 November 2024 –", "DMY"),
    ("London, 4 Nov 2024 -", "DMY"),
    ("NEW DELHI, Monday 4 November 2024 —", "DMY"),
]
#: What may stand above a dateline: nothing, a headline, a byline, or both (with or without blank lines).
ABOVE = {
    "top": "",
    "after a headline": HEADLINE + "\n",
    "after a byline": BYLINE,
    "after headline and byline": HEADLINE + BYLINE + "\n",
    "after a wrapped headline and a dated byline": HEADLINE + "and Ukraine's border\n" + "By Jane Doe | Reuters\n",
}


@pytest.mark.parametrize(("dateline", "order"), DATELINES, ids=[d for d, _ in DATELINES])
@pytest.mark.parametrize("above", list(ABOVE.values()), ids=list(ABOVE))
def test_a_text_dateline_gives_the_publication_date_and_its_order(above: str, dateline: str, order: str | None) -> None:
    document = parse_document(above + dateline + BODY, ".txt", "a.txt")
    assert (document.published, document.published_from, document.date_order) == (DAY, "dateline", order)


@pytest.mark.parametrize(("dateline", "order"), DATELINES[:1] + DATELINES[-3:], ids=lambda v: v or "")
def test_a_markdown_dateline_under_its_heading_and_byline(dateline: str, order: str | None) -> None:
    document = parse_document(f"# {HEADLINE}\n*{BYLINE.strip()}*\n\n{dateline}{BODY}", ".md", "a.md")
    assert (document.published, document.published_from, document.date_order) == (DAY, "dateline", order)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Nov. 4, 2024 — a Monday — that troops had arrived.\n",
        HEADLINE + "Officials said that troops had arrived on Monday.\n" + "Nov. 4, 2024 — More troops arrived.\n",
        "WASHINGTON, November 2024 — Troops arrived.\n",
        "WASHINGTON (AP) — Troops arrived on Nov. 4, 2024.\n",
        "Nov. 4 — Troops arrived.\n",
        "4/11/2024 — Troops arrived.\n",
    ],
    ids=["date in a sentence", "below the first paragraph", "month only", "no date", "no year", "all numbers"],
)
def test_what_is_not_a_dateline_gives_no_date(text: str) -> None:
    assert parse_document(text, ".txt", "a.txt").published is None
