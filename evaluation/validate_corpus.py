#!/usr/bin/env python3
"""Validate the pytest-factcheck evaluation corpus.

Checks (errors make the script exit with status 1):
  * facts.yaml: every fact has an id (lowercase slug, unique), a claim, a subject
    list and exactly one of quantity / date / contradicted_by;
  * every article has a date: front matter ``date:`` or a dateline in its first
    paragraph ("SEOUL, Nov. 4, 2024 —", "Pyongyang/Seoul, January 9, 2026 –");
  * labels.yaml: every label names an existing article and fact, uses one of
    contradicts / supports / confounder, and its quote occurs exactly once in the
    article; no two labels for the same fact point at the same sentence.

Warnings (reported, never fatal):
  * articles outside 4-10 paragraphs or 150-400 words;
  * quotes that run across a sentence boundary;
  * with --candidates: sentences that mention a fact's subject (and context,
    and no exclude term) together with a number, date or title but carry no
    label for that fact.  This is a crude heuristic meant to catch forgotten
    labels; review its output by hand.

Prints label counts per label and per fact.

Usage:  python evaluation/validate_corpus.py [--candidates]
Requires only the standard library and PyYAML.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
FACTS = HERE / "facts.yaml"
LABELS = HERE / "labels.yaml"

VALID_LABELS = ("contradicts", "supports", "confounder")
VALUE_KEYS = ("quantity", "date", "contradicted_by")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|"
    r"Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
# "SEOUL, Nov. 4, 2024 —", "Pyongyang/Seoul, January 9, 2026 –", "LONDON, March 2, 2025 -"
DATELINE_RE = re.compile(r"^[A-Z][A-Za-z .'/-]*,\s+(?:" + MONTHS + r")\s+\d{1,2},\s+\d{4}\s*[—–-]")

ABBREVIATIONS = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "U.S.",
    "U.K.",
    "Gen.",
    "Lt.",
    "Col.",
    "Rep.",
    "Sen.",
    "No.",
)

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    "twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|"
    "millions|billion|billions|dozen|dozens"
)
VALUE_RE = re.compile(
    r"\d|\b(?:" + NUMBER_WORDS + r")\b|\b(?:" + MONTHS + r")\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:yesterday|today|tomorrow|last (?:year|month|week|spring|summer|autumn|winter)|"
    r"(?:years?|months?|weeks?|days?) ago|Cold War|Soviet-era|World War|century)\b",
    re.IGNORECASE,
)
TITLE_RE = re.compile(
    r"\b(?:president|minister|chairman|chairwoman|chair|secretary|chief|head|"
    r"premier|prime minister|leader|commissioner)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------- parsing
def parse_article(path: Path) -> tuple[dict, list[str]]:
    """Return (front matter dict, list of paragraphs)."""
    text = path.read_text(encoding="utf-8")
    front: dict = {}
    body = text
    if text.startswith("---"):
        parts = text.split("---", 2)
        if len(parts) == 3:
            front = yaml.safe_load(parts[1]) or {}
            body = parts[2]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    return front, paragraphs


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, protecting common abbreviations."""
    protected = paragraph
    for abbr in ABBREVIATIONS:
        protected = protected.replace(abbr, abbr.replace(".", "\x00"))
    pieces = re.split(r'(?<=[.!?])["”’]?\s+(?=["“‘]?[A-Z])', protected)
    # re.split drops a closing quote that sits between the period and the space;
    # recover sentences by locating each piece in the protected text instead.
    sentences = []
    pos = 0
    for piece in pieces:
        start = protected.find(piece, pos)
        end = start + len(piece)
        # extend over a closing quote mark directly after the piece
        while end < len(protected) and protected[end] in '"”’':
            end += 1
        sentences.append(protected[start:end].replace("\x00", "."))
        pos = end
    return [s.strip() for s in sentences if s.strip()]


def term_regex(term: str) -> re.Pattern:
    """Case-insensitive whole-word match with simple English inflection."""
    words = [re.escape(w) for w in term.split()]
    core = r"[\s-]+".join(words)
    return re.compile(r"(?<![\w-])" + core + r"(?:s|es|ed|d|ing|'s|’s)?(?![\w])", re.IGNORECASE)


def mentions(sentence: str, terms) -> bool:
    return any(term_regex(str(t)).search(sentence) for t in terms or [])


# ------------------------------------------------------------------ validation
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--candidates",
        action="store_true",
        help="list unlabelled sentences that look checkable (heuristic)",
    )
    args = ap.parse_args()

    errors: list[str] = []
    warnings: list[str] = []

    # facts -------------------------------------------------------------------
    facts_doc = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    facts = {}
    for i, fact in enumerate(facts_doc.get("facts", [])):
        fid = fact.get("id")
        if not fid or not SLUG_RE.match(str(fid)):
            errors.append(f"facts.yaml: fact #{i} has a missing or invalid id: {fid!r}")
            continue
        if fid in facts:
            errors.append(f"facts.yaml: duplicate fact id {fid}")
        if not fact.get("claim"):
            errors.append(f"facts.yaml: {fid} has no claim")
        if not fact.get("subject"):
            errors.append(f"facts.yaml: {fid} has no subject")
        present = [k for k in VALUE_KEYS if k in fact]
        if len(present) != 1:
            errors.append(f"facts.yaml: {fid} must have exactly one of {VALUE_KEYS}, has {present}")
        facts[fid] = fact
    if not facts_doc.get("sources"):
        errors.append("facts.yaml: no sources")

    # articles ----------------------------------------------------------------
    articles = {}
    for path in sorted(ARTICLES.glob("*.md")):
        front, paragraphs = parse_article(path)
        articles[path.name] = (front, paragraphs)
        has_front_date = bool(front.get("date"))
        has_dateline = bool(paragraphs) and bool(DATELINE_RE.match(paragraphs[0]))
        if not has_front_date and not has_dateline:
            errors.append(f"{path.name}: no date (front matter 'date:' or dateline in first paragraph)")
        if not front.get("title"):
            errors.append(f"{path.name}: no title in front matter")
        words = sum(len(p.split()) for p in paragraphs)
        if not 4 <= len(paragraphs) <= 10:
            warnings.append(f"{path.name}: {len(paragraphs)} paragraphs (expected 4-10)")
        if not 150 <= words <= 400:
            warnings.append(f"{path.name}: {words} words (expected 150-400)")
    if not articles:
        errors.append("no articles found")

    # labels ------------------------------------------------------------------
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or []
    per_label: Counter = Counter()
    per_fact: dict[str, Counter] = defaultdict(Counter)
    labelled_sentences: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, lab in enumerate(labels):
        where = f"labels.yaml entry #{i + 1}"
        art, fid, label, quote = (lab.get(k) for k in ("article", "fact", "label", "quote"))
        if art not in articles:
            errors.append(f"{where}: article {art!r} does not exist")
            continue
        if fid not in facts:
            errors.append(f"{where}: fact {fid!r} not in facts.yaml")
        if label not in VALID_LABELS:
            errors.append(f"{where}: invalid label {label!r}")
        if not quote:
            errors.append(f"{where}: empty quote")
            continue
        quote = str(quote)
        _, paragraphs = articles[art]
        body = "\n\n".join(paragraphs)
        n = body.count(quote)
        if n != 1:
            errors.append(f"{where} ({art}): quote occurs {n} times: {quote!r}")
            continue
        sentence = None
        for p in paragraphs:
            for s in split_sentences(p):
                if quote in s:
                    sentence = s
                    break
            if sentence:
                break
        if sentence is None:
            warnings.append(f"{where} ({art}): quote spans a sentence boundary: {quote!r}")
            sentence = quote
        key = (art, str(fid))
        if sentence in labelled_sentences[key]:
            errors.append(f"{where} ({art}): second label for fact {fid} on the same sentence")
        labelled_sentences[key].add(sentence)
        per_label[label] += 1
        per_fact[str(fid)][label] += 1

    # candidate sentences without labels (heuristic) ---------------------------
    if args.candidates:
        for name, (_, paragraphs) in articles.items():
            for p in paragraphs:
                for s in split_sentences(p):
                    for fid, fact in facts.items():
                        if not mentions(s, fact.get("subject")):
                            continue
                        if fact.get("context") and not mentions(s, fact["context"]):
                            continue
                        if fact.get("exclude") and mentions(s, fact["exclude"]):
                            continue
                        if "contradicted_by" in fact:
                            looks_checkable = bool(TITLE_RE.search(s))
                        else:
                            looks_checkable = bool(VALUE_RE.search(s))
                        if looks_checkable and s not in labelled_sentences[(name, fid)]:
                            print(f"CANDIDATE {name} [{fid}]: {s}")

    # report ------------------------------------------------------------------
    print(f"articles: {len(articles)}   facts: {len(facts)}   labels: {sum(per_label.values())}")
    print("per label: " + ", ".join(f"{k}={per_label[k]}" for k in VALID_LABELS))
    print(f"{'fact':28} {'contradicts':>11} {'supports':>9} {'confounder':>11}")
    for fid in facts:
        c = per_fact[fid]
        print(f"{fid:28} {c['contradicts']:>11} {c['supports']:>9} {c['confounder']:>11}")
    unused = [fid for fid in facts if not per_fact[fid]]
    if unused:
        warnings.append("facts without labels: " + ", ".join(unused))

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("FAILED" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
