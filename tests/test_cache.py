"""The persistent analysis cache: re-runs analyse only what changed, and the
cache is never trusted when it is corrupt, stale or from another environment."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

from pytest_factcheck.api import check_facts, read_corpus
from pytest_factcheck.cache import FILE_NAME, AnalysisCache, decode, encode
from pytest_factcheck.errors import SourceError
from pytest_factcheck.model import Finding, Verdict
from pytest_factcheck.nlp import Pipeline
from pytest_factcheck.schema import read_facts_file
from pytest_factcheck.sources import Document
from pytest_factcheck.sources.stored import DocumentRef, SourceIndex
from tests.conftest import write_newsroom

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
    quantity: 14,000–15,000
    tolerance: 5%
"""
FIRST = "The treaty, signed in June 2023, was a surprise.\nPyongyang sent around 15,000 troops to Russia.\n"
SECOND = "The pact was signed in June 2024.\nOfficials said 30,000 troops had gone.\n"
RUN = ("--factcheck-model=blank:en", "-p", "no:hypothesispytest", "--factcheck-json=report.json")


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    return write_newsroom(pytester, FACTS, {"articles/a.txt": FIRST, "articles/b.txt": SECOND})


def _findings(pytester: pytest.Pytester) -> list[Any]:
    report = json.loads((pytester.path / "report.json").read_text(encoding="utf-8"))
    return [(entry["id"], entry["outcome"], entry["findings"]) for entry in report["facts"]]


def _database(pytester: pytest.Pytester) -> Path:
    return pytester.path / ".pytest_cache" / "d" / "factcheck" / FILE_NAME


def test_a_re_run_reads_every_source_from_the_cache_with_the_same_findings(newsroom: pytest.Pytester) -> None:
    cold = newsroom.runpytest(*RUN)
    cold.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed*"])
    first = _findings(newsroom)
    warm = newsroom.runpytest(*RUN)
    warm.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed (4 *reused, 0 made)"])
    assert _findings(newsroom) == first
    assert warm.ret == cold.ret == 1


def test_editing_one_article_analyses_that_article_only(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    (newsroom.path / "articles" / "a.txt").write_text(FIRST.replace("June 2023", "June 2024"), encoding="utf-8")
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["analysis cache: 1 source(s) read from the cache, 1 analysed (2 *reused, 2 made)"])
    outcomes = {fact: outcome for fact, outcome, _ in _findings(newsroom)}
    assert outcomes["treaty-signed"] == "passed"  # the edit is seen, not the cached contradiction


def test_editing_one_fact_checks_only_that_fact_again(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    newsroom.makefile(".yaml", facts=FACTS.replace("quantity: 14,000–15,000", "quantity: 30,000"))
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed (2 *reused, 2 made)"])
    by_id = {fact: findings for fact, _, findings in _findings(newsroom)}
    assert {f["verdict"] for f in by_id["nk-troops"] if f["found"] == "30,000"} == {"supports"}


def test_a_fact_moved_to_another_line_is_not_checked_again(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    newsroom.makefile(".yaml", facts=FACTS.replace("facts:\n", "facts:\n\n\n"))
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed*"])


def test_a_corrupt_cache_file_is_discarded_with_a_warning(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    first = _findings(newsroom)
    database = _database(newsroom)
    database.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["*analysis cache*was corrupt*discarded and rebuilt*"])
    result.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed*"])
    assert _findings(newsroom) == first


def test_a_tampered_entry_is_never_trusted(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    first = _findings(newsroom)
    with sqlite3.connect(_database(newsroom)) as connection:
        connection.execute("UPDATE analyses SET value = replace(value, 'contradicts', 'supports')")
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["*corrupt entry of the analysis cache*discarded*"])
    assert _findings(newsroom) == first


def test_cache_clear_and_the_no_cache_option(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN)
    cleared = newsroom.runpytest(*RUN, "--cache-clear")
    cleared.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed*"])
    _database(newsroom).unlink()
    off = newsroom.runpytest(*RUN, "--factcheck-no-cache")
    off.stdout.no_fnmatch_line("analysis cache:*")
    assert not _database(newsroom).exists()


def test_without_pytest_s_cache_the_run_still_checks(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest(*RUN, "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2)
    result.stdout.no_fnmatch_line("analysis cache:*")


def test_another_pipeline_misses(tmp_path: Path, pipeline: Pipeline, blank_pipeline: Pipeline) -> None:
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(FIRST, encoding="utf-8")
    facts_file = read_facts_file(tmp_path / "facts.yaml")
    corpus = read_corpus(facts_file)
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    check_facts(facts_file.facts, corpus, blank_pipeline, tmp_path, cache=cache)
    check_facts(facts_file.facts, corpus, blank_pipeline, tmp_path, cache=cache)
    assert (cache.hits, cache.misses) == (2, 2)
    trained = check_facts(facts_file.facts, corpus, pipeline, tmp_path, cache=cache)
    assert (cache.hits, cache.misses) == (2, 4)  # another model: nothing reused
    assert trained == check_facts(facts_file.facts, corpus, pipeline, tmp_path)
    cache.close()


def test_the_size_limit_evicts_the_least_recently_used(tmp_path: Path) -> None:
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 2000)
    assert cache is not None
    finding = Finding("f", "a.txt", 1, Verdict.SUPPORTS, "x" * 400)
    for key in ("old", "middle", "new"):
        cache.put(key, {"fact": [finding]})
    cache.touch(["old"])  # used again: now the most recent
    assert cache.evict() >= 1
    assert cache.get("middle") == {}
    assert cache.get("old") == {"fact": [finding]}
    cache.close()


def test_findings_round_trip_field_by_field() -> None:
    finding = Finding("f", "a.txt", 3, Verdict.CONTRADICTS, "q", found="x", value_line=3, quoted=True)
    assert decode(Finding, json.loads(json.dumps(encode(finding)))) == finding


def test_an_interrupted_write_leaves_the_cache_consistent(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    cache = AnalysisCache.open(path, 10**8)
    assert cache is not None
    cache.put("kept", {"fact": []})
    cache.close()
    # A process killed in the middle of a write (no commit, no clean-up).
    script = (
        "import sys, sqlite3\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN'); c.execute(\"INSERT INTO analyses VALUES ('half', 'x', 'y', 1, 0)\")\n"
        "import os; os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script, str(path)], check=False).returncode == 9
    reopened = AnalysisCache.open(path, 10**8)
    assert reopened is not None
    assert reopened.get("kept") == {"fact": ()}  # a fact checked with no findings: one shared empty tuple
    assert reopened.connection.execute("SELECT count(*) FROM analyses WHERE key = 'half'").fetchone()[0] == 0
    reopened.close()


def test_two_runs_at_once_share_the_cache(newsroom: pytest.Pytester) -> None:
    command = [sys.executable, "-m", "pytest", *RUN[:-1], "-p", "no:xdist", "-q"]
    runs = [newsroom.popen([*command, f"--factcheck-json=r{i}.json"], stdin=subprocess.DEVNULL) for i in (1, 2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], outputs
    reports = [json.loads((newsroom.path / f"r{i}.json").read_text(encoding="utf-8"))["facts"] for i in (1, 2)]
    assert reports[0] == reports[1]
    again = newsroom.runpytest(*RUN)
    again.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed*"])


def test_xdist_workers_share_the_sources_and_agree_with_a_serial_run(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    serial = _findings(newsroom)
    parallel = newsroom.runpytest(*RUN, "-n", "2")
    parallel.assert_outcomes(failed=2)
    assert _findings(newsroom) == serial
    with sqlite3.connect(_database(newsroom)) as connection:
        claims = connection.execute("SELECT run, count(*) FROM claims GROUP BY run").fetchall()
    assert len(claims) == 1 and claims[0][1] == 2  # one run; each of the 2 sources claimed by one worker
    again = newsroom.runpytest(*RUN)
    again.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed*"])
    assert _findings(newsroom) == serial


@pytest.mark.parametrize("first_run", [(), ("-n", "2")], ids=["serial", "xdist"])
def test_a_cold_run_records_each_source_s_mentions_so_an_edit_outside_them_is_not_analysed(
    newsroom: pytest.Pytester, first_run: tuple[str, ...]
) -> None:
    """A new cache has no mentions to look up: a cold run (each pytest-xdist worker for the sources it
    analyses) records them from the analysis itself, and the next run still reuses them."""
    article = newsroom.path / "articles" / "a.txt"
    article.write_text(FIRST + "\n" + "Diplomats met in the capital to discuss trade and energy. " * 6 + "\n")
    newsroom.runpytest(*RUN, "--cache-clear", *first_run)
    with sqlite3.connect(_database(newsroom)) as connection:
        assert connection.execute("SELECT count(*) FROM aliases").fetchone()[0] == 2  # one per source version
    article.write_text(article.read_text() + "\nThe weather was mild that week.\n")
    result = newsroom.runpytest(*RUN)
    result.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed*"])
    cached = _findings(newsroom)
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    assert cached == _findings(newsroom)
    assert any(entry[2] for entry in cached)


def test_a_cache_of_another_schema_is_rebuilt_without_being_read(tmp_path: Path) -> None:
    """A cache written by an older plugin (another row format) is emptied, not read or called corrupt."""
    path = tmp_path / "cache.sqlite"
    cache = AnalysisCache.open(path, 10**8)
    assert cache is not None
    cache.put("kept", {"fact": []})
    cache.connection.execute("UPDATE meta SET value = '1' WHERE name = 'schema'")
    cache.connection.commit()
    cache.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reopened = AnalysisCache.open(path, 10**8)
    assert reopened is not None
    assert reopened.get("kept") == {}
    reopened.close()


def test_a_row_stores_findings_only_for_the_facts_that_have_some(tmp_path: Path) -> None:
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    finding = Finding("f", "a.txt", 1, Verdict.SUPPORTS, "q")
    checked = {f"fact-{i}": [] for i in range(500)} | {"fact-7": [finding]}
    cache.put("doc", checked)  # type: ignore[arg-type]
    assert {fact: list(kept) for fact, kept in cache.get("doc").items()} == checked
    size = cache.connection.execute("SELECT size FROM analyses WHERE key = 'doc'").fetchone()[0]
    keys = len(json.dumps(sorted(checked)))
    assert size < keys + len(json.dumps(encode(finding))) + 100  # the keys checked and the one finding, no more
    cache.close()


def test_workers_claim_their_own_share_first_then_take_over_the_rest_from_its_end(tmp_path: Path) -> None:
    from pytest_factcheck.scan import _worker_order

    work: list[Any] = [(f"source-{i}", []) for i in range(7)]
    assert [w[0] for w in _worker_order(work, 0, 2)] == [f"source-{i}" for i in (0, 2, 4, 6, 5, 3, 1)]
    assert [w[0] for w in _worker_order(work, 1, 2)] == [f"source-{i}" for i in (1, 3, 5, 6, 4, 2, 0)]
    assert _worker_order(work, 0, 1) == work
    first = AnalysisCache.open(tmp_path / FILE_NAME, 1 << 20)
    second = AnalysisCache.open(tmp_path / FILE_NAME, 1 << 20)
    assert first is not None and second is not None
    first.run_id = second.run_id = "run-1"
    assert first.claim_many(["a", "b"]) == [True, True]
    assert second.claim_many(["b", "c", "a"]) == [False, True, False]  # each source goes to one worker only
    second.run_id = "run-2"
    assert second.claim("a")  # another run claims afresh
    first.close()
    second.close()


def test_an_edited_fact_over_many_sources_matches_a_run_without_the_cache(pytester: pytest.Pytester) -> None:
    """More sources than one write batch, some that never name the fact: the edited fact is looked for
    by its own terms only, only in the sources that name its subject (the 13 that never do are not
    read again), and every row written back in batches is read on the next run."""
    other = "The harvest was late this year.\nFarmers said the rain came in May.\n"
    articles = {f"articles/{n:02d}.txt": (FIRST, SECOND, other)[n % 3] for n in range(40)}
    newsroom = write_newsroom(pytester, FACTS, articles)
    newsroom.runpytest(*RUN)
    newsroom.makefile(".yaml", facts=FACTS.replace("quantity: 14,000–15,000", "quantity: 30,000"))
    edited = newsroom.runpytest(*RUN)
    edited.stdout.fnmatch_lines(["analysis cache: 13 source(s) read from the cache, 27 analysed (53 *reused, 27 made)"])
    warm = _findings(newsroom)
    again = newsroom.runpytest(*RUN)
    again.stdout.fnmatch_lines(["analysis cache: 40 source(s) read from the cache, 0 analysed*"])
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    assert _findings(newsroom) == warm
    by_id = {fact: findings for fact, _, findings in warm}
    assert len([f for f in by_id["nk-troops"] if f["found"] == "30,000" and f["verdict"] == "supports"]) == 13


# ---- The source index: an unchanged file is not read at collection (see sources/stored.py) ----


def _settle(*paths: Path) -> None:
    """As if the files were written a minute ago (an index entry is recorded only for settled files)."""
    for path in paths:
        os.utime(path, (time.time() - 60, time.time() - 60))


def _index_reads(tmp_path: Path, cache: AnalysisCache, name: str) -> object:
    index = SourceIndex(cache, "test")
    document, _ = index.read(tmp_path / name, name)
    index.save()
    return document


def test_an_unchanged_settled_file_is_known_from_the_index_without_being_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    _settle(tmp_path / "a.txt")
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    first = _index_reads(tmp_path, cache, "a.txt")
    again = _index_reads(tmp_path, cache, "a.txt")
    assert isinstance(first, Document) and isinstance(again, DocumentRef)
    assert again.sha256 == first.sha256 and again.load().prose == first.prose
    cache.close()


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        ("touch", "a new modification time"),
        ("restore-mtime", "size and modification time set back by a tool: the status-change time differs"),
        ("fresh", "a file modified just before it was recorded is not recorded (racy, as in git)"),
    ],
)
def test_a_file_whose_status_differs_is_read_again(tmp_path: Path, edit: str, why: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FIRST, encoding="utf-8")
    if edit != "fresh":
        _settle(path)
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    _index_reads(tmp_path, cache, "a.txt")
    before = path.stat()
    if edit == "touch":
        path.write_text(FIRST.replace("2023", "2024"), encoding="utf-8")
        _settle(path)
    elif edit == "restore-mtime":
        time.sleep(0.01)
        path.write_text(FIRST.replace("2023", "2024"), encoding="utf-8")  # same size
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    again = _index_reads(tmp_path, cache, "a.txt")
    assert isinstance(again, Document), why
    assert ("2024" in again.prose) == (edit != "fresh")
    cache.close()


def test_a_damaged_index_entry_is_not_trusted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    _settle(tmp_path / "a.txt")
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    _index_reads(tmp_path, cache, "a.txt")
    with cache.connection:
        cache.connection.execute("UPDATE sources SET value = replace(value, 'sha256', 'sha257')")
    assert isinstance(_index_reads(tmp_path, cache, "a.txt"), Document)
    cache.close()


def test_a_warm_run_on_unchanged_settled_files_agrees_with_a_run_without_the_cache(newsroom: pytest.Pytester) -> None:
    _settle(*(newsroom.path / "articles").glob("*.txt"))
    newsroom.runpytest(*RUN)
    warm = newsroom.runpytest(*RUN)
    warm.stdout.fnmatch_lines(["analysis cache: 2 source(s) read from the cache, 0 analysed*"])
    with sqlite3.connect(_database(newsroom)) as connection:
        assert connection.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
    findings = _findings(newsroom)
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    assert _findings(newsroom) == findings


# ---- Presence: a fact edited since the last run is read again only where its subject is named ----


def test_a_fact_with_a_new_subject_is_looked_for_in_every_source(pytester: pytest.Pytester) -> None:
    other = "The harvest was late this year.\nFarmers said the rain came in May.\n"
    newsroom = write_newsroom(pytester, FACTS, {"articles/a.txt": FIRST, "articles/c.txt": other})
    newsroom.runpytest(*RUN)
    newsroom.makefile(".yaml", facts=FACTS.replace("subject: [treaty, pact]", "subject: [treaty, harvest]"))
    edited = newsroom.runpytest(*RUN)
    edited.stdout.fnmatch_lines(["analysis cache: 0 source(s) read from the cache, 2 analysed*"])
    warm = _findings(newsroom)
    newsroom.runpytest(*RUN, "--factcheck-no-cache")
    assert _findings(newsroom) == warm


def test_a_damaged_presence_row_is_not_trusted(pytester: pytest.Pytester) -> None:
    other = "The harvest was late this year.\nFarmers said the rain came in May.\n"
    newsroom = write_newsroom(pytester, FACTS, {"articles/a.txt": FIRST, "articles/c.txt": other})
    newsroom.runpytest(*RUN)
    with sqlite3.connect(_database(newsroom)) as connection:
        damaged = connection.execute("UPDATE presence SET present = '[]' WHERE present != '[]'").rowcount
    assert damaged == 1  # a.txt's row, now as if it named no subject; c.txt's names none indeed
    newsroom.makefile(".yaml", facts=FACTS.replace("quantity: 14,000–15,000", "quantity: 15,000"))
    edited = newsroom.runpytest(*RUN)
    edited.stdout.fnmatch_lines(["analysis cache: 1 source(s) read from the cache, 1 analysed*"])
    assert any(findings for fact, _, findings in _findings(newsroom) if fact == "nk-troops")


def test_a_row_whose_set_of_facts_is_gone_is_a_miss_not_an_error(tmp_path: Path) -> None:
    """Rows name the set of facts they were checked for by its digest (one set for the whole archive);
    without that set (evicted, damaged) the row is not trusted, and nothing is called corrupt."""
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    finding = Finding("f", "a.txt", 1, Verdict.SUPPORTS, "q")
    cache.put_many([("a", {"f": [finding], "g": []}), ("b", {"f": [], "g": []})])
    assert cache.connection.execute("SELECT count(*) FROM fact_sets").fetchone()[0] == 1
    assert cache.get("a") == {"f": [finding], "g": ()}
    with cache.connection:
        cache.connection.execute("UPDATE fact_sets SET value = '[\"f\"]'")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert cache.get_many(["a", "b"]) == {"a": {}, "b": {}}
    cache.close()


def test_a_file_changed_after_collection_is_an_error_not_old_findings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    _settle(tmp_path / "a.txt")
    cache = AnalysisCache.open(tmp_path / "cache.sqlite", 10**8)
    assert cache is not None
    _index_reads(tmp_path, cache, "a.txt")
    ref = _index_reads(tmp_path, cache, "a.txt")
    assert isinstance(ref, DocumentRef)
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")  # after collection, before the analysis
    with pytest.raises(SourceError, match="the file changed while the run was reading it"):
        ref.load()
    cache.close()
