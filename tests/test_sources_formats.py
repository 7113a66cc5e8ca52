"""How each format's reader turns a stored file into prose: paragraphs, what a
reader sees on a web page (and what it skips), captions, the line and column of
every part, publication dates and where they came from, and a source's date order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pytest_factcheck.errors import SourceError
from pytest_factcheck.sources import Document, decode, parse_document


def paragraph_texts(document: Document) -> list[str]:
    return [" ".join(document.prose[start:end].split()) for start, end in document.paragraphs]


def position_of(document: Document, needle: str) -> tuple[int, int]:
    return document.position_at(document.prose.index(needle))


# --- plain text: paragraphs ------------------------------------------------------------------------------------


def test_a_file_hard_wrapped_at_70_columns_keeps_sentences_whole() -> None:
    text = (
        "Officials in Seoul said on Monday that North Korea had sent troops\n"
        "North of the border, and that Pyongyang had now deployed roughly\n"
        "15,000 soldiers to the Kursk region, a figure that the Pentagon has\n"
        "Not confirmed.\n"
        "\n"
        "A second paragraph.\n"
    )
    document = parse_document(text, ".txt", "a.txt")
    assert paragraph_texts(document) == [
        "Officials in Seoul said on Monday that North Korea had sent troops North of the border, and that "
        "Pyongyang had now deployed roughly 15,000 soldiers to the Kursk region, a figure that the Pentagon "
        "has Not confirmed.",
        "A second paragraph.",
    ]


def test_a_headline_and_a_byline_stay_paragraphs_of_their_own() -> None:
    text = (
        "North Korea sends 15,000 troops\n"
        "By Jane Doe\n"
        "SEOUL, Nov. 4, 2024 — North Korea has sent thousands of soldiers to Russia, officials said.\n"
        "They arrived by train and were sent on to the front in the Kursk region, officials said.\n"
    )
    document = parse_document(text, ".txt", "a.txt")
    assert paragraph_texts(document)[:2] == ["North Korea sends 15,000 troops", "By Jane Doe"]
    assert paragraph_texts(document)[2].startswith("SEOUL, Nov. 4, 2024")


def test_a_sentence_end_or_a_blank_line_ends_a_paragraph() -> None:
    document = parse_document("One sentence ends here.\nAnother starts.\n\nThird\n", ".txt", "a.txt")
    assert paragraph_texts(document) == ["One sentence ends here.", "Another starts.", "Third"]


# --- HTML ------------------------------------------------------------------------------------------------------

PAGE = """<html><head><title>Troops</title>
<meta property="article:published_time" content="2024-11-04T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> 99 troops menu</nav>
<header><p>Site header with 77 troops</p></header>
<div class="cookie-banner">We use 12 cookies</div>
<article>
<h1>North Korea sends troops</h1>
<p>Pyongyang sent <strong>15,000</strong> troops &amp; tanks to Russia.</p>
<figure><img src="a.jpg"><figcaption>Soldiers, 3,000 of them, board a train.</figcaption></figure>
<p>READ MORE: toll rises to 9,000</p>
<ul><li><a href="/a">Related story about 40,000 troops</a></li><li><a href="/b">Another</a></li></ul>
<p>Officials said the troops
arrived by train.</p>
</article>
<aside>Most read: 50,000 troops</aside>
<footer>Footer 11 troops</footer>
<script>var troops = 66;</script>
</body></html>
"""


@pytest.fixture(scope="module")
def page() -> Document:
    return parse_document(PAGE, ".html", "page.html")


def test_html_furniture_is_not_prose(page: Document) -> None:
    for furniture in ("Home", "99 troops", "77 troops", "12 cookies", "50,000", "11 troops", "66"):
        assert furniture not in page.prose


def test_html_teasers_and_link_lists_are_not_prose(page: Document) -> None:
    assert "9,000" not in page.prose
    assert "READ MORE" not in page.prose
    assert "40,000" not in page.prose
    assert "Another" not in page.prose


def test_inline_markup_joins_a_figure_to_its_noun_and_entities_are_decoded(page: Document) -> None:
    assert "Pyongyang sent 15,000 troops & tanks to Russia." in paragraph_texts(page)


def test_a_paragraph_is_a_block_element_and_its_stored_lines_are_joined(page: Document) -> None:
    assert "Officials said the troops arrived by train." in paragraph_texts(page)
    assert "North Korea sends troops" in paragraph_texts(page)


def test_html_positions_are_the_stored_line_and_column(page: Document) -> None:
    lines = PAGE.split("\n")
    for needle in ("15,000", "Pyongyang", "arrived", "Soldiers", "tanks"):
        line, column = position_of(page, needle)
        assert lines[line - 1][column - 1 :].startswith(needle), needle


def test_a_figcaption_is_read_and_marked_as_a_caption(page: Document) -> None:
    offset = page.prose.index("3,000")
    assert page.block_at(offset) == "caption"
    assert page.block_at(page.prose.index("15,000")) is None


def test_the_html_publication_date_comes_from_the_meta_tag(page: Document) -> None:
    assert (page.published, page.published_from) == (dt.date(2024, 11, 4), "<meta article:published_time>")


@pytest.mark.parametrize(
    ("head", "where"),
    [
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-11-04"}</script>',
         "JSON-LD datePublished"),
        ('<time datetime="2024-11-04T10:00">Nov. 4</time>', "<time datetime>"),
    ],
)  # fmt: skip
def test_the_html_publication_date_comes_from_json_ld_or_a_time_element(head: str, where: str) -> None:
    document = parse_document(f"<html><head></head><body>{head}<p>Text.</p></body></html>", ".html", "a.html")
    assert (document.published, document.published_from) == (dt.date(2024, 11, 4), where)
    assert "NewsArticle" not in document.prose


def test_a_factcheck_marker_in_an_html_comment_stays_in_the_prose() -> None:
    document = parse_document("<p>A.</p><!-- factcheck: ignore nk -- quoted --><p>B.</p>", ".html", "a.html")
    assert "<!-- factcheck: ignore nk -- quoted -->" in document.prose


# --- Markdown --------------------------------------------------------------------------------------------------

MARKDOWN = """---
title: "Troops: 99"
published: 2024-11-04
---
# North Korea sends troops

Pyongyang sent [15,000 troops](https://example.com/2019/500-troops) to Russia.

```
troops = 70000
```

Run `count 80000` to see. <!-- 90,000 was an old draft -->

> A quote with 3,000 soldiers.
- A list item with 4,000 soldiers.
<!-- factcheck: ignore nk -- a quoted claim -->
"""


@pytest.fixture(scope="module")
def markdown() -> Document:
    return parse_document(MARKDOWN, ".md", "a.md")


def test_markdown_front_matter_gives_the_date_and_is_not_prose(markdown: Document) -> None:
    assert (markdown.published, markdown.published_from) == (dt.date(2024, 11, 4), "front matter published:")
    assert "99" not in markdown.prose


def test_markdown_code_link_targets_and_comments_are_not_prose(markdown: Document) -> None:
    for hidden in ("70000", "80000", "90,000", "2019", "500-troops"):
        assert hidden not in markdown.prose
    assert "15,000 troops" in markdown.prose


def test_markdown_headings_lists_quotes_and_markers_are_prose(markdown: Document) -> None:
    for kept in ("North Korea sends troops", "3,000 soldiers", "4,000 soldiers", "<!-- factcheck: ignore nk"):
        assert kept in markdown.prose


def test_markdown_keeps_the_stored_line_and_column(markdown: Document) -> None:
    assert position_of(markdown, "15,000") == (7, 17)
    assert position_of(markdown, "4,000") == (16, 20)


def test_front_matter_with_a_quoted_date_key() -> None:
    document = parse_document('---\ndate: "4 November 2024"\n---\nText.\n', ".md", "a.md")
    assert (document.published, document.published_from) == (dt.date(2024, 11, 4), "front matter date:")


# --- plain-text datelines and date order ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "order"),
    [
        ("October 28, 2024 — Officials said.\n", dt.date(2024, 10, 28), None),
        ("SEOUL, Nov. 4, 2024 — Officials said.\n", dt.date(2024, 11, 4), None),
        ("LONDON, 4 November 2024 — Officials said.\n", dt.date(2024, 11, 4), "DMY"),
        ("Troops sent\nBy Jane Doe\n\nWASHINGTON, Nov. 4, 2024 — Officials said.\n", dt.date(2024, 11, 4), "MDY"),
        ("Troops sent\n\nNEW DELHI, 4 November 2024 - Officials said.\n", dt.date(2024, 11, 4), "DMY"),
    ],
)
def test_a_dateline_gives_the_date_and_its_city_the_date_order(text: str, day: dt.date, order: str | None) -> None:
    document = parse_document(text, ".txt", "a.txt")
    assert (document.published, document.published_from, document.date_order) == (day, "dateline", order)


def test_no_dateline_no_date_and_no_order() -> None:
    document = parse_document("Officials said on Monday that troops arrived.\n", ".txt", "a.txt")
    assert (document.published, document.published_from, document.date_order) == (None, None, None)


# --- encodings -------------------------------------------------------------------------------------------------


def test_a_cyrillic_windows_file_is_detected_and_named() -> None:
    text = "Пхеньян отправил 50 000 военнослужащих в Россию. Это подтвердили в Сеуле официальные лица.\n"
    decoded, notes = decode(text.encode("cp1251"), Path("a.txt"))
    assert decoded == text
    assert notes == ("read as windows-1251 (not valid UTF-8 from line 1); save it as UTF-8 to silence this",)


def test_mojibake_is_refused_with_its_line_and_the_fix() -> None:
    raw = "Fine first line.\nThe caf\u00e9\u2019s owner said.\n".encode().decode("cp1252").encode()
    with pytest.raises(SourceError, match=r"line 2 reads as garbled text .*save it as UTF-8") as caught:
        decode(raw, Path("a.txt"))
    assert caught.value.line == 2


def test_bytes_that_decode_only_to_noise_are_refused() -> None:
    with pytest.raises(SourceError, match=r"not readable text in any encoding.*save it as UTF-8"):
        decode(bytes(range(0x80, 0x100)) * 20, Path("a.txt"))


# --- facts.yaml locale: ----------------------------------------------------------------------------------------


def test_locale_in_facts_yaml_gives_the_date_order_of_sources_without_a_dateline_city(tmp_path: Path) -> None:
    from pytest_factcheck.api import read_corpus
    from pytest_factcheck.schema import read_facts_file

    (tmp_path / "uk").mkdir()
    (tmp_path / "uk" / "a.md").write_text("Troops arrived on 4/11/2024.\n", encoding="utf-8")
    (tmp_path / "uk" / "b.txt").write_text("WASHINGTON, Nov. 4, 2024 — Troops arrived.\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("Troops arrived.\n", encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(
        "sources: ['**/*.md', '**/*.txt']\n"
        "locale:\n  - source: uk/*\n    dates: day-first\n"
        "facts:\n  - id: t\n    claim: 14,000 troops.\n    subject: [troops]\n    quantity: 14,000\n",
        encoding="utf-8",
    )
    documents = read_corpus(read_facts_file(facts), False).documents
    assert documents["uk/a.md"].date_order == "DMY"
    assert documents["uk/b.txt"].date_order == "MDY"  # its dateline city says so
    assert documents["other.txt"].date_order is None


def test_unclosed_paragraphs_close_as_in_a_browser_and_a_teaser_never_swallows_the_article() -> None:
    page = "<p>READ MORE: toll rises to 9,000<p>Pyongyang sent 15,000 troops.<p>They arrived.</body>"
    document = parse_document(page, ".html", "a.html")
    assert "9,000" not in document.prose
    assert paragraph_texts(document) == ["Pyongyang sent 15,000 troops.", "They arrived."]


def test_a_long_block_of_links_is_prose_not_a_teaser() -> None:
    sentence = "Pyongyang sent 15,000 troops to Russia, officials said on Monday. "
    document = parse_document(f'<p><a href="/x">{sentence * 6}</a></p>', ".html", "a.html")
    assert "15,000 troops" in document.prose


def test_deep_nesting_and_stray_end_tags_are_read_in_linear_time() -> None:
    import time

    page = "<div><span>" * 10_000 + "Pyongyang sent 15,000 troops." + "</p></em>" * 10_000 + "</span></div>" * 10_000
    started = time.perf_counter()
    document = parse_document(page, ".html", "a.html")
    assert time.perf_counter() - started < 5
    assert "Pyongyang sent 15,000 troops." in document.prose
