"""Throughput on an archive: the plugin's check against a parse-everything baseline.

Builds an archive of N articles from the seed texts (each one varied so that no
two documents are identical), checks the project's facts against it, and
prints documents/s, tokens/s and the ratio to a baseline that runs the same
spaCy pipeline over every paragraph (what a naive checker would do).

    python benchmarks/bench_archive.py --articles 200 [--model blank:en]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from pytest_factcheck.api import Corpus, check_facts, read_corpus
from pytest_factcheck.nlp import load_pipeline
from pytest_factcheck.schema import read_facts_file

ROOT = Path(__file__).resolve().parent.parent


def build_archive(folder: Path, articles: int) -> Path:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    (folder / "archive").mkdir()
    for index in range(articles):
        text = texts[index % len(texts)]
        (folder / "archive" / f"{index:05d}.txt").write_text(f"Archive item {index}.\n{text}", encoding="utf-8")
    facts = (ROOT / "facts.yaml").read_text(encoding="utf-8").replace("seeds/*.txt", "archive/*.txt")
    path = folder / "facts.yaml"
    path.write_text(facts, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--model", default="auto")
    args = parser.parse_args()

    pipeline = load_pipeline(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        facts_path = build_archive(Path(tmp), args.articles)
        facts_file = read_facts_file(facts_path)
        corpus = read_corpus(facts_file)
        check_facts(facts_file.facts, read_corpus_sample(corpus), pipeline, facts_file.folder)  # warm-up

        started = time.perf_counter()
        results = check_facts(facts_file.facts, corpus, pipeline, facts_file.folder)
        ours = time.perf_counter() - started

        paragraphs = [p for d in corpus.documents.values() for p in d.prose.split("\n") if p.strip()]
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in pipeline.pipe(paragraphs))
        baseline = time.perf_counter() - started

    findings = sum(len(r.findings) for r in results.values())
    print(f"pipeline: {pipeline.name}; {args.articles} articles, {tokens:,} tokens, {len(facts_file.facts)} facts")
    for label, seconds in (("plugin check", ours), ("baseline (parse all)", baseline)):
        rates = f"{args.articles / seconds:8.1f} docs/s  {tokens / seconds:10,.0f} archive tokens/s"
        print(f"{label:21} {seconds:7.2f} s  {rates}")
    print(f"speed-up over baseline: {baseline / ours:.2f}x  ({findings} findings)")


def read_corpus_sample(corpus: Corpus) -> Corpus:
    """The first document only, to pay quantulum3's and spaCy's first-use costs before timing."""
    first = dict(list(corpus.documents.items())[:1])
    return Corpus(first, corpus.statuses[:1])


if __name__ == "__main__":
    main()
