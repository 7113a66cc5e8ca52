"""The README's troubleshooting table lists every message the plugin can print to an editor.

The messages are collected from the code, not listed here, so the table cannot fall
behind: a new error or warning fails this test until the table has a row for it.
A message is:

* the first argument of a call to one of the project's errors or warnings (a callee
  whose name ends in ``Error`` or ``Warning``, not Python's own, which are bugs, not
  messages), pytest's ``UsageError``, and the loaders' ``fail``/``error``/``warning`` helpers;
* in the modules that build source problems and warnings as plain strings
  (``EDITOR_MODULES``), every string in the project's "what is wrong; the fix" form,
  and every string appended to a list of warnings (``warnings.append(...)``).

A message is listed when the longest fixed part (the text between its ``{}``
placeholders) of what it says is wrong (the text before its first "; ", which
gives the fix, or before its first line break) appears in the table, with whitespace and quotes as written.
"""

from __future__ import annotations

import ast
import builtins
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "pytest_factcheck"
README = Path(__file__).parent.parent / "README.md"
HELPERS = {"fail", "error", "warning"}
EDITOR_MODULES = (
    "api.py",
    "nlp.py",
    "options.py",
    "suppressions.py",
    "sources/read.py",
    "sources/decode.py",
    "report/warnings.py",
)
#: Lists of warnings the editor modules append messages to.
WARNING_LISTS = {"warnings", "found"}
#: Calls whose strings are help texts, not messages.
NOT_MESSAGES = {"Setting", "output_setting", "add_argument", "add_parser", "addoption", "addini"}
#: Shorter fixed parts say nothing on their own (a message that is only placeholders passes another one on).
MIN_PART = 9


@dataclass(frozen=True)
class Message:
    where: str  # module:line
    parts: tuple[str, ...]  # the fixed text between placeholders

    problem: tuple[str, ...]  # the fixed parts before the first "; "

    @property
    def key(self) -> str:
        return max(self.problem or self.parts, key=len)


def _normal(text: str) -> str:
    return " ".join(text.replace("`", "").split())


def _fixed(text: str) -> tuple[str, ...]:
    parts = (_normal(p).strip(" ;:,.'\"()") for p in re.split(r"\0|\n", text))
    return tuple(p for p in parts if len(p) >= MIN_PART)


def _text(node: ast.expr) -> str | None:
    """The fixed parts of a string expression (literal, f-string, or a '+' of them); None if not a string."""
    """A string expression (literal, f-string, or a '+' of them) with NUL for each placeholder."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join("\0" if not isinstance(v, ast.Constant) else str(v.value) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None and right is None else (left or "\0") + (right or "\0")
    return None


def _message(where: str, node: ast.expr) -> Message | None:
    text = _text(node)
    if text is None or not _fixed(text):
        return None
    return Message(where, _fixed(text), _fixed(re.split(r"; |\n", text, maxsplit=1)[0]))


def _callee(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def _is_message_call(node: ast.Call) -> bool:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr == "UsageError"
    name = _callee(node)
    return (name.endswith(("Error", "Warning")) and not hasattr(builtins, name)) or name in HELPERS


def _is_warning_append(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and isinstance(func.value, ast.Name)
        and func.value.id in WARNING_LISTS
    )


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            found.add(id(body[0].value))
    return found


def collect(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(PACKAGE).as_posix()
    skipped = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) in NOT_MESSAGES:
            skipped |= {id(inner) for inner in ast.walk(node)}
        if isinstance(node, ast.JoinedStr):
            skipped |= {id(value) for value in node.values}
    found: list[Message] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_message_call(node) and node.args:
            message = _message(f"{where}:{node.lineno}", node.args[0])
            if message:
                found.append(message)
                skipped |= {id(inner) for inner in ast.walk(node.args[0])}
    if where in EDITOR_MODULES:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_warning_append(node) and node.args:
                message = _message(f"{where}:{node.lineno}", node.args[0])
                if message and id(node.args[0]) not in skipped:
                    found.append(message)
                    skipped |= {id(inner) for inner in ast.walk(node.args[0])}
        for node in ast.walk(tree):
            if id(node) in skipped or not isinstance(node, (ast.Constant, ast.JoinedStr)):
                continue
            message = _message(f"{where}:{node.lineno}", node)
            if message and "; " in (_text(node) or ""):
                found.append(message)
    return found


def messages() -> list[Message]:
    files = sorted(p for p in PACKAGE.rglob("*.py") if "lexicon" not in p.parts)
    return [m for path in files for m in collect(path)]


def troubleshooting_table() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Troubleshooting\n", 1)[1].split("\n## ", 1)[0]
    return _normal("\n".join(line for line in section.splitlines() if line.startswith("|")))


def test_the_collector_finds_the_messages_of_every_kind() -> None:
    found = messages()
    assert len({m.key for m in found}) > 80
    texts = [" ".join(m.parts) for m in found]
    for known in ("this is a folder; give a file name, like", "which is no fact", "reads as garbled text"):
        assert any(known in text for text in texts), known


@pytest.mark.parametrize("message", messages(), ids=lambda m: m.where)
def test_each_message_is_in_the_troubleshooting_table(message: Message) -> None:
    assert message.key in troubleshooting_table(), (
        f"{message.where}: add a row to the README's troubleshooting table for: {message.key!r}"
    )
