"""The core: facts × a document → findings. No pytest here.

:func:`check_document` is a pure function of the facts, the document and the
pipeline, which is what lets results be cached by content hash and computed on
any pytest-xdist worker. The expensive step (spaCy) runs only on paragraphs
that mention some fact's subject; finding those is one regex scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .model import Fact, Finding, Verdict
from .nlp import Pipeline
from .reading.matcher import FactMatcher
from .reading.verdicts import Judgement
from .reading.view import SentenceView
from .sources import Document, parse_document

__all__ = ["MAX_SENTENCE", "FactMatcher", "check_document", "check_examples"]


#: Longer "sentences" (tables, run-ons, machine text) are reported, not read: reading
#: them is slow and attaching values in them unreliable.
MAX_SENTENCE = 3000


def _too_long(matcher: FactMatcher, prose: str, start: int, end: int, document: Document) -> Finding:
    text = re.sub(r"\s+", " ", prose[start:end]).strip()
    return Finding(
        fact_id=matcher.fact.id,
        source=document.path,
        line=document.line_at(start + len(prose[start:end]) - len(prose[start:end].lstrip())),
        verdict=Verdict.UNVERIFIABLE,
        quote=text[:300] + " …",
        expected=matcher.fact.expected(),
        reason=f"the sentence is {end - start:,} characters long, over the {MAX_SENTENCE:,} read; split it to check it",
        reason_code="too-long",
    )


_PUNCTUATION_RUN = re.compile(r"([^\w\s])\1{31,}")


def _defused(text: str) -> str:
    """Long runs of one punctuation mark ("((((…") blanked, offsets kept: spaCy's
    tokenizer is quadratic on them, and they carry no claim."""
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


def check_document(matchers: Sequence[FactMatcher], document: Document, pipeline: Pipeline) -> list[Finding]:
    """Every sentence of ``document`` that is about one of the facts, judged (see :mod:`.scan`)."""
    from .scan import Scanner

    return Scanner(matchers, pipeline).check(document)


def check_examples(matcher: FactMatcher, pipeline: Pipeline) -> list[str]:
    """The fact's ``examples`` that the checker does not judge as the editor said, explained."""
    problems: list[str] = []
    # Examples have no publication date: judge them as if the fact's value held.
    matcher = FactMatcher.of(replace(matcher.fact, as_of=None, until=None))
    for example in matcher.fact.examples:
        document = parse_document(example.sentence, ".txt", "example")
        findings = check_document([matcher], document, pipeline)
        verdicts = {f.verdict for f in findings}
        if example.expected == "ignores":
            wrong = Verdict.CONTRADICTS in verdicts or Verdict.SUPPORTS in verdicts
        else:
            wrong = Verdict(example.expected) not in verdicts
        if not wrong:
            continue
        if not findings:
            got = "not about this fact (check subject, context and exclude)"
        else:
            worst = findings[0]
            got = worst.verdict.value + (f" ({worst.reason})" if worst.reason else "")
            if worst.found:
                got += f", reading '{worst.found}'"
        want = {"supports": "support the fact", "contradicts": "contradict the fact"}.get(
            example.expected, "be ignored"
        )
        problems.append(f'line {example.line}: the example "{example.sentence}" should {want}, but it is read as {got}')
    return problems


def _finding(fact: Fact, view: SentenceView, judgement: Judgement, document: Document, paragraph: int) -> Finding:
    raw = view.text
    leading = len(raw) - len(raw.lstrip())
    quote = re.sub(r"\s+", " ", raw.strip())
    column = len(re.sub(r"\s+", " ", raw[leading : judgement.start])) if judgement.found else 0
    width = len(re.sub(r"\s+", " ", raw[judgement.start : judgement.end])) if judgement.found else 0
    speech = judgement.speech
    value_line = value_column = value_end_column = None
    if judgement.found:
        value_start = paragraph + view.offset + judgement.start
        value_line, value_column = document.position_at(value_start)
        end_line, end_column = document.position_at(paragraph + view.offset + judgement.end)
        value_end_column = end_column if end_line == value_line else None
    return Finding(
        fact_id=fact.id,
        source=document.path,
        line=document.line_at(paragraph + view.offset + leading),
        verdict=judgement.verdict,
        quote=quote,
        found=judgement.found,
        found_detail=judgement.detail,
        expected=fact.expected(),
        reason=judgement.reason,
        reason_code=judgement.code,
        column=column,
        width=width,
        attributed_to=speech.attributed_to if speech else None,
        quoted=speech.quoted if speech else False,
        value_line=value_line,
        value_column=value_column,
        value_end_column=value_end_column,
        published_from=document.published_from,
        block=document.block_at(paragraph + view.offset + leading),
    )
