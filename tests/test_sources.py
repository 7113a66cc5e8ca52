"""Reading source documents: what is checked (the prose a reader sees), which
line of the stored file each part comes from, and the publication date that
relative dates ("last year") need."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pytest_factcheck.errors import SourceError
from pytest_factcheck.sources import (
    dateline_date,
    decode,
    parse_document,
    read_document,
    read_publication_date,
)


def line_of(text: str, needle: str, suffix: str) -> int:
    document = parse_document(text, suffix, "doc" + suffix)
    return document.line_at(document.prose.index(needle))


# --- plain text -------------------------------------------------------------------------------------------------


def test_plain_text_is_checked_as_written() -> None:
    document = parse_document("The treaty was signed.\nIt stands.\n", ".txt", "a.txt")
    assert document.prose == "The treaty was signed.\nIt stands.\n"
    assert document.path == "a.txt"
    assert document.published is None


@pytest.mark.parametrize(
    ("needle", "line"),
    [("First", 1), ("Second", 2), ("Fourth", 4), ("last word", 6)],
)
def test_lines_of_plain_text(needle: str, line: int) -> None:
    text = "First line.\nSecond line.\n\nFourth line.\n\nThe last word."
    assert line_of(text, needle, ".txt") == line


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_windows_and_old_mac_line_ends_count_as_lines(newline: str) -> None:
    text = newline.join(["one", "two", "three troops"])
    document = parse_document(text, ".txt", "a.txt")
    assert "\r" not in document.prose
    assert document.line_at(document.prose.index("three")) == 3


def test_front_matter_in_a_txt_file_is_plain_text() -> None:
    document = parse_document("---\ndate: 2025-10-09\n---\nBody", ".txt", "a.txt")
    assert document.prose.startswith("---")
    assert document.published is None


# --- Markdown ---------------------------------------------------------------------------------------------------

MARKDOWN = """---
title: "Pyongyang sent 99 troops"
date: 2025-10-09
---

# Kim writes to Putin

Pyongyang sent some 20,000 troops.
"""


def test_markdown_front_matter_is_not_prose_but_keeps_its_lines() -> None:
    document = parse_document(MARKDOWN, ".md", "a.md")
    assert "99 troops" not in document.prose
    assert "title" not in document.prose
    assert document.line_at(document.prose.index("Pyongyang sent some")) == 8
    assert document.line_at(document.prose.index("# Kim")) == 6


@pytest.mark.parametrize(
    ("front_matter", "published"),
    [
        ("date: 2025-10-09", dt.date(2025, 10, 9)),
        ("date: '2025-10-09'", dt.date(2025, 10, 9)),
        ("date: 2025-10-09T08:30:00Z", dt.date(2025, 10, 9)),
        ('date: "October 9, 2025"', dt.date(2025, 10, 9)),
        ("published: 9 October 2025", dt.date(2025, 10, 9)),
        ("pubdate: 2024-06-21", dt.date(2024, 6, 21)),
        ("Date: 2024-06-21", dt.date(2024, 6, 21)),
        ("date: October 2025", None),
        ("date: soon", None),
        ("title: no date", None),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_the_publication_date_comes_from_front_matter(front_matter: str, published: dt.date | None) -> None:
    document = parse_document(f"---\n{front_matter}\n---\nBody text.\n", ".md", "a.md")
    assert document.published == published


@pytest.mark.parametrize("suffix", [".md", ".markdown"])
def test_markdown_suffixes(suffix: str) -> None:
    assert parse_document("---\ndate: 2024-06-21\n---\nBody", suffix, "a" + suffix).published == dt.date(2024, 6, 21)


def test_markdown_without_front_matter_is_all_prose() -> None:
    document = parse_document("Body only.\n---\nMore.\n", ".md", "a.md")
    assert document.prose == "Body only.\n---\nMore.\n"


# --- HTML -------------------------------------------------------------------------------------------------------

HTML = """<html><head><title>Pyongyang sent 99 troops</title>
<script>var troops = 99;</script><style>p { color: red }</style></head>
<body>
<h1>News</h1>
<p>Intro paragraph.</p>
<p>Officials said
Pyongyang sent some 20,000 troops.</p>
<!-- Pyongyang sent 77 troops -->
<div>Tom &amp; Jerry&nbsp;&eacute;t&eacute;</div>
</body></html>"""


def test_html_prose_is_the_visible_text() -> None:
    prose = parse_document(HTML, ".html", "a.html").prose
    assert "Pyongyang sent some 20,000 troops." in prose
    for hidden in ("99", "var troops", "color", "77 troops", "<p>"):
        assert hidden not in prose


def test_html_entities_are_decoded() -> None:
    assert "Tom & Jerry\xa0été" in parse_document(HTML, ".html", "a.html").prose


@pytest.mark.parametrize(
    ("needle", "line"),
    [("News", 4), ("Intro", 5), ("Officials", 6), ("Pyongyang sent some", 7), ("Tom", 9)],
)
def test_html_prose_maps_back_to_the_lines_of_the_file(needle: str, line: int) -> None:
    assert line_of(HTML, needle, ".html") == line


def test_html_block_elements_separate_paragraphs() -> None:
    prose = parse_document("<p>One</p><p>Two</p><ul><li>Three</li></ul>", ".html", "a.html").prose
    assert "One\n\n" in prose
    assert "Two\n\n" in prose


def test_inline_html_elements_do_not_split_a_sentence() -> None:
    prose = parse_document("<p>Pyongyang sent <b>20,000</b> <a href='x'>troops</a>.</p>", ".htm", "a.htm").prose
    assert "Pyongyang sent 20,000 troops." in prose


# --- publication dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "published"),
    [
        ("SEOUL, Nov. 4, 2024 — North Korea said", dt.date(2024, 11, 4)),
        ("Pyongyang/Seoul, January 9, 2026 – North Korean leader", dt.date(2026, 1, 9)),
        ("MOSCOW, 19 June 2024 -- The treaty", dt.date(2024, 6, 19)),
        ("WASHINGTON, June 2024 — The treaty", None),
        ("No dateline here, only text — and a dash.", None),
        ("SEOUL (Reuters) - North Korea said", None),
    ],
    ids=["abbreviated month", "two cities", "day month year", "month only", "no dateline", "agency"],
)
def test_a_wire_dateline_gives_the_publication_date(prose: str, published: dt.date | None) -> None:
    assert dateline_date(prose) == published


def test_a_dateline_further_down_is_not_the_publication_date() -> None:
    prose = "x" * 250 + "\nSEOUL, Nov. 4, 2024 — North Korea said"
    assert dateline_date(prose) is None


def test_front_matter_date_wins_over_a_dateline() -> None:
    text = "---\ndate: 2025-10-09\n---\nSEOUL, Nov. 4, 2024 — North Korea said"
    assert parse_document(text, ".md", "a.md").published == dt.date(2025, 10, 9)


def test_a_txt_file_takes_its_date_from_the_dateline() -> None:
    document = parse_document("SEOUL, Nov. 4, 2024 — North Korea said", ".txt", "a.txt")
    assert document.published == dt.date(2024, 11, 4)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("2025-10-09", dt.date(2025, 10, 9)),
        ("2025-10-09T10:00:00+09:00", dt.date(2025, 10, 9)),
        ("9 October 2025", dt.date(2025, 10, 9)),
        ("October 9, 2025", dt.date(2025, 10, 9)),
        ("October 2025", None),
        ("2025", None),
        ("January 8", None),
        ("", None),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_publication_date_is_a_full_calendar_day(text: str, published: dt.date | None) -> None:
    assert read_publication_date(text) == published


# --- decoding and reading files ---------------------------------------------------------------------------------


def test_utf8_with_a_byte_order_mark_is_read_without_it() -> None:
    text, notes = decode("\ufeffTroops".encode(), Path("a.txt"))
    assert (text, notes) == ("Troops", ())


def test_a_file_that_is_not_utf8_is_read_with_a_warning_naming_the_line() -> None:
    text, notes = decode("line one\ncafé".encode("cp1252"), Path("a.txt"))
    assert text == "line one\ncafé"
    assert len(notes) == 1
    assert notes[0] == "read as windows-1252 (not valid UTF-8 from line 2); save it as UTF-8 to silence this"


def test_a_binary_file_is_an_error_that_says_what_to_do() -> None:
    with pytest.raises(SourceError, match=r"binary.*remove it from 'sources'"):
        decode(b"\x89PNG\x00\x00\x01", Path("a.txt"))


def test_read_document_reports_the_path_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Pyongyang sent 15,000 troops.\n", encoding="utf-8")
    document = read_document(path, "seeds/article.txt")
    assert document.path == "seeds/article.txt"
    assert document.prose == "Pyongyang sent 15,000 troops.\n"
    assert len(document.sha256) == 64


def test_read_document_reads_utf16(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Pyongyang sent 15,000 troops.".encode("utf-16"))
    document = read_document(path, "article.txt")
    assert document.prose == "Pyongyang sent 15,000 troops."
    assert document.warnings == ("read as UTF-16; save it as UTF-8 to silence this",)


def test_read_document_keeps_the_encoding_warning(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("café".encode("cp1252"))
    assert read_document(path, "article.txt").warnings


@pytest.mark.parametrize("name", ["article.pdf", "article.docx", "README"])
def test_an_unsupported_file_type_is_an_error_naming_the_supported_ones(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("text", encoding="utf-8")
    with pytest.raises(SourceError, match=r"\.txt, \.md or \.html"):
        read_document(path, name)


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as raised:
        read_document(tmp_path / "gone.txt", "gone.txt")
    assert "gone.txt" in str(raised.value)
    assert "cannot read" in raised.value.message


@pytest.mark.parametrize("suffix", [".HTML", ".Md", ".TXT"])
def test_suffixes_are_case_insensitive(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / ("article" + suffix)
    path.write_text("Pyongyang sent 15,000 troops.", encoding="utf-8")
    assert "15,000 troops" in read_document(path, path.name).prose
