"""A web page's publication date: from its own markup (through htmldate), never from its footer's
copyright year or another story's link, and unknown when the page does not give one."""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.sources import parse_document

#: What a page carries around its article that has a date, none of it the page's publication date.
DATED_FURNITURE = """
<header><p>Tuesday, 5 March 2019</p></header>
<nav><a href="/2019/05/03/archive">Archive 2019</a></nav>
<ul class="related">
  <li><a href="/2019/05/03/older-story">Older story</a> <time datetime="2019-05-03">May 3, 2019</time></li>
</ul>
<aside><p>Most read</p><time datetime="2019-06-01">June 1, 2019</time></aside>
<footer><p>&copy; 2019 The Paper. All rights reserved.</p><time datetime="2019-01-01">2019</time></footer>
"""
RELATED_IN_ARTICLE = """
<h2>More on this story</h2>
<ul>
  <li><a href="/2021/03/04/earlier">Earlier: the first troops</a> <time datetime="2021-03-04">4 March 2021</time></li>
  <li><a href="/2021/02/01/before">Before: the treaty</a> <span>1 February 2021</span></li>
</ul>
<p>READ MORE: <a href="/2020/07/07/x">Troops on 7 July 2020</a> <time datetime="2020-07-07">7 July 2020</time></p>
"""


def html(head: str, article_top: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Troops</title>{head}</head><body>\n{DATED_FURNITURE}"
        f"<article>{article_top}<p>Pyongyang sent 14,000 troops to Russia.</p>{RELATED_IN_ARTICLE}</article>"
        f"{DATED_FURNITURE}</body></html>"
    )


@pytest.mark.parametrize(
    ("head", "article_top", "where"),
    [
        ('<meta property="article:published_time" content="2024-11-04T08:00:00Z">', "",
         "<meta article:published_time>"),
        ('<meta name="pubdate" content="2024-11-04">', "", "<meta pubdate>"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-11-04T08:00:00Z",'
         ' "dateModified": "2024-11-09"}</script>', "", "JSON-LD datePublished"),
        ("", '<p class="byline">By Jane Doe, <time datetime="2024-11-04T08:00">Nov. 4, 2024</time></p>',
         "<time datetime>"),
        ("", '<time itemprop="datePublished" datetime="2024-11-04">4 November 2024</time>',
         "<time itemprop=datePublished>"),
    ],
    ids=["meta article:published_time", "meta pubdate", "JSON-LD", "time in the byline", "time itemprop"],
)  # fmt: skip
def test_the_page_date_is_its_own_never_the_footer_or_a_related_story(head: str, article_top: str, where: str) -> None:
    document = parse_document(html(head, article_top), ".html", "a.html")
    assert (document.published, document.published_from) == (dt.date(2024, 11, 4), where)


def test_a_page_that_gives_no_date_has_none_and_says_so() -> None:
    document = parse_document(html(""), ".html", "a.html")
    assert (document.published, document.published_from) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Pyongyang sent 14,000 troops.</p><footer>&copy; 2019 The Paper</footer>",
        "<p>Pyongyang sent 14,000 troops.</p><p>Copyright 2019 The Paper</p>",
        '<p>Pyongyang sent 14,000 troops.</p><p><a href="/2019/05/03/older">Older story</a></p>',
        '<p>Pyongyang sent 14,000 troops.</p><div class="teaser"><time datetime="2019-05-03">May 3</time></div>',
        "<p>Pyongyang sent 14,000 troops on 3 May 2019, officials said.</p>",
    ],
    ids=["footer copyright", "copyright line", "dated link", "teaser time", "date in a sentence"],
)
def test_no_date_is_guessed_from_text_links_or_furniture(body: str) -> None:
    document = parse_document(f"<html><head><title>T</title></head><body>{body}</body></html>", ".html", "a.html")
    assert (document.published, document.published_from) == (None, None)


def test_a_dateline_in_the_prose_dates_a_page_without_date_markup() -> None:
    page = "<html><body><article><p>SEOUL, Nov. 4, 2024 — Pyongyang sent troops.</p></article></body></html>"
    document = parse_document(page, ".html", "a.html")
    assert (document.published, document.published_from) == (dt.date(2024, 11, 4), "dateline")


@pytest.mark.parametrize(
    "teaser",
    [
        '<p>READ MORE: <a href="/x">Troops</a> <time datetime="2020-07-07">7 July 2020</time></p>',
        '<p><strong>Related:</strong> <a href="/x">Troops</a> <time datetime="2020-07-07">7 July 2020</time></p>',
        '<ul><li><a href="/x">Troops</a> <time datetime="2020-07-07">7 July 2020</time></li></ul>',
    ],
    ids=["read more", "related in bold", "list of links"],
)
def test_a_teasers_time_is_not_the_page_date_but_the_articles_own_time_is(teaser: str) -> None:
    own = '<p>By Jane Doe, <time datetime="2024-11-04">Nov. 4, 2024</time></p>'
    for body, published in ((teaser, None), (own + teaser, dt.date(2024, 11, 4))):
        page = f"<html><body><article><p>Pyongyang sent troops.</p>{body}</article></body></html>"
        assert parse_document(page, ".html", "a.html").published == published
