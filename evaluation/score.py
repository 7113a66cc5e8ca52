"""Score the checker on the labelled evaluation corpus.

Runs the checker over evaluation/articles with evaluation/facts.yaml, once with
the trained pipeline and once with the blank fallback, and compares its
verdicts with evaluation/labels.yaml:

- precision of `contradicts`: of the sentences the checker says contradict a
  fact, the share labelled `contradicts` (any other sentence it flags, labelled
  or not, is a false alarm);
- recall of `contradicts`: of the sentences labelled `contradicts`, the share
  it flags;
- coverage of `supports`: of the sentences labelled `supports`, the share it
  reads as supporting.

    python evaluation/score.py [--errors] [--min-precision 0.95 --min-recall 0.90]

Exits 1 when the trained pipeline misses a target.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pytest_factcheck.api import check_facts, read_corpus
from pytest_factcheck.model import Finding, Verdict
from pytest_factcheck.nlp import BLANK, load_pipeline
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


@dataclass
class Score:
    pipeline: str
    flagged: int = 0
    true_flags: int = 0
    labelled_contradictions: int = 0
    found_contradictions: int = 0
    labelled_supports: int = 0
    found_supports: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_flags / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.found_contradictions / self.labelled_contradictions if self.labelled_contradictions else 1.0

    @property
    def coverage(self) -> float:
        return self.found_supports / self.labelled_supports if self.labelled_supports else 1.0


def read_labels(path: Path) -> list[Label]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Label(str(e["article"]), str(e["fact"]), str(e["label"]), normalise(str(e["quote"]))) for e in raw]


def label_of(finding: Finding, labels: list[Label]) -> Label | None:
    article = Path(finding.source).name
    quote = normalise(finding.quote)
    for label in labels:
        if label.article == article and label.fact == finding.fact_id and label.quote in quote:
            return label
    return None


def score(model: str, labels: list[Label], corpus_dir: Path) -> Score:
    pipeline = load_pipeline(model)
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
                kind = label.label if label else "unlabelled"
                result.errors.append(
                    f"false alarm ({kind}) {finding.source}:{finding.line} [{finding.fact_id}] "
                    f"found {finding.found!r}: {finding.quote}"
                )
    for label in labels:
        verdicts = {f.verdict for f in matched.get(id(label), [])}
        if label.label == "contradicts":
            result.labelled_contradictions += 1
            if Verdict.CONTRADICTS in verdicts:
                result.found_contradictions += 1
            else:
                reasons = "; ".join(f.reason for f in matched.get(id(label), []) if f.reason) or "not about the fact"
                result.errors.append(f"missed {label.article} [{label.fact}] {label.quote!r}: {reasons}")
        elif label.label == "supports":
            result.labelled_supports += 1
            if Verdict.SUPPORTS in verdicts:
                result.found_supports += 1
    return result


CORPORA = (("development", HERE), ("held-out", HERE / "heldout"))


def main() -> int:
    parser = argparse.ArgumentParser(description="Score pytest-factcheck on the labelled corpora.")
    parser.add_argument("--errors", action="store_true", help="list every false alarm and miss")
    parser.add_argument("--model", default="auto", help="trained pipeline to score (default: auto)")
    parser.add_argument("--min-precision", type=float, default=0.95)
    parser.add_argument("--min-recall", type=float, default=0.90)
    args = parser.parse_args()

    development: Score | None = None
    for name, folder in CORPORA:
        labels = read_labels(folder / "labels.yaml")
        scores = [score(args.model, labels, folder), score(BLANK, labels, folder)]
        counts = {kind: sum(1 for label in labels if label.label == kind) for kind in ("contradicts", "supports")}
        print(
            f"\n{name} corpus: {len(labels)} labels: {counts['contradicts']} contradicts, "
            f"{counts['supports']} supports, {len(labels) - sum(counts.values())} confounders"
        )
        print(f"{'pipeline':28} {'precision':>10} {'recall':>8} {'supports':>9} {'flagged':>8}")
        for s in scores:
            print(f"{s.pipeline:28} {s.precision:10.3f} {s.recall:8.3f} {s.coverage:9.3f} {s.flagged:8d}")
        if args.errors:
            for s in scores:
                print(f"\n{name}, {s.pipeline}:")
                for error in s.errors:
                    print("  " + error)
        development = development or scores[0]
    assert development is not None
    met = development.precision >= args.min_precision and development.recall >= args.min_recall
    print(
        f"\ntargets on the development corpus (precision >= {args.min_precision}, recall >= {args.min_recall}): "
        f"{'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
