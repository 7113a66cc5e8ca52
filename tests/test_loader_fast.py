"""The facts file read by libyaml's parser (when PyYAML has it) gives exactly what PyYAML's own
parser gives, every position included; a text it would read differently, or not at all, is left
to PyYAML's parser, whose errors are the ones explained to editors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck import loader
from pytest_factcheck.errors import FactsFileError

pytestmark = pytest.mark.skipif(loader._FAST_LOADER is None, reason="PyYAML was built without libyaml")

HEAD = "sources:\n  - articles/*.txt\nfacts:\n"


def _located(value: Any) -> Any:
    """A loaded value with every position it carries, to compare two loads field by field."""
    if isinstance(value, dict):
        return (value.mark, [(k, value.key_marks[k], value.value_marks[k], _located(v)) for k, v in value.items()])
    if isinstance(value, list):
        return (value.mark, value.item_marks, [_located(v) for v in value])
    return (type(value).__name__, value, getattr(value, "mark", None))


def _python_load(text: str) -> Any:
    parser = loader._Loader(text)
    try:
        node = parser.get_single_node()
    finally:
        parser.dispose()
    return None if node is None else loader._Builder(Path("facts.yaml")).build(node)


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "  - id: treaty-signed\n    claim: The treaty was signed in June 2024.\n    date: June 2024\n",
        HEAD + "  - id: a\n    subject: [treaty, 'pact', \"accord\"]\n    quantity: 14,000–15,000\n    tolerance: 5%\n",
        HEAD + "  - id: a\n    claim: >\n      folded\n      text\n    note: |\n      kept\n      lines\n",
        "defaults: &d\n  tolerance: 5%\n" + HEAD + "  - <<: *d\n    id: a\n    claim: x\n",
        HEAD + "  # a comment\n  - {id: a, claim: 'It''s 15,000', subject: [troops]}\n",
        HEAD + "  - id: é-ü\n    claim: Сеул 서울 “quoted” — dash\n    as_of: 2024-06-19\n    count: 3\n    on: yes\n",
        HEAD + "  - id: a\n    claim: line one\u0085    more: x\n",
        "",
        "# only a comment\n",
    ],
    ids=["plain", "flow-lists", "block-scalars", "merge-key", "flow-mapping", "types", "nel", "empty", "comment"],
)
def test_libyaml_reads_what_pyyaml_reads_with_the_same_positions(text: str) -> None:
    read, node = loader._compose_fast(text)
    assert read
    fast = None if node is None else loader._Builder(Path("facts.yaml")).build(node)
    assert _located(fast) == _located(_python_load(text))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (HEAD + "  - id: a\n    claim:\tThe treaty.\n", "a tab: libyaml takes it, PyYAML refuses it"),
        (HEAD + "  - id: a\n    claim: bell \x07\n", "a control character"),
        (HEAD + "  - id: a\n---\nsecond: document\n", "a second document"),
        (HEAD + "  - id: [a\n", "a syntax error"),
        ("a: &a [1]\n" + "".join(f"k{i}: *a\n" for i in range(loader.MAX_ALIASES + 1)), "too many aliases"),
        ("x: " + "[" * (loader.MAX_DEPTH + 1) + "]" * (loader.MAX_DEPTH + 1) + "\n", "nested too deeply"),
    ],
)
def test_a_text_libyaml_cannot_or_may_not_read_alike_is_left_to_pyyaml(text: str, why: str) -> None:
    assert loader._compose_fast(text) == (False, None), why


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "  - id: a\n    claim:\tThe treaty.\n",
        HEAD + "  - id: a\n---\nsecond: document\n",
        "x: " + "[" * (loader.MAX_DEPTH + 1) + "]" * (loader.MAX_DEPTH + 1) + "\n",
    ],
)
def test_errors_are_still_explained_with_their_line(text: str) -> None:
    with pytest.raises(FactsFileError) as raised:
        loader.load_yaml_text(text, Path("facts.yaml"))
    assert raised.value.line is not None
