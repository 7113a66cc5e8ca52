"""Every setting once: its command-line flag, its ini key and its default.

A flag given on the command line wins over the ini key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

DEFAULT_FILES = ("facts.yaml", "*.facts.yaml")


@dataclass(frozen=True)
class Setting:
    name: str  # the ini key; the flag is --name with '_' as '-'
    help: str
    default: Any
    kind: str = "string"  # "string", "linelist" or "bool"
    flag: bool = True

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS = (
    Setting(
        "factcheck_model",
        "spaCy pipeline to read sentences with: 'auto' (the installed English model, else a blank "
        "pipeline with a warning), 'blank:en', or a package name such as en_core_web_md",
        "auto",
    ),
    Setting("factcheck_json", "write the JSON report (format version 1) to this path after the run", None),
    Setting("factcheck_html", "write a self-contained HTML report for editors to this path after the run", None),
    Setting("factcheck_sarif", "write a SARIF 2.1.0 report (GitHub code scanning) to this path after the run", None),
    Setting("factcheck_gitlab", "write a GitLab Code Quality report to this path after the run", None),
    Setting(
        "factcheck_files",
        "file name patterns collected as facts files",
        list(DEFAULT_FILES),
        kind="linelist",
        flag=False,
    ),
    Setting(
        "factcheck_baseline",
        "accept the contradictions recorded in this baseline file; if it does not exist, record the current "
        "ones into it (adopting the plugin on an archive: only new contradictions fail)",
        None,
    ),
    Setting(
        "factcheck_baseline_update",
        "record the current contradictions into the --factcheck-baseline file, replacing it",
        False,
        kind="bool",
    ),
    Setting(
        "factcheck_frames",
        "show how each fact's claim was read (its frame: what is counted, the event, places, time, scope) "
        "after collection; loads the spaCy pipeline",
        False,
        kind="bool",
    ),
    Setting(
        "factcheck_allow_outside",
        "let 'sources:' patterns reach outside the facts file's folder (absolute paths, '..')",
        False,
        kind="bool",
    ),
    Setting(
        "factcheck_no_cache",
        "do not read or write the analysis cache (kept under pytest's cache directory; --cache-clear empties it)",
        False,
        kind="bool",
    ),
    Setting(
        "factcheck_cache_size",
        "the analysis cache's size limit in megabytes; the least recently used entries are evicted beyond it",
        "256",
        flag=False,
    ),
    Setting(
        "factcheck_shard",
        "check only shard K of N (K/N, 1-based) of each facts file's sources, split by a hash of their path; "
        "join the shards' JSON reports with: python -m pytest_factcheck merge",
        None,
    ),
)


@dataclass(frozen=True)
class Options:
    model: str
    json_path: str | None
    files: tuple[str, ...]
    allow_outside: bool
    baseline: str | None = None
    baseline_update: bool = False
    html_path: str | None = None
    sarif_path: str | None = None
    gitlab_path: str | None = None
    frames: bool = False
    cache: bool = True
    cache_megabytes: float = 256.0
    shard: str | None = None


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "fact-checking sources against facts.yaml")
    for setting in SETTINGS:
        parser.addini(setting.name, setting.help, type=setting.kind, default=setting.default)  # type: ignore[arg-type]
        if not setting.flag:
            continue
        if setting.kind == "bool":
            group.addoption(setting.option, action="store_true", default=None, dest=setting.name, help=setting.help)
        else:
            group.addoption(setting.option, action="store", default=None, dest=setting.name, help=setting.help)


def _value(config: pytest.Config, setting: Setting) -> Any:
    if setting.flag:
        given = config.getoption(setting.name, default=None)
        if given is not None:
            return given
    return config.getini(setting.name)


def read_options(config: pytest.Config) -> Options:
    values = {s.name: _value(config, s) for s in SETTINGS}
    return Options(
        model=str(values["factcheck_model"] or "auto"),
        json_path=str(values["factcheck_json"]) if values["factcheck_json"] else None,
        files=tuple(values["factcheck_files"] or DEFAULT_FILES),
        allow_outside=bool(values["factcheck_allow_outside"]),
        baseline=str(values["factcheck_baseline"]) if values["factcheck_baseline"] else None,
        baseline_update=bool(values["factcheck_baseline_update"]),
        html_path=str(values["factcheck_html"]) if values["factcheck_html"] else None,
        sarif_path=str(values["factcheck_sarif"]) if values["factcheck_sarif"] else None,
        gitlab_path=str(values["factcheck_gitlab"]) if values["factcheck_gitlab"] else None,
        frames=bool(values["factcheck_frames"]),
        cache=not values["factcheck_no_cache"],
        cache_megabytes=_megabytes(values["factcheck_cache_size"]),
        shard=_shard(values["factcheck_shard"]),
    )


def _megabytes(value: Any) -> float:
    try:
        megabytes = float(value or 256)
    except ValueError:
        megabytes = -1.0
    if megabytes < 0:
        raise pytest.UsageError(f"factcheck_cache_size must be a number of megabytes, such as 256; not '{value}'")
    return megabytes


def _shard(value: Any) -> str | None:
    if not value:
        return None
    index, _, count = str(value).partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise pytest.UsageError(
            f"--factcheck-shard must be K/N with 1 <= K <= N, such as 1/4 for the first of four jobs; not '{value}'"
        )
    return f"{int(index)}/{int(count)}"
