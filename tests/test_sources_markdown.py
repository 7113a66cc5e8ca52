"""Markdown read through markdown-it-py: what is prose, what is left out, and where each part is stored."""

from __future__ import annotations

import datetime as dt

import pytest

from pytest_factcheck.sources import Document, parse_document


def read(text: str) -> Document:
    return parse_document(text, ".md", "a.md")


def paragraph_texts(document: Document) -> list[str]:
    return [" ".join(document.prose[start:end].split()) for start, end in document.paragraphs]


def position_of(document: Document, needle: str) -> tuple[int, int]:
    return document.position_at(document.prose.index(needle))


@pytest.mark.parametrize(
    ("markdown", "hidden"),
    [
        ("Some [15,000 troops](https://example.com/2019/9000-troops) arrived.\n", "9000"),
        ('Some [15,000 troops](https://example.com/a "9,000 troops") arrived.\n', "9,000"),
        ("Some [15,000 troops](<https://example.com/a 9000>) arrived.\n", "9000"),
        ("Some [15,000 troops](https://example.com/a_(9000)) arrived.\n", "9000"),
        ("Some [15,000 troops][ref] arrived.\n\n[ref]: https://example.com/9000\n", "9000"),
        ("Some [15,000 troops] arrived.\n\n[15,000 troops]: https://example.com/9000\n", "9000"),
        ("See <https://example.com/9000-troops> for more.\n", "9000"),
        ("A photo ![9,000 troops](https://example.com/9000.jpg) of them.\n", "9000"),
        ("Run `troops = 9000` to see.\n", "9000"),
        ("Run ``a ` 9000`` to see.\n", "9000"),
        ("```\ntroops = 9000\n```\n", "9000"),
        ("~~~python\ntroops = 9000\n~~~\n", "9000"),
        ("Text.\n\n    troops = 9000\n", "9000"),
        ("> Quote.\n> ```\n> troops = 9000\n> ```\n", "9000"),
        ("- Item.\n\n  ```\n  troops = 9000\n  ```\n", "9000"),
        ("Some 15,000 troops <!-- 9,000 was a draft --> arrived.\n", "9,000"),
        ("<!--\n9,000 was a draft\n-->\n\nSome 15,000 troops arrived.\n", "9,000"),
        ("Some <span class='n'>15,000</span> troops arrived.\n", "span"),
        ("<div class='box'>\nSome 15,000 troops arrived.\n</div>\n", "div"),
        ("<div>\n<script>var troops = 9000;</script>\nSome troops.\n</div>\n", "9000"),
        ("Some **15,000** troops arrived.\n", "*"),
        ("<nav>\n\n- [9,000 troops](/a)\n- Home\n\n</nav>\n\nSome 15,000 troops arrived.\n", "9,000"),
        ("<aside>\n\nRelated: 9,000 troops\n\n</aside>\n\nSome 15,000 troops arrived.\n", "9,000"),
    ],
)
def test_what_markdown_leaves_out_is_not_prose(markdown: str, hidden: str) -> None:
    document = read(markdown)
    assert hidden not in document.prose
    assert all(hidden not in text for text in paragraph_texts(document))


@pytest.mark.parametrize(
    ("markdown", "paragraph"),
    [
        ("# Some 15,000 troops arrived\n", "# Some 15,000 troops arrived"),
        ("Some troops arrived\n===\n", "Some troops arrived"),
        ("- Some 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
        ("1. Some 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
        ("3) Some 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
        ("> Some 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
        ("> > Some 15,000\n> > troops arrived.\n", "Some 15,000 troops arrived."),
        ("- > Some 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
        ("Some [15,000 troops](https://example.com) arrived.\n", "Some 15,000 troops arrived."),
        ("Some **15,000** troops arrived.\n", "Some 15,000 troops arrived."),
        ("Some *15,000* troops ~~arrived~~.\n", "Some 15,000 troops arrived."),
        ("Tom &amp; Jerry sent 15&#44;000 troops.\n", "Tom & Jerry sent 15,000 troops."),
        ("It cost \\$5 million.\n", "It cost $5 million."),
        ("| Troops | 15,000 |\n|---|---|\n| Tanks | 300 |\n", "| Tanks | 300 |"),
        ("<div>\nSome <b>15,000</b> troops arrived.\n</div>\n", "Some 15,000 troops arrived."),
        ("<nav>\nHome\n\nSome 15,000 troops arrived.\n", "Some 15,000 troops arrived."),
    ],
)
def test_headings_lists_quotes_tables_and_raw_html_text_are_prose(markdown: str, paragraph: str) -> None:
    assert paragraph in paragraph_texts(read(markdown))


FRONT = "---\ntitle: A story\ndate: 2024-11-04\n---\n"


@pytest.mark.parametrize(
    ("markdown", "needle", "position"),
    [
        (FRONT + "The army said on Monday that it\nhad sent some\n15,000 troops.\n", "15,000", (7, 1)),
        (FRONT + "\nThe army said that it had sent\nsome 15,000 troops.\n", "15,000", (7, 6)),
        (FRONT + "A [link](https://example.com/x) and\nthen **15,000** troops.\n", "15,000", (6, 8)),
        ("A [link](https://example.com/x) and 15,000 troops.\n", "15,000", (1, 37)),
        ("A `code` span, &amp; 15,000 troops.\n", "15,000", (1, 22)),
        ("> The army said\n> it sent 15,000 troops.\n", "15,000", (2, 11)),
        ("- The army said\n  it sent 15,000 troops.\n", "15,000", (2, 11)),
        ("1. The army sent 15,000 troops.\n", "15,000", (1, 18)),
        ("| Army | 15,000 | 15 |\n|---|---|---|\n", "15 |", (1, 19)),
        ("```\n9000\n```\nAfter the code, 15,000 troops.\n", "15,000", (4, 17)),
        ("<!-- a\ncomment -->\nAfter it, 15,000 troops.\n", "15,000", (3, 11)),
    ],
)
def test_a_figure_keeps_its_stored_line_and_column(markdown: str, needle: str, position: tuple[int, int]) -> None:
    assert position_of(read(markdown), needle) == position


def test_each_block_is_one_paragraph_and_its_wrapped_lines_are_joined() -> None:
    document = read(
        "# Troops arrive\n\nThe army said on Monday that it had sent\nSome 15,000 troops.\n\n"
        "- One item.\n- Another item.\n\n> A quote\n> on two lines.\n"
    )
    assert paragraph_texts(document) == [
        "# Troops arrive",
        "The army said on Monday that it had sent Some 15,000 troops.",
        "One item.",
        "Another item.",
        "A quote on two lines.",
    ]


def test_a_factcheck_marker_in_a_comment_stays_in_the_prose() -> None:
    document = read("Text.\n\n<!-- factcheck: ignore nk -- quoted -->\nSome 15,000 troops.\n")
    assert "<!-- factcheck: ignore nk -- quoted -->" in document.prose
    assert position_of(document, "<!-- factcheck") == (3, 1)


@pytest.mark.parametrize(
    ("front_matter", "line", "message"),
    [
        ("title: x\ndate: [2024\n", 4, "is not closed"),
        ("title: Troops: 99 arrive\n", 2, "second ': '"),
        ("date: 2024-11-04\ndate: 2024-11-05\n", 3, "appears twice"),
        ("date: !!python/object 2024\n", 2, "not allowed in front matter"),
    ],
)
def test_a_front_matter_that_is_not_yaml_is_a_warning_at_its_line(front_matter: str, line: int, message: str) -> None:
    document = read(f"---\n{front_matter}---\nSome 15,000 troops.\n")
    assert len(document.warnings) == 1
    warning = document.warnings[0]
    assert warning.startswith(f"line {line}: the front matter is not read (")
    assert message in warning
    assert "its date is not used" in warning
    assert document.published is None
    assert "Troops: 99" not in document.prose and "2024" not in document.prose
    assert paragraph_texts(document) == ["Some 15,000 troops."]


def test_the_front_matter_date_is_the_publication_date_and_says_so() -> None:
    document = read(FRONT + "Some 15,000 troops.\n")
    assert (document.published, document.published_from) == (dt.date(2024, 11, 4), "front matter date:")
    assert document.warnings == ()


def test_lines_nested_past_markdowns_limit_are_read_as_stored_with_a_warning() -> None:
    document = read("> " * 30 + "some 15,000 troops\n\nAfter it, 2,000 tanks.\n")
    assert any("15,000 troops" in text for text in paragraph_texts(document))
    assert "After it, 2,000 tanks." in paragraph_texts(document)
    assert any("nest deeper" in warning for warning in document.warnings)
