"""Safe YAML loading that remembers where every value came from.

Only plain YAML is accepted: custom tags (``!!python/object`` and kin) are
refused, aliases are limited so that an "alias bomb" fails fast, and duplicate
keys are errors. Mappings load as :class:`Located` dicts so that the schema can
name the line of every problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import FactsFileError

MAX_ALIASES = 100
MAX_DEPTH = 50
MAX_FACTS_FILE_BYTES = 10 * 1024 * 1024


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


class _Builder:
    """Turns a composed YAML node tree into Located values, enforcing limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.aliases_seen = 0
        self.built: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def error(self, message: str, node: yaml.Node) -> FactsFileError:
        mark = _mark(node)
        return FactsFileError(message, self.path, mark.line, mark.column)

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise self.error(f"the file is nested more than {MAX_DEPTH} levels deep; facts.yaml needs only a few", node)
        if id(node) in self.built:
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise self.error(
                    f"the file expands YAML aliases (*name) more than {MAX_ALIASES} times; write the values out instead",
                    node,
                )
        self.built.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            result = LocatedList()
            result.mark = _mark(node)
            result.item_marks = []
            for item in node.value:
                result.append(self.build(item, depth + 1))
                result.item_marks.append(_mark(item))
            return result
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, depth: int) -> LocatedDict:
        self.constructor.flatten_mapping(node)
        result = LocatedDict()
        result.mark = _mark(node)
        result.key_marks = {}
        result.value_marks = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, depth + 1)
            if not isinstance(key, str):
                raise self.error(f"keys must be words, not {key!r}", key_node)
            key = str(key)
            if key in result:
                first = result.key_marks[key].line
                raise self.error(
                    f"the key '{key}' appears twice in this entry (first on line {first}); keep one", key_node
                )
            result[key] = self.build(value_node, depth + 1)
            result.key_marks[key] = _mark(key_node)
            result.value_marks[key] = _mark(value_node)
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        tag = node.tag or ""
        if not tag.startswith("tag:yaml.org,2002:") or tag.split(":")[-1] not in _SAFE_SCALAR_TAGS:
            raise self.error(f"the tag '{tag}' is not allowed in facts.yaml; remove it and write a plain value", node)
        value = self.constructor.construct_object(node, deep=True)
        if isinstance(value, str):
            located = LocatedStr(value)
            located.mark = _mark(node)
            return located
        return value


_SAFE_SCALAR_TAGS = {"2002:str", "2002:int", "2002:float", "2002:bool", "2002:null", "2002:timestamp"}
_SAFE_SCALAR_TAGS = {t.split(":")[-1] for t in _SAFE_SCALAR_TAGS}


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
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FactsFileError("the file is not UTF-8 text; save it as UTF-8", path, line) from exc
    return load_yaml_text(text, path)


def load_yaml_text(text: str, path: Path) -> Any:
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise FactsFileError(_describe_yaml_error(exc, text), path, line, column) from exc
    except yaml.YAMLError as exc:
        raise FactsFileError(f"the file is not valid YAML: {exc}", path) from exc
    except RecursionError as exc:
        raise FactsFileError("the file is nested too deeply; facts.yaml needs only a few levels", path) from exc
    if len(nodes) > 1:
        raise FactsFileError(
            "the file holds several YAML documents (separated by '---'); keep one", path, _mark(nodes[1]).line
        )
    if not nodes:
        return None
    return _Builder(path).build(nodes[0])


def _describe_yaml_error(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = exc.problem or "invalid YAML"
    mark = exc.problem_mark
    hint = ""
    if "\t" in problem or (mark is not None and _char_at(text, mark.index) == "\t"):
        hint = "; YAML does not allow tabs for indentation: use spaces"
    elif "mapping values are not allowed" in problem:
        hint = "; a value containing ': ' must be put in quotes"
    snippet = ""
    if mark is not None:
        lines = text.splitlines()
        if 0 <= mark.line < len(lines):
            snippet = f"\n    {lines[mark.line]}\n    {' ' * mark.column}^"
    return f"the file is not valid YAML: {problem}{hint}{snippet}"


def _char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""
