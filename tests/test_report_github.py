"""GitHub annotations: the limit and its overflow note, paths from the repository's root,
and the fall-back when git or the base branch is not there."""

from __future__ import annotations

import subprocess

import pytest
from test_report_outputs import CONTRADICTING, github, project  # noqa: F401  (project is a fixture)

from pytest_factcheck.report.base import Contradiction
from pytest_factcheck.report.github import ANNOTATION_LIMIT, workflow_commands


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


def contradictions(count: int) -> list[Contradiction]:
    finding = {"line": 3, "value_line": 3, "value_column": 5, "value_end_column": 9, "found": "1961", "quote": "q"}
    return [Contradiction("treaty-signed", "c", f"articles/{i:03}.txt", finding) for i in range(count)]


@pytest.mark.parametrize(
    ("count", "annotations", "note"),
    [
        (0, 0, None),
        (1, 1, None),
        (ANNOTATION_LIMIT, ANNOTATION_LIMIT, None),
        (ANNOTATION_LIMIT + 1, ANNOTATION_LIMIT, "2 more contradiction(s) not annotated"),
        (60, ANNOTATION_LIMIT, "51 more contradiction(s) not annotated"),
    ],
)
def test_at_most_ten_annotations_and_the_last_says_how_many_were_not_shown(
    count: int, annotations: int, note: str | None
) -> None:
    commands = workflow_commands(contradictions(count), set(), "in report.html")
    assert len(commands) == annotations
    if note is None:
        assert all(c.startswith("::error file=") for c in commands)
    else:
        assert commands[-1].startswith("::error title=factcheck%3A more contradictions::" + note)
        assert commands[-1].endswith("the full list is in report.html")


def test_changed_files_come_first_then_the_others_in_path_order() -> None:
    items = contradictions(12)
    commands = workflow_commands(items, {"articles/011.txt", "articles/007.txt"}, "x")
    files = [c.split("file=")[1].split(",")[0] for c in commands[:-1]]
    assert files[:2] == ["articles/007.txt", "articles/011.txt"]
    assert files[2:] == [f"articles/{i:03}.txt" for i in range(7)]


def test_paths_are_from_the_repository_root_when_the_rootdir_is_a_subfolder(
    project: pytest.Pytester,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GITHUB_WORKSPACE", str(project.path.parent))
    [command], _ = github(project, monkeypatch)
    assert command.startswith(f"::error file={project.path.name}/articles/a.txt,line=3,")


@pytest.mark.parametrize("repository", [False, True], ids=["no-git", "base-branch-missing"])
def test_without_git_or_the_base_branch_every_contradiction_is_still_annotated(
    project: pytest.Pytester,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    repository: bool,
) -> None:
    (project.path / "articles" / "b.txt").write_text(CONTRADICTING, encoding="utf-8")
    if repository:
        for args in (["init", "-q", "-b", "topic"], ["add", "."], ["commit", "-qm", "x"]):
            subprocess.run(["git", "-c", "user.email=e@x", "-c", "user.name=e", *args], cwd=project.path, check=True)
    monkeypatch.setenv("GITHUB_BASE_REF", "main")
    if not repository:
        monkeypatch.setenv("PATH", "")  # git cannot even be started
    commands, summary = github(project, monkeypatch)
    assert [c.split(",")[0] for c in commands] == ["::error file=articles/a.txt", "::error file=articles/b.txt"]
    assert "| `treaty-signed` | contradicted | 2 | 0 | 0 |" in summary
