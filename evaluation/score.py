"""Score the checker on the labelled evaluation corpora.

Runs the checker over each corpus (a folder with facts.yaml, articles/ and
labels.yaml), with the trained pipeline and with the blank fallback, and
compares its verdicts with the labels:

- precision of `contradicts`: of the sentences the checker says contradict a
  fact, the share labelled `contradicts` (any other sentence it flags, labelled
  or not, is a false alarm);
- recall of `contradicts`: of the sentences labelled `contradicts`, the share
  it flags;
- coverage of `supports`: of the sentences labelled `supports`, the share it
  reads as supporting.

The corpora and their splits:

- dev: the development corpus (evaluation/), the first held-out set
  (evaluation/heldout/), and the blind topics of evaluation/blind/ marked `dev`
  in a splits-*.yaml file. Rules may be tuned while looking at these.
- test: the blind topics marked `test`. Scored to report, never to tune.

    python evaluation/score.py [--split dev|test|all] [--errors] [--corpus PATH ...]

``--corpus PATH`` scores any folder of the same layout instead (for example
real pages kept outside the repository). ``--errors`` lists every false alarm
and miss, grouped by the reason code of the checker's finding. Exits 1 when the
trained pipeline misses --min-precision / --min-recall on the scored corpora.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pytest_factcheck.api import check_facts, read_corpus
from pytest_factcheck.model import Finding, Verdict
from pytest_factcheck.nlp import BLANK, Pipeline, load_pipeline
from pytest_factcheck.schema import read_facts_file

HERE = Path(__file__).resolve().parent


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Label:
    article: str
    fact: str
    label: str
    quote: str
    kind: str


@dataclass
class Score:
    pipeline: str
    flagged: int = 0
    true_flags: int = 0
    labelled_contradictions: int = 0
    found_contradictions: int = 0
    labelled_supports: int = 0
    found_supports: int = 0
    false_alarms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    support_misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def precision(self) -> float:
        return self.true_flags / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found_contradictions / self.labelled_contradictions if self.labelled_contradictions else 1.0

    @property
    def coverage(self) -> float:
        return self.found_supports / self.labelled_supports if self.labelled_supports else 1.0

    def add(self, other: Score) -> None:
        for name in ("flagged", "true_flags", "labelled_contradictions", "found_contradictions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.labelled_supports += other.labelled_supports
        self.found_supports += other.found_supports
        for key, values in other.false_alarms.items():
            self.false_alarms[key] += values
        for key, values in other.misses.items():
            self.misses[key] += values
        for key, values in other.support_misses.items():
            self.support_misses[key] += values


def _kind(note: object) -> str:
    match = re.search(r"\bkind:\s*([\w -]+)", str(note or ""))
    return match.group(1).strip() if match else ""


def read_labels(path: Path) -> list[Label]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [
        Label(str(e["article"]), str(e["fact"]), str(e["label"]), normalise(str(e["quote"])), _kind(e.get("note")))
        for e in raw
    ]


def label_of(finding: Finding, labels: list[Label]) -> Label | None:
    article = Path(finding.source).name
    quote = normalise(finding.quote)
    for label in labels:
        if label.article == article and label.fact == finding.fact_id and label.quote in quote:
            return label
    return None


def score(pipeline: Pipeline, corpus_dir: Path) -> Score:
    labels = read_labels(corpus_dir / "labels.yaml")
    facts_file = read_facts_file(corpus_dir / "facts.yaml")
    corpus = read_corpus(facts_file)
    results = check_facts(facts_file.facts, corpus, pipeline, facts_file.folder)
    findings = [f for result in results.values() for f in result.findings]
    result = Score(pipeline.name)
    matched: dict[int, list[Finding]] = {}
    for finding in findings:
        label = label_of(finding, labels)
        if label is not None:
            matched.setdefault(id(label), []).append(finding)
        if finding.verdict is Verdict.CONTRADICTS:
            result.flagged += 1
            if label is not None and label.label == "contradicts":
                result.true_flags += 1
            else:
                kind = (label.label + (f", kind: {label.kind}" if label.kind else "")) if label else "unlabelled"
                result.false_alarms[kind].append(
                    f"{corpus_dir.name}/{finding.source}:{finding.line} [{finding.fact_id}] found {finding.found!r}: "
                    f"{finding.quote}"
                )
    for label in labels:
        found = matched.get(id(label), [])
        verdicts = {f.verdict for f in found}
        if label.label == "contradicts":
            result.labelled_contradictions += 1
            if Verdict.CONTRADICTS in verdicts:
                result.found_contradictions += 1
            else:
                _miss(result.misses, corpus_dir, label, found)
        elif label.label == "supports":
            result.labelled_supports += 1
            if Verdict.SUPPORTS in verdicts:
                result.found_supports += 1
            else:
                _miss(result.support_misses, corpus_dir, label, found)
    return result


def _miss(misses: dict[str, list[str]], corpus_dir: Path, label: Label, found: list[Finding]) -> None:
    """Record a labelled sentence the checker did not read as labelled, under its reason code."""
    verdicts = {f.verdict for f in found}
    if Verdict.CONTRADICTS in verdicts and label.label == "supports":
        code = "read-as-contradiction"
    else:
        code = next((f.reason_code for f in found if f.reason_code), "not-about" if not found else "")
    reasons = "; ".join(f.reason or f"found {f.found!r} ({f.verdict.value})" for f in found)
    misses[code or "(none)"].append(
        f"{corpus_dir.name}/{label.article} [{label.fact}] {label.quote!r}: {reasons or 'no sentence about the fact'}"
    )


def _splits() -> dict[str, str]:
    splits: dict[str, str] = {}
    for path in sorted((HERE / "blind").glob("splits-*.yaml")):
        for topic, split in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            splits[str(topic)] = str(split)
    return splits


def corpora(split: str) -> list[Path]:
    """The corpus folders of a split."""
    chosen: list[Path] = []
    if split in ("dev", "all"):
        chosen += [HERE, HERE / "heldout"]
    for topic, topic_split in _splits().items():
        folder = HERE / "blind" / topic
        if (folder / "labels.yaml").exists() and (split == "all" or topic_split == split):
            chosen.append(folder)
    return chosen


def _count(folders: list[Path]) -> str:
    labels = [label for folder in folders for label in read_labels(folder / "labels.yaml")]
    kinds = {k: sum(1 for label in labels if label.label == k) for k in ("contradicts", "supports", "confounder")}
    return f"{len(labels)} labels: {kinds['contradicts']} contradicts, {kinds['supports']} supports, " + (
        f"{kinds['confounder']} confounders"
    )


def _print_errors(name: str, total: Score) -> None:
    print(f"\n{name}, {total.pipeline}: false alarms by label")
    for kind, lines in sorted(total.false_alarms.items(), key=lambda item: -len(item[1])):
        print(f"  [{kind}] {len(lines)}")
        for line in lines:
            print("    " + line)
    for title, misses in (("misses", total.misses), ("supports not read", total.support_misses)):
        print(f"{name}, {total.pipeline}: {title} by reason code")
        for code, lines in sorted(misses.items(), key=lambda item: -len(item[1])):
            print(f"  [{code}] {len(lines)}")
            for line in lines:
                print("    " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description="Score pytest-factcheck on the labelled corpora.")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--corpus", type=Path, action="append", help="score this folder instead (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list every false alarm and miss, by reason code")
    parser.add_argument("--model", default="auto", help="trained pipeline to score (default: auto)")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    args = parser.parse_args()

    folders = [p.resolve() for p in args.corpus] if args.corpus else corpora(args.split)
    if not folders:
        print(f"no corpus in the {args.split} split", file=sys.stderr)
        return 2
    name = "given corpora" if args.corpus else f"{args.split} split"
    print(f"{name}: {len(folders)} corpora, {_count(folders)}")
    print(f"{'pipeline':28} {'precision':>10} {'recall':>8} {'supports':>9} {'flagged':>8}")
    totals: list[Score] = []
    for model in (args.model, BLANK):
        pipeline = load_pipeline(model)
        total = Score(pipeline.name)
        for folder in folders:
            total.add(score(pipeline, folder))
        totals.append(total)
        print(
            f"{total.pipeline:28} {total.precision:10.3f} {total.recall:8.3f} {total.coverage:9.3f} {total.flagged:8d}"
        )
    if args.errors:
        for total in totals:
            _print_errors(name, total)
    trained = totals[0]
    met = trained.precision >= args.min_precision and trained.recall >= args.min_recall
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
