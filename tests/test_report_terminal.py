"""The terminal's facts table when several facts files use the same fact id."""

from __future__ import annotations

import pytest
from test_report_outputs import CONTRADICTING, FACTS, run


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


def test_facts_of_several_files_are_named_with_their_file(pytester: pytest.Pytester) -> None:
    for folder in ("", "desk/"):
        (pytester.path / folder / "articles").mkdir(parents=True)
        (pytester.path / folder / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (pytester.path / "articles" / "a.txt").write_text(CONTRADICTING, encoding="utf-8")
    (pytester.path / "desk" / "articles" / "a.txt").write_text("The pact was signed in June 2024.\n", "utf-8")
    result = run(pytester, "--color=no")
    result.stdout.fnmatch_lines(
        [
            "fact *outcome*contradict*support*silent",
            "desk/facts.yaml::treaty-signed *supported *0 *1 *0",
            "desk/facts.yaml::nk-troops *not mentioned *0 *0 *1",
            "facts.yaml::treaty-signed *contradicted *1 *0 *0",
            "facts.yaml::nk-troops *supported *0 *1 *0",
            "4 facts, 2 sources: 1 contradicted, 2 supported, 1 not mentioned",
        ]
    )
