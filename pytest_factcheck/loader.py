"""Safe YAML loading that remembers where every value came from.

Only plain YAML is accepted: tags (``!!python/object`` and kin) are refused on
every kind of value, aliases are limited so that an "alias bomb" fails fast,
nesting is limited so that a deeply nested file fails with a line number rather
than a crash, and duplicate keys are errors. Mappings load as :class:`Located`
dicts so that the schema can name the line of every problem.

Every error is a :class:`FactsFileError` with a message written for an editor
(what is wrong, where, how to fix it) and, where the text shows the problem, the
offending line with a caret under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import FactsFileError

#: How many times the file may use an alias (``*name``).
MAX_ALIASES = 100
#: How many values all aliases together may expand to (a "billion laughs" file expands to 10**9).
MAX_ALIAS_VALUES = 10_000
#: How deeply lists and mappings may nest; facts.yaml needs four levels.
MAX_DEPTH = 50
MAX_FACTS_FILE_BYTES = 10 * 1024 * 1024

_YAML_TAG = "tag:yaml.org,2002:"
_SAFE_SCALAR_TAGS = frozenset(_YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp"))
_SEQUENCE_TAG = _YAML_TAG + "seq"
_MAPPING_TAG = _YAML_TAG + "map"
_TIMESTAMP_TAG = _YAML_TAG + "timestamp"


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    column: int  # 1-based


class LocatedDict(dict[str, Any]):
    """A mapping that knows the position of itself, its keys and its values."""

    mark: Mark
    key_marks: dict[str, Mark]
    value_marks: dict[str, Mark]


class LocatedList(list[Any]):
    """A sequence that knows the position of itself and of each item."""

    mark: Mark
    item_marks: list[Mark]


class LocatedStr(str):
    """A string scalar with its position."""

    mark: Mark


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


class _LimitError(Exception):
    """A limit of :class:`_Loader` was exceeded at ``mark``."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


class _Limits:
    """PyYAML's safe composer with limits on nesting and on alias expansion.

    The limits are checked while the node tree is composed, before any value is
    built, so a hostile file stops at the first alias or level too many.
    """

    def _start_limits(self) -> None:
        self._depth = 0
        self._alias_uses = 0
        self._alias_values = 0
        self._open_anchors: set[str] = set()
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: Any = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, yaml.AliasEvent):
            node: yaml.Node | None = super().compose_node(parent, index)  # type: ignore[misc]
            if node is not None:
                self._count_alias(event, node)
            return node
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _LimitError(
                f"the file is nested more than {MAX_DEPTH} levels deep; facts.yaml needs only a few levels "
                "(the top level, the list of facts, one fact, and a list or mapping inside it)",
                event.start_mark,
            )
        anchor = event.anchor if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)) else None
        if anchor is not None:
            self._open_anchors.add(anchor)
        try:
            node = super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1
            if anchor is not None:
                self._open_anchors.discard(anchor)
        return node

    def _count_alias(self, event: Any, node: yaml.Node) -> None:
        name = event.anchor
        if name in self._open_anchors:
            raise _LimitError(
                f"the alias '*{name}' is used inside the value that '&{name}' names, so it would never end; "
                "write the value out instead",
                event.start_mark,
            )
        self._alias_uses += 1
        if self._alias_uses > MAX_ALIASES:
            raise _LimitError(
                f"the file uses YAML aliases (*name) more than {MAX_ALIASES} times; write the values out instead",
                event.start_mark,
            )
        self._alias_values += self._size(node)
        if self._alias_values > MAX_ALIAS_VALUES:
            raise _LimitError(
                f"the YAML aliases (*name) in this file expand to more than {MAX_ALIAS_VALUES:,} values, which "
                "looks like an 'alias bomb'; write the values out instead of nesting aliases",
                event.start_mark,
            )

    def _size(self, root: yaml.Node) -> int:
        """How many values ``root`` stands for once every alias in it is written out."""
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if id(node) in self._sizes:
                continue
            children = _children(node)
            if children_done:
                self._sizes[id(node)] = 1 + sum(self._sizes[id(child)] for child in children)
            else:
                stack.append((node, True))
                stack.extend((child, False) for child in children if id(child) not in self._sizes)
        return self._sizes[id(root)]


class _Loader(_Limits, yaml.SafeLoader):
    """The limits on PyYAML's own (Python) reader, scanner and parser: its errors are the ones explained."""

    def __init__(self, stream: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        self._start_limits()


def _fast_loader() -> type | None:
    """The limits on libyaml's parser (in C, when PyYAML was built with it): the same events, composed
    by the same Python composer and checked by the same limits, about 4 times faster for a facts file
    of 200 facts. Used for files it reads without an error; any error is explained by :class:`_Loader`."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    from yaml._yaml import CParser

    class _FastLoader(
        _Limits, yaml.composer.Composer, CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver
    ):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._start_limits()

    return _FastLoader


_FAST_LOADER = _fast_loader()


def _compose_fast(text: str) -> tuple[bool, yaml.Node | None]:
    """(True, the node) when libyaml reads ``text`` as one document within the limits; (False, None)
    otherwise, for :class:`_Loader` to explain. Texts the two parsers are known to read differently go
    to :class:`_Loader` unread: a character PyYAML's reader refuses, and any tab (libyaml takes one
    after 'key:' as a space, PyYAML refuses it and the editor is told)."""
    if _FAST_LOADER is None or "\t" in text or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return False, None
    loader = _FAST_LOADER(text)
    try:
        node = loader.get_node() if loader.check_node() else None
        return (False, None) if loader.check_node() else (True, node)
    except (yaml.YAMLError, _LimitError, RecursionError):
        return False, None
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


class _Builder:
    """Turns a composed YAML node tree into Located values, refusing tags."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.constructor = yaml.constructor.SafeConstructor()

    def error(self, message: str, node: yaml.Node) -> FactsFileError:
        mark = _mark(node)
        return FactsFileError(message, self.path, mark.line, mark.column)

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:  # reachable only through aliases: the composer limits written nesting
            raise self.error(
                f"the file's aliases (*name) nest values more than {MAX_DEPTH} levels deep; write the values out",
                node,
            )
        if isinstance(node, yaml.MappingNode):
            self._check_tag(node, _MAPPING_TAG)
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _SEQUENCE_TAG)
            result = LocatedList()
            result.mark = _mark(node)
            result.item_marks = []
            for item in node.value:
                result.append(self.build(item, depth + 1))
                result.item_marks.append(_mark(item))
            return result
        return self._scalar(node)

    def _check_tag(self, node: yaml.Node, *allowed: str) -> None:
        if node.tag not in allowed:
            raise self.error(
                f"the tag '{_show_tag(node.tag or '')}' is not allowed in facts.yaml: tags (words starting with '!') "
                "can make YAML run code; remove the tag and write a plain value",
                node,
            )

    def _mapping(self, node: yaml.MappingNode, depth: int) -> LocatedDict:
        try:
            self.constructor.flatten_mapping(node)
        except yaml.constructor.ConstructorError as exc:
            mark = exc.problem_mark
            raise FactsFileError(
                "'<<:' must be followed by an alias of a mapping, like '<<: *defaults'",
                self.path,
                mark.line + 1 if mark else _mark(node).line,
                mark.column + 1 if mark else _mark(node).column,
            ) from exc
        result = LocatedDict()
        result.mark = _mark(node)
        result.key_marks = {}
        result.value_marks = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in result:
                first = result.key_marks[key].line
                raise self.error(f"the key '{key}' appears twice here (first on line {first}); keep only one", key_node)
            result[key] = self.build(value_node, depth + 1)
            result.key_marks[key] = _mark(key_node)
            result.value_marks[key] = _mark(value_node)
        return result

    def _key(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(
                "a list or mapping cannot be used as a key; keys are names like 'claim' or 'subject'", node
            )
        self._check_tag(node, *_SAFE_SCALAR_TAGS)
        # A key YAML would read as a number, date or yes/no is kept as written: the schema names it as unknown.
        return str(node.value)

    def _scalar(self, node: yaml.Node) -> Any:
        self._check_tag(node, *_SAFE_SCALAR_TAGS)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except Exception as exc:  # PyYAML raises ValueError, KeyError, AttributeError… on odd scalars
            if node.tag == _TIMESTAMP_TAG:
                value = str(node.value)  # "2024-02-30": kept as text so the schema can say it is not a date
            else:
                raise self.error(
                    f"cannot read '{node.value}' as {_show_tag(node.tag)}; remove the tag or fix the value", node
                ) from exc
        if isinstance(value, str):
            located = LocatedStr(value)
            located.mark = _mark(node)
            return located
        return value


def load_yaml(path: Path) -> Any:
    """Read one YAML document from ``path`` with positions kept.

    Raises :class:`FactsFileError` naming the line and column of any problem.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FACTS_FILE_BYTES:
            raise FactsFileError(
                f"the file is {size // (1024 * 1024)} MB; a facts file may be at most "
                f"{MAX_FACTS_FILE_BYTES // (1024 * 1024)} MB",
                path,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise FactsFileError(f"cannot read the file: {exc.strerror or exc}", path) from exc
    return load_yaml_text(_decode(raw, path), path)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FactsFileError("the file is saved as UTF-16; save it as UTF-8 instead", path, 1, 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw[: exc.start].count(b"\n") + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        raise FactsFileError(
            f"the file is not UTF-8 text: the byte 0x{raw[exc.start]:02X} here is not UTF-8 (the file was probably "
            "saved as Latin-1 or Windows-1252); save it again with the encoding UTF-8",
            path,
            line,
            column,
        ) from exc


def load_yaml_text(text: str, path: Path) -> Any:
    """Read one YAML document from ``text``; ``path`` is named in errors."""
    read, composed = _compose_fast(text)
    if read:
        return None if composed is None else _Builder(path).build(composed)
    loader: _Loader | None = None
    try:
        loader = _Loader(text)  # checks the characters of the whole text first
        if not loader.check_node():
            return None
        node = loader.get_node()
        if loader.check_node():
            mark = loader.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise FactsFileError(
                "the file holds a second YAML document after '---'; keep one document: remove the '---' line "
                "and join the two parts",
                path,
                mark.line + 1,
                mark.column + 1,
            )
    except _LimitError as exc:
        raise FactsFileError(
            exc.message + _snippet(text, exc.mark.line, exc.mark.column), path, exc.mark.line + 1, exc.mark.column + 1
        ) from None
    except yaml.MarkedYAMLError as exc:
        message, line, column = _describe_yaml_error(exc, text)
        raise FactsFileError(message, path, line, column) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, path) from None
    except yaml.YAMLError as exc:
        raise FactsFileError(f"the file is not valid YAML: {getattr(exc, 'problem', None) or exc}", path) from None
    except RecursionError:
        raise FactsFileError("the file is nested too deeply; facts.yaml needs only a few levels", path) from None
    finally:
        if loader is not None:
            loader.dispose()
    return None if node is None else _Builder(path).build(node)


def _reader_error(exc: yaml.reader.ReaderError, text: str, path: Path) -> FactsFileError:
    position = exc.position if isinstance(exc.character, int) else 0
    line = text.count("\n", 0, position)
    column = position - (text.rfind("\n", 0, position) + 1)
    code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "an unknown character"
    return FactsFileError(
        f"the file contains an invisible control character ({code}) that YAML does not allow; delete it"
        + _snippet(text, line, column),
        path,
        line + 1,
        column + 1,
    )


def _describe_yaml_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, int | None, int | None]:
    """An editor's explanation of a PyYAML error, and the 1-based line and column to point at."""
    problem = exc.problem or ""
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and (
        ("quoted scalar" in context and "end of stream" in problem) or "could not find expected ':'" in problem
    ):
        mark = exc.context_mark  # the line where the unfinished thing starts says more than where it was noticed
    explanation = _explain(problem, context, exc.context_mark.line + 1 if exc.context_mark else None, mark, text)
    message = f"the file is not valid YAML: {explanation}"
    if mark is None:
        return message, None, None
    return message + _snippet(text, mark.line, mark.column), mark.line + 1, mark.column + 1


def _explain(problem: str, context: str, since: int | None, mark: Any, text: str) -> str:
    found_match = re.search(r"but found '(.*)'$", problem)
    found = found_match[1] if found_match else ""
    char = _char_at(text, mark.index) if mark is not None else ""
    if char == "\t":
        if _line_of(text, mark.line)[: mark.column].strip():
            return "there is a tab character here; YAML does not accept tabs between values: use spaces"
        return "this line is indented with a tab; YAML accepts only spaces for indentation: use spaces"
    if context in ("while scanning an alias", "while scanning an anchor"):
        return (
            "'*' and '&' start YAML aliases and anchors and need a name right after them (like *north-korea); "
            "if the '*' or '&' is part of the text, put the whole value in quotes"
        )
    if "cannot start any token" in problem or (found in ("}", "]", ",") and "node content" in problem):
        return f"a value cannot start with '{char}'; put the whole value in quotes, like claim: \"...\""
    if "mapping values are not allowed" in problem:
        return (
            "there is a second ': ' on this line; if the value contains ': ', put the whole value in quotes, "
            'like claim: "Officials said: 266 people"'
        )
    if "flow sequence" in context:
        return (
            f"the list opened with '[' on line {since} is not closed where expected; add the missing ']', "
            "or put an entry that contains ',', ':', '[' or ']' in quotes"
        )
    if "flow mapping" in context:
        return (
            f"the mapping opened with '{{' on line {since} is not closed where expected; add the missing '}}', "
            "or put a value that contains ',', ':' or '}' in quotes"
        )
    if "flow node" in context and found == "<stream end>":
        return "a '[' or '{' is never closed; add the missing ']' or '}'"
    if "quoted scalar" in context and "end of stream" in problem:
        return f"the quote opened on line {since} is never closed; add the closing quote"
    if "escape" in problem:
        return (
            "a backslash inside double quotes starts an escape such as \\n; write \\\\ for a backslash, "
            "or use single quotes"
        )
    if "could not find expected ':'" in problem:
        return (
            "this line is not 'key: value' or '- item'; add the missing ':' (or '- '), "
            "or indent it further if it continues the line above"
        )
    if "expected <block end>" in problem and found == "<scalar>":
        return (
            "there is more text after a quoted value; quote the whole value, and inside quotes write a quote "
            "mark of the same kind twice ('it''s') or use the other kind (\"it's\")"
        )
    if "expected <block end>" in problem and found in ("]", "}"):
        return f"there is a '{found}' here that closes nothing; remove it, or put the whole value in quotes"
    if "expected <block end>" in problem:
        return (
            "this line is not indented like the lines above it; keys of the same fact must start in the same "
            f"column (the block starts on line {since})"
        )
    if "found undefined alias" in problem and mark is not None:
        name = _word_after(text, mark.index + 1)
        return f"the alias '*{name}' has no anchor '&{name}' above it; define the anchor first or write the value"
    if "found duplicate anchor" in context and mark is not None:
        name = _word_after(text, mark.index + 1)
        return f"the anchor '&{name}' is defined twice (first on line {since}); give each anchor its own name"
    explanation = f"{problem} ({context})" if context else problem or "the text cannot be read"
    for token, words in _TOKEN_WORDS.items():
        explanation = explanation.replace(token, words)
    return explanation


#: PyYAML's token names, as an editor would say them, for the messages not explained above.
_TOKEN_WORDS = {
    "'<document start>'": "'---'",
    "'<document end>'": "'...'",
    "'<stream end>'": "the end of the file",
    "'<scalar>'": "a value",
    "'<block end>'": "the end of the block",
    "<block end>": "the end of the block",
    "'<block mapping start>'": "a new key",
    "'<block sequence start>'": "a new list",
    "'\\n'": "the end of the line",
    "'\\t'": "a tab",
    "'\\r'": "the end of the line",
    "'\\x00'": "a NUL character",
}


def _snippet(text: str, line: int, column: int) -> str:
    """The 0-based ``line`` of ``text`` with a caret under ``column``; tabs show as '→'.

    A long line is cut to a window around the caret.
    """
    shown = _line_of(text, line).replace("\t", "→")
    if not shown.strip():
        return ""
    if len(shown) > _SNIPPET_WIDTH:
        start = (
            0 if column < _SNIPPET_WIDTH * 3 // 4 else min(column - _SNIPPET_WIDTH // 2, len(shown) - _SNIPPET_WIDTH)
        )
        end = start + _SNIPPET_WIDTH
        prefix = "…" if start > 0 else ""
        shown = prefix + shown[start:end] + ("…" if end < len(shown) else "")
        column = column - start + len(prefix)
    return f"\n    {shown}\n    {' ' * column}^"


_SNIPPET_WIDTH = 80


def _line_of(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line] if 0 <= line < len(lines) else ""


def _word_after(text: str, index: int) -> str:
    end = index
    while end < len(text) and (text[end].isalnum() or text[end] in "-_"):
        end += 1
    return text[index:end]


def _char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""
