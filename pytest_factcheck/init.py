"""``python -m pytest_factcheck init``: a starter facts.yaml next to the articles.

It writes the JSON Schema shipped in the package next to the facts file, so
the ``# yaml-language-server: $schema=`` line works in any repository (an
editor with the YAML extension then completes keys and flags typos).
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

SCHEMA_NAME = "facts.schema.json"

STARTER = """\
# yaml-language-server: $schema={schema}
# Verified facts, checked against the articles below. Run: pytest {facts}
# Each fact becomes one test; it fails when a sentence of an article contradicts it.
# Uncomment an example, then edit it (the README explains every key).
sources:
  - "{pattern}"

facts:
  # A quantity: fails on a sentence about the subject that gives another figure.
  # - id: nk-troops
  #   claim: North Korea has sent 14,000-15,000 troops to Russia.
  #   subject: [troops, soldiers]          # what the figure counts
  #   context: [North Korea, Pyongyang]    # words that must be near (optional)
  #   quantity: 14,000-15,000
  #   tolerance: 5%

  # A date: fails on a sentence dating the subject to another time.
  # - id: treaty-signed
  #   claim: Russia and North Korea signed their mutual defence treaty in June 2024.
  #   subject: [treaty, pact]
  #   context: [signed, signing]
  #   date: June 2024

  # A title: fails on a sentence that calls the subject by a wrong title.
  # - id: shoigu-role
  #   claim: Sergei Shoigu is secretary of Russia's Security Council.
  #   subject: [Shoigu]
  #   contradicted_by: [defence minister, defense minister]

  # Delete this placeholder once one fact above is uncommented: it only keeps the file valid.
  - id: replace-me
    claim: This placeholder fact checks nothing real; replace it with a fact of your own.
    subject: [placeholder-word-that-no-article-uses]
    quantity: 1
"""


class InitError(Exception):
    """``init`` would overwrite a file or cannot write; the message says what to do."""


def starter_pattern(folder: Path) -> str:
    """The sources pattern for the articles found in ``folder`` (Markdown, HTML or text)."""
    for suffix in (".md", ".html", ".txt"):
        if any(folder.rglob(f"*{suffix}")):
            nested = not any(folder.glob(f"*{suffix}"))
            return f"**/*{suffix}" if nested else f"*{suffix}"
    return "articles/*.md"


def write_starter(folder: Path, name: str = "facts.yaml") -> list[Path]:
    """Write the starter facts file and the schema into ``folder``; never overwrite."""
    facts = folder / name
    schema = folder / SCHEMA_NAME
    for path in (facts, schema):
        if path.exists():
            raise InitError(f"{path} already exists; nothing was written (move it away to start afresh)")
    if not folder.is_dir():
        raise InitError(f"{folder} is not a folder; give the folder that holds the articles")
    schema.write_text(resources.files("pytest_factcheck").joinpath(SCHEMA_NAME).read_text("utf-8"), "utf-8")
    facts.write_text(STARTER.format(schema=SCHEMA_NAME, facts=name, pattern=starter_pattern(folder)), "utf-8")
    return [facts, schema]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("init", help="write a starter facts.yaml (and its schema) next to the articles")
    parser.add_argument("folder", nargs="?", default=".", type=Path, help="the folder of the articles (default: .)")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    try:
        written = write_starter(arguments.folder)
    except (InitError, OSError) as exc:
        print(f"error: {exc}")
        return 1
    print("wrote " + " and ".join(str(p) for p in written) + f"; edit {written[0].name}, then run: pytest")
    return 0
