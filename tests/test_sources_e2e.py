"""No value in a page's furniture reaches a finding, end to end through ``pytest``.

A web page whose navigation, header, footer, aside, cookie banner, teaser,
related-story links, link-only line and form each carry a WRONG figure for the
fact, while the article's prose carries the right one: the fact passes and no
finding quotes furniture. The same wrong sentence moved into the prose fails the
fact, quoting its stored line; in a figcaption it fails too, marked as a caption.
The same for Markdown: a wrong figure in a link target, code or a comment is
never read; in a list item or a block quote it is.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

PLUGIN_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--factcheck-model=blank:en")
FACTS = """\
sources:
  - articles/*
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000 troops to Russia.
    subject: [troops]
    context: [Pyongyang]
    quantity: 14,000
"""


def wrong(figure: str) -> str:
    return f"Pyongyang sent {figure} troops to Russia, officials said."


#: (what the furniture is, its wrong figure, the markup that carries it on one line)
FURNITURE = [
    ("nav", "90,000", '<nav><a href="/">Home</a> <p>{}</p></nav>'),
    ("site header", "91,000", "<header><p>{}</p></header>"),
    ("footer", "92,000", "<footer><p>{} &copy; 2019 The Paper</p></footer>"),
    ("aside", "93,000", "<aside><p>{}</p></aside>"),
    ("cookie banner", "94,000", '<div class="cookie-banner"><p>{} We use cookies.</p></div>'),
    ("read-more teaser", "95,000", "<p>READ MORE: {}</p>"),
    ("related-story links", "96,000", '<ul class="related"><li><a href="/b">{}</a></li></ul>'),
    ("link-only line", "97,000", '<p><a href="/c">{}</a></p>'),
    ("form", "98,000", '<form><label>{}</label><input name="q"></form>'),
]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def page(furniture: list[str], in_prose: str = "", caption: str = "") -> str:
    top = "\n".join(furniture[:5])
    bottom = "\n".join(furniture[5:])
    return f"""\
<!doctype html>
<html><head>
<meta property="article:published_time" content="2024-11-04T08:00:00Z">
<title>Troops</title>
</head><body>
{top}
<article>
<h1>North Korean troops in Russia</h1>
<figure><img src="t.jpg" alt="Troops">
<figcaption>{caption or "Soldiers at a parade in Pyongyang."}</figcaption>
</figure>
<p>Pyongyang sent 14,000 troops to Russia,
Seoul's spy agency said on Monday.</p>
<p>{in_prose or "The deployment began in October."}</p>
{bottom}
</article>
</body></html>
"""


def run(pytester: pytest.Pytester, name: str, text: str) -> tuple[pytest.RunResult, list[dict[str, Any]]]:
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir(exist_ok=True)
    (pytester.path / "articles" / name).write_text(text, encoding="utf-8")
    result = pytester.runpytest(*PLUGIN_ARGS, "--factcheck-json=report.json")
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    return result, [finding for fact in report["facts"] for finding in fact["findings"]]


def compared(findings: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    return [(f["verdict"], f["found"], f["line"]) for f in findings if f["verdict"] in ("supports", "contradicts")]


def test_a_wrong_figure_in_every_kind_of_furniture_reaches_no_finding(
    pytester: pytest.Pytester, preloaded: None
) -> None:
    furniture = [markup.format(wrong(figure)) for _, figure, markup in FURNITURE]
    text = page(furniture)
    result, findings = run(pytester, "page.html", text)
    result.assert_outcomes(passed=1)
    assert compared(findings) == [("supports", "14,000", line_of(text, "Pyongyang sent 14,000"))]
    output = "\n".join(result.outlines) + json.dumps(findings)
    for kind, figure, _ in FURNITURE:
        assert figure not in output, kind


@pytest.mark.parametrize(("kind", "figure"), [(kind, figure) for kind, figure, _ in FURNITURE])
def test_the_same_wrong_figure_in_the_prose_fails_the_fact_at_its_line(
    pytester: pytest.Pytester, preloaded: None, kind: str, figure: str
) -> None:
    text = page([], in_prose=wrong(figure))
    result, findings = run(pytester, "page.html", text)
    result.assert_outcomes(failed=1)
    line = line_of(text, wrong(figure))
    assert ("contradicts", figure, line) in compared(findings)
    output = "\n".join(result.outlines)
    assert f"contradicted by articles/page.html:{line}" in output
    assert f"found: {figure}" in output
    assert wrong(figure) in output  # the sentence is quoted


def test_a_wrong_figure_in_a_figcaption_fails_the_fact_marked_as_a_caption(
    pytester: pytest.Pytester, preloaded: None
) -> None:
    text = page([], caption=wrong("9,000"))
    result, findings = run(pytester, "page.html", text)
    result.assert_outcomes(failed=1)
    (caption,) = [f for f in findings if f["verdict"] == "contradicts"]
    line = line_of(text, wrong("9,000"))
    assert (caption["found"], caption["line"], caption["block"]) == ("9,000", line, "caption")
    assert all(f["block"] is None for f in findings if f is not caption)
    assert f"contradicted by articles/page.html:{line}" in "\n".join(result.outlines)


MARKDOWN = """\
---
title: North Korean troops in Russia
date: 2024-11-04
---
# North Korean troops in Russia

Pyongyang sent 14,000 troops to Russia, [Seoul's spy agency](https://example.com/pyongyang-9,000-troops
"Pyongyang sent 9,100 troops") said.

Run `Pyongyang sent 9,200 troops` in the archive, or read [the brief][brief].

```
Pyongyang sent 9,300 troops to Russia.
```

    Pyongyang sent 9,400 troops to Russia.

<!-- Pyongyang sent 9,500 troops to Russia, said the first draft. -->

{extra}

[brief]: https://example.com/brief "Pyongyang sent 9,600 troops"
"""
HIDDEN_IN_MARKDOWN = ("9,000", "9,100", "9,200", "9,300", "9,400", "9,500", "9,600")


def test_a_wrong_figure_in_a_link_target_code_or_a_comment_reaches_no_finding(
    pytester: pytest.Pytester, preloaded: None
) -> None:
    result, findings = run(pytester, "story.md", MARKDOWN.format(extra="The deployment began in October."))
    result.assert_outcomes(passed=1)
    assert compared(findings) == [("supports", "14,000", 7)]
    assert {f["published_from"] for f in findings} == {"front matter date:"}
    output = "\n".join(result.outlines) + json.dumps(findings)
    for figure in HIDDEN_IN_MARKDOWN:
        assert figure not in output


@pytest.mark.parametrize(
    "extra",
    [
        "- The army's tally differs:\n- " + wrong("8,000"),
        "1. " + wrong("8,000"),
        "> " + wrong("8,000"),
        "> The agency's report\n> said that " + wrong("8,000").lower(),
        "| Source | Claim |\n|---|---|\n| Seoul | " + wrong("8,000") + " |",
    ],
    ids=["list item", "numbered item", "block quote", "quote's second line", "table cell"],
)
def test_a_wrong_figure_in_a_list_quote_or_table_fails_the_fact_at_its_line(
    pytester: pytest.Pytester, preloaded: None, extra: str
) -> None:
    text = MARKDOWN.format(extra=extra)
    result, findings = run(pytester, "story.md", text)
    result.assert_outcomes(failed=1)
    line, column = line_of(text, "8,000"), text.index("8,000") - text.rindex("\n", 0, text.index("8,000"))
    (found,) = [f for f in findings if f["verdict"] == "contradicts"]
    assert (found["found"], found["value_line"], found["value_column"]) == ("8,000", line, column)
    output = "\n".join(result.outlines)
    assert f"contradicted by articles/story.md:{found['line']}" in output
    assert "found: 8,000" in output


def test_a_front_matter_that_is_not_yaml_is_a_warning_naming_the_file_and_line(
    pytester: pytest.Pytester, preloaded: None
) -> None:
    text = "---\ntitle: Troops: in Russia\ndate: 2024-11-04\n---\nPyongyang sent 14,000 troops to Russia.\n"
    result, findings = run(pytester, "story.md", text)
    result.assert_outcomes(passed=1)
    output = "\n".join(result.outlines)
    assert "articles/story.md:2: the front matter is not read (" in output
    assert "Traceback" not in output
    assert compared(findings) == [("supports", "14,000", 5)]
