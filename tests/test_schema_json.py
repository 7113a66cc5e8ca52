"""The JSON Schema (what editors see in their editor) and the loader (what pytest runs) agree.

Every file under ``facts_files/good`` (and the project's own facts.yaml) passes both. Every file under
``facts_files/bad`` fails both, each for the reason named in its first two lines::

    # loader: <part of the loader's message>
    # schema: <JSON Schema keyword> at <path of the failing value, or (top)>

Some problems cannot be expressed in JSON Schema; those files say ``# schema: cannot express: <why>`` and their
schema check is skipped with that reason (never silently). They are:

* an id used twice (JSON Schema cannot require a key to differ across the items of a list),
* a quantity or a date that cannot be read, and a range whose low end is above its high end (any text is a valid
  string to JSON Schema; only the plugin's parsers can read it),
* a duplicate key and a ``!!python`` tag (YAML problems: a YAML reader resolves or refuses them before any schema
  sees the data).

The schema side reads files as yaml-language-server does, which uses YAML 1.2: PyYAML (YAML 1.1) turns an unquoted
``2024-06-19`` into a date, so dates are turned back into text before validating. The fixtures avoid the other
1.1/1.2 differences (unquoted yes/no/on/off).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from pytest_factcheck.errors import FactsFileError
from pytest_factcheck.schema import FACT_KEYS, REQUIRED_FACT_KEYS, REQUIRED_TOP_KEYS, SLUG, TOP_KEYS, read_facts_file

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "pytest_factcheck" / "facts.schema.json"
FIXTURES = Path(__file__).resolve().parent / "facts_files"
GOOD_FILES = [*sorted((FIXTURES / "good").glob("*.yaml")), ROOT / "facts.yaml"]
BAD_FILES = sorted((FIXTURES / "bad").glob("*.yaml"))
#: The bad files whose problem JSON Schema cannot express (see the module docstring).
CANNOT_EXPRESS = {
    "id-used-twice.yaml",
    "quantity-unreadable.yaml",
    "date-unreadable.yaml",
    "range-reversed.yaml",
    "duplicate-key.yaml",
    "python-tag.yaml",
}


@dataclass(frozen=True)
class Expectation:
    loader_message: str
    schema_keyword: str | None = None
    schema_path: str | None = None
    cannot_express: str | None = None


def expectation(path: Path) -> Expectation:
    header = path.read_text(encoding="utf-8").splitlines()[:2]
    loader = re.fullmatch(r"# loader: (.+)", header[0])
    schema = re.fullmatch(r"# schema: (?:cannot express: (?P<why>.+)|(?P<keyword>\w+) at (?P<at>\S+))", header[1])
    assert loader and schema, f"{path.name} must start with '# loader: ...' and '# schema: ...'"
    if schema["why"]:
        return Expectation(loader[1], cannot_express=schema["why"])
    return Expectation(loader[1], schema["keyword"], "" if schema["at"] == "(top)" else schema["at"])


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def as_json(value: Any) -> Any:
    """PyYAML's value as yaml-language-server (YAML 1.2) would hand it to the schema."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def schema_errors(path: Path) -> list[tuple[str, str, str]]:
    """(keyword, path, message) of every schema error, including those inside anyOf, for ``path``."""
    data = as_json(yaml.safe_load(path.read_text(encoding="utf-8-sig")))
    found: list[tuple[str, str, str]] = []
    pending = list(jsonschema.Draft7Validator(schema()).iter_errors(data))
    while pending:
        error = pending.pop()
        keyword = "false" if error.validator is None else str(error.validator)  # None: a `false` subschema
        found.append((keyword, "/".join(str(part) for part in error.absolute_path), error.message))
        pending.extend(error.context or ())
    return found


def fact_count(path: Path) -> int:
    return len(yaml.safe_load(path.read_text(encoding="utf-8-sig"))["facts"])


# --- the schema itself


def test_schema_is_valid_against_its_metaschema() -> None:
    loaded = schema()
    assert jsonschema.validators.validator_for(loaded) is jsonschema.Draft7Validator
    jsonschema.Draft7Validator.check_schema(loaded)


def test_schema_is_shipped_as_package_data() -> None:
    assert resources.files("pytest_factcheck").joinpath("facts.schema.json").is_file()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # tomllib is not in Python 3.10
    package_data = re.search(r"^\[tool\.setuptools\.package-data\]\npytest_factcheck = \[(.*)\]$", pyproject, re.M)
    assert package_data and '"*.json"' in package_data[1]


def test_project_facts_file_names_the_schema_on_its_first_line() -> None:
    first = (ROOT / "facts.yaml").read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, first
    assert (ROOT / match[1]).resolve() == SCHEMA_PATH


def test_schema_knows_the_same_keys_as_the_loader() -> None:
    loaded = schema()
    fact = loaded["definitions"]["fact"]
    assert set(loaded["properties"]) == set(TOP_KEYS)
    assert set(fact["properties"]) == set(FACT_KEYS)
    assert loaded["required"] == list(REQUIRED_TOP_KEYS)
    assert fact["required"] == list(REQUIRED_FACT_KEYS)


@pytest.mark.parametrize(
    "fact_id", ["treaty-signed", "a", "nk-troops-2024", "Treaty", "treaty_signed", "-a", "a-", "a--b", "a b", "", "é"]
)
def test_schema_and_loader_accept_the_same_ids(fact_id: str) -> None:
    id_schema = schema()["definitions"]["fact"]["properties"]["id"]
    assert jsonschema.Draft7Validator(id_schema).is_valid(fact_id) == bool(SLUG.match(fact_id))


def test_loader_refuses_an_id_ending_in_a_newline() -> None:
    """In JavaScript (yaml-language-server) the schema's '$' refuses "a\\n" too; Python's '$' would not."""
    assert not SLUG.match("treaty-signed\n")


def _properties(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Every (where, schema) under a "properties" keyword anywhere in ``node``."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    if isinstance(sub, dict):  # `false` marks a key as not allowed there: nothing to describe
                        found.append((f"{where}/{name}", sub))
                    found.extend(_properties(sub, f"{where}/{name}"))
            elif key not in ("examples", "defaultSnippets"):
                found.extend(_properties(value, where))
    elif isinstance(node, list):
        for item in node:
            found.extend(_properties(item, where))
    return found


def test_every_property_has_a_description_and_examples() -> None:
    properties = _properties(schema(), "")
    assert len(properties) >= len(TOP_KEYS) + len(FACT_KEYS)
    for where, sub in properties:
        assert len(sub.get("description", "")) > 20, f"{where} needs a description for editors"
        assert sub.get("examples"), f"{where} needs examples"


def test_examples_in_the_schema_are_valid_against_it() -> None:
    """An example that the schema itself rejects would teach editors the wrong thing."""
    loaded = schema()
    fact = loaded["definitions"]["fact"]
    for where, sub in _properties(loaded, ""):
        for example in sub["examples"]:
            errors = list(jsonschema.Draft7Validator({**sub, "definitions": {"fact": fact}}).iter_errors(example))
            assert not errors, f"{where}: example {example!r}: {errors[0].message}"


# --- the fixtures


def test_there_are_enough_fixtures() -> None:
    assert len(GOOD_FILES) >= 10 and len(BAD_FILES) >= 10
    assert {path.name for path in BAD_FILES if expectation(path).cannot_express} == CANNOT_EXPRESS


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_good_file_passes_the_loader(path: Path) -> None:
    facts_file = read_facts_file(path)
    assert facts_file.problems == ()
    assert len(facts_file.facts) == fact_count(path)


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_good_file_passes_the_schema(path: Path) -> None:
    assert schema_errors(path) == []


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda path: path.name)
def test_bad_file_fails_the_loader(path: Path) -> None:
    expected = expectation(path)
    try:
        facts_file = read_facts_file(path)
    except FactsFileError as exc:
        messages = [exc.message]
    else:
        messages = [problem.message for problem in facts_file.problems]
    assert len(messages) == 1 and expected.loader_message in messages[0], messages


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda path: path.name)
def test_bad_file_fails_the_schema(path: Path) -> None:
    expected = expectation(path)
    if expected.cannot_express:
        pytest.skip(f"JSON Schema cannot express this: {expected.cannot_express}")
    errors = schema_errors(path)
    assert (expected.schema_keyword, expected.schema_path) in [(keyword, at) for keyword, at, _ in errors], errors
