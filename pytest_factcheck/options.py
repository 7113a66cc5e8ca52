"""Every setting once: its command-line flag, its ini key and its default.

A flag given on the command line wins over the ini key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
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
    writes: bool = False  # a path the plugin writes to: checked before the run (see check_output_paths)

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


def output_setting(name: str, help: str) -> Setting:
    """A setting naming a file the plugin writes after the run (a report, the
    baseline). Listed in SETTINGS, it is checked by :func:`check_output_paths`
    before any test runs, so a wrong path is a usage error, not a lost summary."""
    return Setting(name, help, None, writes=True)


SETTINGS = (
    Setting(
        "factcheck_model",
        "spaCy pipeline to read sentences with: 'auto' (the installed English model, else a blank "
        "pipeline with a warning), 'blank:en', or a package name such as en_core_web_md",
        "auto",
    ),
    output_setting("factcheck_json", "write the JSON report (format version 1) to this path after the run"),
    output_setting("factcheck_html", "write a self-contained HTML report for editors to this path after the run"),
    output_setting("factcheck_sarif", "write a SARIF 2.1.0 report (GitHub code scanning) to this path after the run"),
    output_setting("factcheck_gitlab", "write a GitLab Code Quality report to this path after the run"),
    Setting(
        "factcheck_files",
        "file name patterns collected as facts files",
        list(DEFAULT_FILES),
        kind="linelist",
        flag=False,
    ),
    output_setting(
        "factcheck_baseline",
        "accept the contradictions recorded in this baseline file; if it does not exist, record the current "
        "ones into it (adopting the plugin on an archive: only new contradictions fail)",
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
        "let sources reach outside the facts file's folder (absolute paths, '..', symbolic links) and the "
        "baseline outside the rootdir",
        False,
        kind="bool",
    ),
    Setting(
        "factcheck_require_mentions",
        "fail a fact that no sentence of any source is about (usually a typo in subject: or context:)",
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
    require_mentions: bool = False


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
        require_mentions=bool(values["factcheck_require_mentions"]),
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


def validate_options(config: pytest.Config) -> None:
    """Refuse, before the run, settings that would be ignored or fail at its end (pytest exit code 4)."""
    options = read_options(config)
    if options.baseline_update and not options.baseline:
        raise pytest.UsageError(
            "--factcheck-baseline-update needs the file to update: add --factcheck-baseline=PATH "
            "(for example --factcheck-baseline=factcheck-baseline.json)"
        )
    check_output_paths(config)
    if options.baseline and not options.allow_outside:
        _refuse_outside(Path(options.baseline), config.rootpath)


def check_output_paths(config: pytest.Config) -> None:
    """Every setting made with :func:`output_setting` names a file that can be
    written: not a folder, and under a folder that exists (or can be created:
    missing parent folders are created when the file is written) and is writable."""
    for setting in SETTINGS:
        value = _value(config, setting) if setting.writes else None
        if value:
            problem = output_path_problem(Path(str(value)))
            if problem:
                raise pytest.UsageError(f"{setting.option}={value}: {problem}")


def output_path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written as a file, or None."""
    if path.is_dir():
        return "this is a folder; give a file name, like " + (path / "factcheck.json").as_posix()
    if path.exists() and not os.access(path, os.W_OK):
        return "this file cannot be written (no permission); give another path or fix the permissions"
    ancestor = path.absolute().parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"'{ancestor}' is a file, not a folder, so nothing can be written under it; give another path"
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return f"the folder '{ancestor}' cannot be written (no permission); give another path"
    return None


def _refuse_outside(path: Path, root: Path) -> None:
    """A baseline reached through a symbolic link (or '..') leaving the rootdir is refused:
    writing it would overwrite a file elsewhere on the machine."""
    real = path.resolve() if path.is_absolute() else (Path.cwd() / path).resolve()
    if not real.is_relative_to(root.resolve()):
        raise pytest.UsageError(
            f"--factcheck-baseline={path}: the baseline is outside the rootdir ({root}) or is a symbolic link "
            "leading there; keep it in the repository or pass --factcheck-allow-outside"
        )
