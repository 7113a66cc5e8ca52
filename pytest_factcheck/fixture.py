"""The ``factcheck`` fixture: newsroom tests check a draft against the facts files under rootdir.

.. code-block:: python

    def test_headline(factcheck):
        findings = factcheck.check_text(HEADLINE, source="draft.txt")
        assert not [f for f in findings if f.verdict == "contradicts"]
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .errors import FactsFileError
from .nlp import FactcheckWarning
from .state import session_state

if TYPE_CHECKING:
    from .model import Fact, Finding

#: Folders never searched for facts files.
SKIPPED_FOLDERS = frozenset({".git", ".venv", "venv", "node_modules", ".tox", "__pycache__", ".mypy_cache"})


def facts_files_under(root: Path, patterns: tuple[str, ...]) -> list[Path]:
    """Facts files below ``root`` (by the ``factcheck_files`` patterns), sorted."""
    found = []
    for path in root.rglob("*"):
        if SKIPPED_FOLDERS.intersection(path.relative_to(root).parts[:-1]):
            continue
        if path.is_file() and any(fnmatch.fnmatch(path.name, p) for p in patterns):
            found.append(path)
    return sorted(found)


@dataclass
class FactChecker:
    """What the fixture gives: the facts under rootdir and the session's pipeline."""

    config: pytest.Config
    facts_files: tuple[tuple[Fact, ...], ...]  # per facts file: ids are unique within a file only

    def check_text(self, text: str, *, source: str = "draft.txt", published: dt.date | None = None) -> list[Finding]:
        from .api import check_text  # the checker is loaded by the tests that use it, not by every pytest run

        pipeline = session_state(self.config).pipeline()
        return [
            finding
            for facts in self.facts_files
            for finding in check_text(text, facts, source=source, published=published, pipeline=pipeline)
        ]


@pytest.fixture
def factcheck(request: pytest.FixtureRequest) -> FactChecker:
    """Check text against the facts files under pytest's rootdir (invalid facts are left out)."""
    from .schema import read_facts_file

    config = request.config
    files = facts_files_under(config.rootpath, session_state(config).options.files)
    if not files:
        message = f"the factcheck fixture found no facts file under {config.rootpath}; add a facts.yaml"
        pytest.fail(message, pytrace=False)
    try:
        read = [read_facts_file(path) for path in files]
    except FactsFileError as exc:
        pytest.fail(str(exc), pytrace=False)
    for facts_file in read:
        for problem in facts_file.problems:
            warnings.warn_explicit(  # located at the fact in facts.yaml, not at this code
                FactcheckWarning(f"{facts_file.path}:{problem.line}: fact left out of factcheck: {problem.message}"),
                FactcheckWarning,
                str(facts_file.path),
                problem.line or 1,
            )
    return FactChecker(config, tuple(facts_file.facts for facts_file in read))
