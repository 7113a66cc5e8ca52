"""The editors' safety net (issue 11), run as CI runs pytest: no source leaves
the repository, no output path gives a traceback, no problem is silent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_plugin import FACTS, output, run

from pytest_factcheck.cache import FILE_NAME
from tests.conftest import write_newsroom

SECRET = "the CI machine's deploy key: hunter2"
QUIET = """\
Kim wrote to Putin.

The treaty, signed in June 2024, entered into force in December 2024.
Pyongyang sent around 15,000 troops to Russia.
"""


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """facts.yaml and one article that agrees with both facts."""
    return write_newsroom(pytester, FACTS, {"articles/a.txt": QUIET})


@pytest.fixture
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outside") / "secret.txt"
    path.write_text(f"Pyongyang sent 90,000 troops. {SECRET}\n", encoding="utf-8")
    return path


# --- no source leaves the repository ----------------------------------------------------------------------------


def test_a_symlink_to_a_file_outside_is_refused_naming_the_link_never_its_content(
    newsroom: pytest.Pytester, secret: Path
) -> None:
    (newsroom.path / "articles" / "leak.txt").symlink_to(secret)
    result = run(newsroom)
    text = output(result)
    assert "hunter2" not in text and "90,000" not in text
    result.stdout.fnmatch_lines(
        [
            "*articles/leak.txt: is a symbolic link to a file outside the facts file's folder, so it was not read "
            "(pattern at facts.yaml:2); put the file itself in the repository, or pass --factcheck-allow-outside"
        ]
    )
    result.assert_outcomes(passed=2, failed=1)


def test_a_symlink_to_a_folder_outside_is_refused(newsroom: pytest.Pytester, secret: Path) -> None:
    (newsroom.path / "articles" / "more").symlink_to(secret.parent, target_is_directory=True)
    newsroom.makefile(
        ".yaml", facts=FACTS.replace("  - articles/*.txt\n", "  - articles/*.txt\n  - articles/more/*.txt\n")
    )
    result = run(newsroom)
    assert "hunter2" not in output(result)
    result.stdout.fnmatch_lines(["*articles/more/secret.txt: is reached through a symbolic link to a folder outside*"])


def test_allow_outside_reads_a_link_leaving_the_folder(newsroom: pytest.Pytester, secret: Path) -> None:
    (newsroom.path / "articles" / "leak.txt").symlink_to(secret)
    result = run(newsroom, "--factcheck-allow-outside")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*contradicted by articles/leak.txt:1*"])


def test_a_pattern_leaving_the_folder_names_its_facts_yaml_line(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".yaml", facts=FACTS.replace("  - articles/*.txt\n", "  - articles/*.txt\n  - ../*.txt\n"))
    result = run(newsroom)
    result.stdout.fnmatch_lines(["*../[*].txt: the pattern '../[*].txt' reaches outside the folder*(facts.yaml:3)"])


def test_a_baseline_link_leaving_the_rootdir_is_a_usage_error(newsroom: pytest.Pytester, secret: Path) -> None:
    (newsroom.path / "baseline.json").symlink_to(secret)
    result = run(newsroom, "--factcheck-baseline=baseline.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "hunter2" not in output(result)
    result.stderr.fnmatch_lines(["ERROR: --factcheck-baseline=baseline.json: the baseline is outside the rootdir*"])


# --- output paths are checked before the run --------------------------------------------------------------------


def assert_usage_error(result: pytest.RunResult, line: str) -> None:
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "Traceback" not in output(result)
    result.stderr.fnmatch_lines([line])


def test_a_json_path_that_is_a_folder_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "out").mkdir()
    assert_usage_error(
        run(newsroom, "--factcheck-json=out"),
        "ERROR: --factcheck-json=out: this is a folder; give a file name, like out/factcheck.json",
    )


OUTPUT_OPTIONS = ("--factcheck-json", "--factcheck-html", "--factcheck-sarif", "--factcheck-gitlab")


@pytest.mark.parametrize("option", [*OUTPUT_OPTIONS, "--factcheck-baseline"])
def test_every_output_path_is_checked_before_the_run(newsroom: pytest.Pytester, option: str) -> None:
    (newsroom.path / "out").mkdir()
    result = run(newsroom, f"{option}=out")
    assert_usage_error(result, f"ERROR: {option}=out: this is a folder; give a file name, like out/factcheck.json")
    assert "collected" not in output(result), "nothing ran"


def test_a_json_path_under_a_file_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    assert_usage_error(
        run(newsroom, "--factcheck-json=articles/a.txt/report.json"),
        "ERROR: --factcheck-json=articles/a.txt/report.json: '*articles/a.txt' is a file, not a folder*",
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_json_path_in_an_unwritable_folder_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    locked = newsroom.path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert_usage_error(
            run(newsroom, "--factcheck-json=locked/report.json"),
            "ERROR: --factcheck-json=locked/report.json: the folder '*locked' cannot be written (no permission)*",
        )
    finally:
        locked.chmod(0o700)


def test_a_baseline_path_that_is_a_folder_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "base").mkdir()
    assert_usage_error(
        run(newsroom, "--factcheck-baseline=base"), "ERROR: --factcheck-baseline=base: this is a folder*"
    )


def test_a_missing_parent_folder_is_created(newsroom: pytest.Pytester) -> None:
    result = run(newsroom, "--factcheck-json=reports/today/report.json")
    result.assert_outcomes(passed=2)
    assert json.loads((newsroom.path / "reports" / "today" / "report.json").read_text(encoding="utf-8"))["facts"]


def test_baseline_update_without_a_baseline_says_what_to_add(newsroom: pytest.Pytester) -> None:
    assert_usage_error(
        run(newsroom, "--factcheck-baseline-update"),
        "ERROR: --factcheck-baseline-update needs the file to update: add --factcheck-baseline=PATH*",
    )


# --- loud in the terminal ---------------------------------------------------------------------------------------


def test_a_comma_separated_subject_is_read_as_a_list(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".yaml", facts=FACTS.replace("subject: [troops, soldiers]", "subject: regiments, soldiers"))
    (newsroom.path / "articles" / "a.txt").write_text("Pyongyang sent around 9,000 soldiers.\n", encoding="utf-8")
    result = run(newsroom)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*contradicted by articles/a.txt:1*", "*Pyongyang sent around 9,000 soldiers.*"])


def test_an_unknown_marker_id_is_warned_with_the_source_line_and_the_nearest_id(newsroom: pytest.Pytester) -> None:
    text = "Kim wrote to Putin.\n\n<!-- factcheck: ignore nk-trops -- reported by the agency -->\nHello.\n"
    (newsroom.path / "articles" / "b.txt").write_text(text, encoding="utf-8")
    result = run(newsroom)
    result.stdout.fnmatch_lines(
        [
            "*warning(s):",
            "  articles/b.txt:3: the factcheck marker names 'nk-trops', which is no fact; did you mean 'nk-troops'?",
        ]
    )


def test_a_malformed_marker_warning_reaches_the_terminal(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "articles" / "b.txt").write_text("Hi.\n# factcheck: ignore nk-troops\nHello.\n", "utf-8")
    result = run(newsroom)
    result.stdout.fnmatch_lines(["  articles/b.txt:2: the factcheck marker is ignored: write*a reason is required)"])


def test_a_fact_no_source_mentions_is_warned_with_its_line(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".yaml", facts=FACTS.replace("subject: [troops, soldiers]", "subject: [trops]"))
    result = run(newsroom, "--factcheck-json=report.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["  facts.yaml:10: no sentence of any source is about the fact 'nk-troops'; check its subject: and context:*"]
    )
    entries = {e["id"]: e for e in json.loads((newsroom.path / "report.json").read_text("utf-8"))["facts"]}
    assert entries["nk-troops"]["mentions"] == 0
    assert entries["treaty-signed"]["mentions"] >= 1


def test_require_mentions_fails_a_fact_no_source_mentions(newsroom: pytest.Pytester) -> None:
    newsroom.makefile(".yaml", facts=FACTS.replace("subject: [troops, soldiers]", "subject: [trops]"))
    result = run(newsroom, "--factcheck-require-mentions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*facts.yaml:10: no sentence of any source is about the fact 'nk-troops' (--factcheck-require-mentions)*"]
    )


def test_a_run_without_problems_has_no_warnings_block(newsroom: pytest.Pytester) -> None:
    result = run(newsroom)
    result.assert_outcomes(passed=2)
    assert "warning(s):" not in output(result)


def test_a_source_read_in_another_encoding_is_named_in_the_terminal(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "articles" / "b.txt").write_bytes("The caf\u00e9 opened.\n".encode("cp1252"))
    result = run(newsroom)
    result.stdout.fnmatch_lines(["*warning(s):", "  articles/b.txt*UTF-8*"])


def test_a_stale_allow_warning_points_at_facts_yaml_not_at_the_plugin(newsroom: pytest.Pytester) -> None:
    allow = "    allow:\n      - source: articles/old-*.txt\n        reason: historical piece\n"
    newsroom.makefile(".yaml", facts=FACTS.replace("    date: June 2024\n", "    date: June 2024\n" + allow))
    result = run(newsroom)
    result.stdout.fnmatch_lines(
        ["*warnings summary*", "  */facts.yaml:10: FactcheckWarning: */facts.yaml:10: the allow*"]
    )
    assert "pytest_factcheck" not in output(result).split("warnings summary")[1]


def test_a_published_pattern_leaving_the_folder_names_its_line(newsroom: pytest.Pytester) -> None:
    published = "published:\n  - source: ../wires/*.txt\n    date: 2024-11-04\n"
    newsroom.makefile(".yaml", facts=FACTS.replace("facts:\n", published + "facts:\n", 1))
    result = run(newsroom)
    result.stdout.fnmatch_lines(
        ["*../wires/[*].txt: this 'published:' pattern (facts.yaml:4) reaches outside the folder of the facts file*"]
    )
    assert "reaches outside" not in output(run(newsroom, "--factcheck-allow-outside"))


def test_no_warning_points_at_the_plugins_code(newsroom: pytest.Pytester) -> None:
    """The fixture's left-out fact and a corrupt analysis cache: located at facts.yaml and at the cache file."""
    newsroom.makefile(".yaml", facts=FACTS + "\n  - id: Bad Id\n    claim: x\n")
    newsroom.makepyfile(test_draft="def test_draft(factcheck):\n    assert factcheck.check_text('Hi.') == []\n")
    newsroom.runpytest("--factcheck-model=blank:en", "-p", "no:hypothesispytest")
    database = newsroom.path / ".pytest_cache" / "d" / "factcheck" / FILE_NAME
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"this is not a database" * 100)
    result = newsroom.runpytest("--factcheck-model=blank:en", "-p", "no:hypothesispytest", "-W", "always")
    summary = output(result).split("warnings summary", 1)[1]
    assert "fact left out of factcheck" in summary and "was corrupt" in summary
    located = [line for line in summary.splitlines() if "FactcheckWarning" in line or line.endswith(".py:")]
    assert located and not any("pytest_factcheck" in line or "_pytest" in line for line in located), located
    result.stdout.fnmatch_lines(["*facts.yaml:*: FactcheckWarning: *fact left out of factcheck*"])
