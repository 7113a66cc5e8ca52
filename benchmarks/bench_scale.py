"""Archive scale: a synthetic archive checked cold, warm, sharded over workers, against a naive baseline.

Generates, reproducibly (fixed seed), an archive of real-style sentences (the
seed and evaluation articles' sentences, recombined) with a fact mention in
about 1 sentence in 50, and a facts file of invented subjects, then runs
pytest on it the way CI does and prints wall time, peak memory and ratios:

1. the naive baseline: the full trained pipeline and quantulum3 on every
   sentence (on a sample of articles, scaled linearly);
2. the plugin's cold run (empty cache); 3. the warm re-run after editing one
   article, twice: a closing line added (outside every sentence about a fact:
   answered from the cache, no model loaded) and then a sentence about a fact
   reworded (that article analysed: the model is loaded); 4. after editing one
   fact; 5. ``-n 2``, with the CPU arithmetic that bounds it (what each worker
   repeats: start-up, collection, the model load); 6. one trivial test with
   and without the plugin; and how the cold time grows with articles and facts.

The facts series is fair: one archive (the same articles, the same
mentions) is checked against 50, 200 and 500 facts. Its mentions name the
50 facts that every step of the series has, at the usual rate; the facts
added on top are real-style facts (other subjects, with synonyms, context
and exclude terms, quantities in other units, money, shares and dates) whose
subjects the archive never names, which is what most of a growing facts file
is to most of an archive. Mentioning the added facts too would make the text
that must be read grow with the facts (more sentences to analyse), which the
articles series measures already; here only the facts file grows, so the
ratio is the per-fact cost that does not depend on the text. One mentioned
fact in four writes its figure with a written scale ("1.147 million
tonnes"), as news does, so quantulum3 is loaded at every step of the
series (a one-time cost that a real 50-fact file pays as well).

    python benchmarks/bench_scale.py            # 2,000 articles, 200 facts (long: tens of minutes)
    python benchmarks/bench_scale.py --quick    # 300 articles, a few minutes

The machine may be shared: every ratio compares runs made in this one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = "ka lo ve ri mu tan sel dor fi pe zan gol bri tu mar nev os quil ra thu".split()
MENTION_RATE = 50
#: The facts the facts series' archive mentions (every step has them); the others are never named.
SERIES_MENTIONED = 50
#: Runs of the one-test suite with and without the plugin (their medians are compared).
IDLE_REPEATS = 31
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:hypothesispytest", "-q", "--factcheck-json=report.json"]


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    cpu: float = 0.0  # user + system seconds of pytest and every process it waited for (xdist workers)


def background_sentences() -> list[str]:
    """Real-style sentences from the project's articles, with no figure that a synthetic fact could claim."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "evaluation").glob("**/articles/*.md"))]
    sentences: list[str] = []
    for text in texts:
        text = re.sub(r"\A---.*?---", "", text, flags=re.DOTALL)
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            sentence = " ".join(sentence.split())
            if 40 <= len(sentence) <= 300 and not sentence.startswith(("#", "<", "-", "|")):
                sentences.append(sentence)
    return sorted(set(sentences))


def fact_name(index: int) -> str:
    rng = random.Random(index)
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + f"{chr(97 + index % 26)}"


def holding(index: int, edited: bool = False, doubled: bool = False) -> str:
    """The grain fact ``index`` is about, as news writes it: one in four with a written scale
    ("1.147 million tonnes"), which quantulum3 reads, as it does in any real archive and facts file."""
    value = (1000 + 37 * index) * (2 if doubled else 1) + (1 if edited else 0)
    return f"{value / 1000:.3f} million tonnes" if index % 4 == 3 else f"{value:,} tonnes"


def facts_yaml(count: int, edited: int | None = None, mentioned: int | None = None) -> str:
    """``count`` facts: the archive's ``mentioned`` facts (all by default), then :func:`added_fact` ones."""
    lines = ["sources:", "  - archive/*.txt", "facts:"]
    for index in range(count):
        if mentioned is not None and index >= mentioned:
            lines += added_fact(index)
            continue
        amount = holding(index, edited=index == edited)
        name = fact_name(index)
        lines += [
            f"  - id: fund-{index:03d}",
            f"    claim: The {name} fund holds {amount} of grain.",
            f"    subject: [{name} fund]",
            f"    quantity: {amount}",
            "    tolerance: 5%",
        ]
    return "\n".join(lines) + "\n"


def added_fact(index: int) -> list[str]:
    """A real-style fact (index ≥ 50 in the facts series) about a subject the archive never names:
    the shapes of a newsroom's facts file (synonyms, context, exclude, units, money, shares, dates)."""
    name = fact_name(index)
    number = 100 + 13 * index
    shapes = [
        (
            f"The {name} bridge is {number:,} metres long.",
            f"[{name} bridge, {name} crossing]",
            "",
            f"quantity: {number:,} metres",
        ),
        (
            f"The Port of {name} handled {number / 100:.1f} million containers in 2022.",
            f"[Port of {name}, {name} port]",
            "context: [containers, cargo]",
            f"quantity: {number / 100:.1f} million",
        ),
        (
            f"The {name} dam was opened on March {index % 28 + 1}, {1950 + index % 60}.",
            f"[{name} dam, {name} reservoir]",
            f"exclude: [{name} ferry]",
            f"date: March {index % 28 + 1}, {1950 + index % 60}",
        ),
        (
            f"The {name} sovereign fund is worth ${number / 10:.1f} billion.",
            f"[{name} fund, {name} sovereign fund, {name} wealth fund]",
            "",
            f"quantity: ${number / 10:.1f} billion",
        ),
        (
            f"Turnout in {name} province was {index % 40 + 40}% in the last election.",
            f"[{name} turnout, turnout in {name}]",
            "context: [election, vote, voters]",
            f"quantity: {index % 40 + 40}%",
        ),
    ]
    claim, subject, extra, value = shapes[index % len(shapes)]
    lines = [f"  - id: added-{index:03d}", f"    claim: {claim}", f"    subject: {subject}"]
    lines += [f"    {extra}"] if extra else []
    return [*lines, f"    {value}"]


def mention(rng: random.Random, facts: int) -> str:
    index = rng.randrange(facts)
    amount = holding(index, doubled=rng.random() < 0.1)  # a contradiction now and then
    return rng.choice(
        [
            f"Officials said the {fact_name(index)} fund held {amount} of grain at the end of the season.",
            f"The {fact_name(index)} fund, which holds {amount} of grain, was audited again this year.",
            f"Critics of the {fact_name(index)} fund questioned how it was run.",
        ]
    )


def build_archive(folder: Path, articles: int, mentioned_facts: int, words_per_article: int, seed: int = 7) -> int:
    """Writes archive/*.txt; returns the number of words."""
    rng = random.Random(seed)
    pool = background_sentences()
    archive = folder / "archive"
    archive.mkdir(parents=True)
    words = 0
    for article in range(articles):
        sentences: list[str] = []
        count = 0
        while count < words_per_article:
            sentence = mention(rng, mentioned_facts) if rng.randrange(MENTION_RATE) == 0 else rng.choice(pool)
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        text = f"Archive report {article}\n\n" + "\n\n".join(paragraphs) + "\n"
        (archive / f"{article:05d}.txt").write_text(text, encoding="utf-8")
        words += count
    return words


def python_environment(pycache: Path, bytecode: bool = True) -> dict[str, str]:
    """The runs' environment: Python keeps its bytecode cache, as on a developer's machine or a CI
    runner, in ``pycache`` (PYTHONPYCACHEPREFIX: the source tree and the virtual environment are not
    written to). ``bytecode=False``: PYTHONDONTWRITEBYTECODE=1 (some Docker images and this sandbox
    set it): Python writes no bytecode and reads only the bytecode already beside the sources; pip
    compiles installed packages, so what is compiled again on every run is a source checkout's own
    modules (the plugin's, from a clone that never had a ``__pycache__``)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    if not bytecode:
        return {**environment, "PYTHONDONTWRITEBYTECODE": "1"}
    return {**environment, "PYTHONPYCACHEPREFIX": str(pycache)}


#: Where the runs' Python keeps its bytecode (outside the source tree and the virtual environment).
PYCACHE = Path(tempfile.gettempdir()) / "factcheck-bench-pycache"
#: The environment of every pytest run (see :func:`python_environment`).
ENVIRONMENT = python_environment(PYCACHE)


def warm_up_bytecode(folder: Path) -> None:
    """What installing does: Python's bytecode for pytest, the plugin, spaCy, quantulum3 and the model
    (and pytest's rewritten plugin modules) written once, before any timed run."""
    script = (
        "import pytest, pytest_factcheck.nodes, pytest_factcheck.report.reporter, quantulum3.parser; "
        "from pytest_factcheck.nlp import load_pipeline; load_pipeline('auto')"
    )
    subprocess.run([sys.executable, "-c", script], env=ENVIRONMENT, check=True, capture_output=True)
    subprocess.run([*PYTEST, "--collect-only", "--factcheck-no-cache"], cwd=folder, env=ENVIRONMENT,
                   capture_output=True, check=False)  # fmt: skip


def run(folder: Path, *args: str, environment: dict[str, str] | None = None) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen([*PYTEST, *args], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=environment or ENVIRONMENT)  # fmt: skip
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime)


#: The words of :func:`mention`'s sentences that an editor's edit of a mention changes (the figure stays).
MENTION_EDITS = (
    ("at the end of the season", "at the close of the season"),
    ("was audited again this year", "was audited once more this year"),
    ("questioned how it was run", "questioned how it was managed"),
)


def edit_a_mention(archive: Path, first: int) -> Path:
    """Rewords a sentence about a fact in the first article from number ``first`` that has one."""
    for path in sorted(archive.glob("*.txt"))[first:]:
        text = path.read_text(encoding="utf-8")
        for old, new in MENTION_EDITS:
            if old in text:
                path.write_text(text.replace(old, new, 1), encoding="utf-8")
                return path
    raise SystemExit("no article mentions a fact")


def model_load_seconds() -> float:
    """Wall seconds a fresh process takes to import spaCy and load the pipeline the runs use."""
    script = (
        "import time; t = time.perf_counter(); from pytest_factcheck.nlp import load_pipeline; "
        "load_pipeline('auto'); print(time.perf_counter() - t)"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=ENVIRONMENT)
    return float(output.stdout)


def findings(folder: Path) -> list[object]:
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return [(e["id"], e["outcome"], e["findings"]) for e in report["facts"]]


def naive_baseline(folder: Path, sample: int) -> tuple[float, int]:
    """The full trained pipeline and quantulum3 over every sentence of ``sample`` articles."""
    import spacy
    from quantulum3 import parser

    from pytest_factcheck.nlp import DEFAULT_MODELS

    name = next(m for m in DEFAULT_MODELS if _installed(m))
    nlp = spacy.load(name)
    parser.parse("15,000 troops")  # load its tables before timing
    texts = [p.read_text(encoding="utf-8") for p in sorted((folder / "archive").glob("*.txt"))[:sample]]
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=16):
        for sentence in doc.sents:
            parser.parse(sentence.text)
    return time.perf_counter() - started, len(texts)


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def idle_cost(folder: Path, repeats: int) -> tuple[float, float]:
    """Median seconds of a one-test pytest run in a folder with no facts file, with the plugin and
    without it (``-p no:factcheck``: its entry point is never loaded), the runs interleaved so that
    the machine's load weighs on both alike."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test_trivial.py").write_text("def test_one():\n    assert True\n", encoding="utf-8")
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:hypothesispytest"]
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(repeats):
        for plugin in (True, False):
            started = time.perf_counter()
            subprocess.run([*args, *([] if plugin else ["-p", "no:factcheck"]), "test_trivial.py"], cwd=folder,
                           capture_output=True, check=True)  # fmt: skip
            times[plugin].append(time.perf_counter() - started)
    return statistics.median(times[True]), statistics.median(times[False])


def import_time() -> float:
    """Microseconds ``python -X importtime`` charges to pytest_factcheck's own modules."""
    output = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pytest, pytest_factcheck.plugin"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    own = [int(line.split("|")[0].split(":")[1]) for line in output.splitlines() if "pytest_factcheck" in line]
    return sum(own) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 articles, 100 facts: a few minutes")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--facts", type=int)
    parser.add_argument("--no-scaling", action="store_true", help="skip the growth series")
    parser.add_argument("--idle-only", action="store_true", help="only the plugin's cost on an unrelated run")
    parser.add_argument("--naive", nargs=2, metavar=("FOLDER", "SAMPLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.naive:  # in a process of its own, so that its memory is not counted in the runs' peaks
        seconds, sampled = naive_baseline(Path(args.naive[0]), int(args.naive[1]))
        print(f"{seconds} {sampled}")
        return
    if args.idle_only:
        with tempfile.TemporaryDirectory() as tmp:
            with_plugin, without = idle_cost(Path(tmp), IDLE_REPEATS)
        print(f"one trivial test: {with_plugin:.3f} s with the plugin, {without:.3f} s without "
              f"(+{with_plugin - without:.3f} s, median of {IDLE_REPEATS} interleaved runs each)")  # fmt: skip
        return
    articles = args.articles or (300 if args.quick else 2000)
    facts = args.facts or (100 if args.quick else 200)
    print("note: this machine is shared and noisy; compare figures within one run only")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"Python's bytecode cache: kept in {PYCACHE} (PYTHONPYCACHEPREFIX); "
              f"PYTHONDONTWRITEBYTECODE was {os.environ.get('PYTHONDONTWRITEBYTECODE', 'not set')} here")  # fmt: skip
        folder = Path(tmp) / "newsroom"
        words = build_archive(folder, articles, facts, 500)
        (folder / "facts.yaml").write_text(facts_yaml(facts), encoding="utf-8")
        print(f"archive: {articles:,} articles, {words:,} words, {facts} facts, 1 sentence in {MENTION_RATE} a mention")

        sample = max(20, articles // 20)
        output = subprocess.run(
            [sys.executable, __file__, "--naive", str(folder), str(sample)], capture_output=True, text=True, check=True
        ).stdout.split()
        naive, sampled = float(output[0]), int(output[1])
        naive_total = naive * articles / sampled
        print(f"naive baseline: {naive:.1f} s for {sampled} articles, scaled to {naive_total:.1f} s")

        warm_up_bytecode(folder)
        cold = run(folder, "--cache-clear")
        ratio = naive_total / cold.seconds
        print(f"cold run:        {cold.seconds:7.2f} s  peak {cold.peak_mb:6.0f} MB  ({ratio:.1f}x faster than naive)")

        article = folder / "archive" / "00003.txt"
        article.write_text(article.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
        edited_article = run(folder)
        print(
            f"warm, 1 article, edited outside its mentions: {edited_article.seconds:7.2f} s  "
            f"peak {edited_article.peak_mb:6.0f} MB"
        )
        edited_mention = run(folder) if edit_a_mention(folder / "archive", 3) else edited_article
        print(
            f"warm, 1 article, a mention edited:            {edited_mention.seconds:7.2f} s  "
            f"peak {edited_mention.peak_mb:6.0f} MB  (loads the model: {model_load_seconds():.2f} s alone)"
        )

        (folder / "facts.yaml").write_text(facts_yaml(facts, edited=facts // 2), encoding="utf-8")
        edited_fact = run(folder)
        print(f"warm, 1 fact:    {edited_fact.seconds:7.2f} s  peak {edited_fact.peak_mb:6.0f} MB")
        (folder / "facts.yaml").write_text(facts_yaml(facts), encoding="utf-8")

        unchanged = run(folder)
        same = findings(folder) == _fresh_findings(folder)
        print(f"warm, no change: {unchanged.seconds:7.2f} s")
        no_bytecode = python_environment(PYCACHE, bytecode=False)
        unchanged_compiling = run(folder, environment=no_bytecode)
        (folder / "facts.yaml").write_text(facts_yaml(facts, edited=facts // 2 + 1), encoding="utf-8")
        fact_compiling = run(folder, environment=no_bytecode)
        (folder / "facts.yaml").write_text(facts_yaml(facts), encoding="utf-8")
        print(
            f"  the same with PYTHONDONTWRITEBYTECODE=1 (modules without bytecode beside them compiled on each run; "
            f"{_own_bytecode()}): no change "
            f"{unchanged_compiling.seconds:.2f} s, another fact edited {fact_compiling.seconds:.2f} s"
        )

        serial_cold = run(folder, "--cache-clear")
        serial_findings = findings(folder)
        parallel = run(folder, "--cache-clear", "-n", "2")
        same = same and findings(folder) == serial_findings
        print(
            f"-n 2 cold:       {parallel.seconds:7.2f} s  peak {parallel.peak_mb:6.0f} MB  "
            f"({serial_cold.seconds / parallel.seconds:.2f}x the serial cold run of {serial_cold.seconds:.2f} s)"
        )
        parallel_bound(folder, serial_cold, parallel)
        nocache = run(folder, "--factcheck-no-cache")
        same = same and findings(folder) == serial_findings
        print(f"no cache:        {nocache.seconds:7.2f} s   identical findings in every mode: {same}")

        with_plugin, without = idle_cost(Path(tmp) / "unrelated", IDLE_REPEATS)
        print(
            f"one trivial test: {with_plugin:.3f} s with the plugin, {without:.3f} s without "
            f"(+{with_plugin - without:.3f} s, median of {IDLE_REPEATS} interleaved runs each); "
            f"python -X importtime: {import_time():.3f} s in pytest_factcheck"
        )

        if not args.no_scaling:
            scaling(Path(tmp), articles, facts)


def parallel_bound(folder: Path, serial: Run, parallel: Run) -> None:
    """What ``-n 2`` can reach here, from CPU seconds: each worker repeats pytest's start-up, the
    collection (reading the facts file and every source) and the model load; only the analysis is
    shared. On two free cores the run takes at least that fixed cost plus half the rest."""
    collect = run(folder, "--collect-only")
    model = model_load_seconds()
    fixed = collect.cpu + model
    best = fixed + (serial.cpu - fixed) / 2
    load = os.getloadavg()[0]
    print(
        f"  CPU seconds: serial {serial.cpu:.2f}, -n 2 {parallel.cpu:.2f} (workers and controller); "
        f"repeated per worker: start-up and collection {collect.cpu:.2f} + model load {model:.2f} = {fixed:.2f}"
    )
    print(
        f"  bound on two free cores: {fixed:.2f} + ({serial.cpu:.2f} - {fixed:.2f}) / 2 = {best:.2f} s, "
        f"at best {serial.cpu / best:.2f}x serial (1.6x needs the repeated part under "
        f"{serial.cpu * (2 / 1.6 - 1):.2f} s); with the CPU this -n 2 run used (the controller's start-up and "
        f"reports too), at best {serial.cpu / (parallel.cpu / 2):.2f}x; load average now {load:.1f} on "
        f"{os.cpu_count()} cores"
    )


def _own_bytecode() -> str:
    """Whether the plugin's own modules have bytecode beside them (then nothing is compiled)."""
    import pytest_factcheck

    folder = Path(pytest_factcheck.__file__).parent / "__pycache__"
    return "the plugin's own modules have bytecode beside them" if folder.exists() else "the plugin's are compiled"


def _fresh_findings(folder: Path) -> list[object]:
    """The findings of a run without the cache, on the archive as it is now (after the edits)."""
    run(folder, "--factcheck-no-cache")
    return findings(folder)


def scaling(tmp: Path, articles: int, facts: int) -> None:
    print("cold time as the archive grows (facts fixed):")
    base = None
    for count in (articles // 4, articles // 2, articles):
        folder = tmp / f"a{count}"
        build_archive(folder, count, facts, 500)
        (folder / "facts.yaml").write_text(facts_yaml(facts), encoding="utf-8")
        seconds = run(folder, "--factcheck-no-cache").seconds
        base = base or seconds
        print(f"  {count:6,} articles: {seconds:7.2f} s  ({seconds / base:.2f}x)")
        shutil.rmtree(folder)
    print(f"cold time as the facts grow ({articles:,} articles, the same text; mentions of the first 50 facts):")
    folder = tmp / "facts"
    build_archive(folder, articles, SERIES_MENTIONED, 500)
    base = None
    for count in (SERIES_MENTIONED, 200, 500):
        (folder / "facts.yaml").write_text(facts_yaml(count, mentioned=SERIES_MENTIONED), encoding="utf-8")
        seconds = run(folder, "--factcheck-no-cache").seconds
        base = base or seconds
        print(f"  {count:6} facts: {seconds:7.2f} s  ({seconds / base:.2f}x)")


if __name__ == "__main__":
    main()
