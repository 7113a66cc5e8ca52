"""Every way facts.yaml can be wrong, and the exact message an editor sees for it.

Two kinds of problem:

* ``file``: the file cannot be used at all (it is not YAML, not UTF-8, its top level is wrong, or it uses
  tags or aliases in a dangerous way). :func:`read_facts_file` raises :class:`FactsFileError`, and no fact runs.
* ``fact``: one fact is wrong. It is reported in :attr:`FactsFile.problems` and the other facts still run;
  every case below therefore ends with a good fact, which must still be returned.

Each expected text is ``file:line:column: message``, as the editor will see it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
import yaml

from pytest_factcheck.errors import FactsFileError
from pytest_factcheck.loader import MAX_ALIAS_VALUES, MAX_ALIASES, MAX_DEPTH
from pytest_factcheck.schema import FACT_KEYS, FactsFile, read_facts_file
from pytest_factcheck.values import DATE_FORMS, QUANTITY_FORMS

HEAD = "sources: [seeds/*.txt]\nfacts:\n"
#: Appended to every per-fact case: it must survive the bad fact before it.
GOOD_FACT = """\
  - id: good-fact
    claim: The treaty was signed.
    subject: [treaty]
    contradicted_by: [never signed]
"""
TOLERANCE_FORMS = "write a percentage like 5% or a number like 500"
NESTING = f"the file is nested more than {MAX_DEPTH} levels deep; facts.yaml needs only a few levels"
NESTING += " (the top level, the list of facts, one fact, and a list or mapping inside it)"
TAG = "tags (words starting with '!') can make YAML run code; remove the tag and write a plain value"


@dataclass(frozen=True)
class Case:
    name: str
    kind: Literal["file", "fact"]
    text: str | bytes
    expected: str


def fact_case(name: str, bad_fact: str, expected: str) -> Case:
    return Case(name, "fact", HEAD + bad_fact + GOOD_FACT, expected)


def file_case(name: str, text: str | bytes, expected: str) -> Case:
    return Case(name, "file", text, expected)


BILLION_LAUGHS = "sources: [seeds/*.txt]\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10)
)

FILE_CASES = [
    # --- not YAML at all: the line is shown with a caret under the problem
    file_case(
        "colon-in-value",
        HEAD + "  - id: treaty-signed\n    claim: The pact says: both sides help\n",
        "facts.yaml:4:25: the file is not valid YAML: there is a second ': ' on this line; if the value contains "
        "': ', put the whole value in quotes, like claim: \"Officials said: 266 people\"\n"
        "        claim: The pact says: both sides help\n"
        "                            ^",
    ),
    file_case(
        "unclosed-list",
        HEAD + "  - id: treaty-signed\n    subject: [treaty, pact\n    date: June 2024\n",
        "facts.yaml:5:9: the file is not valid YAML: the list opened with '[' on line 4 is not closed where "
        "expected; add the missing ']', or put an entry that contains ',', ':', '[' or ']' in quotes\n"
        "        date: June 2024\n"
        "            ^",
    ),
    file_case(
        "unclosed-quote",
        HEAD + '  - id: treaty-signed\n    claim: "The treaty was signed.\n    subject: [treaty]\n',
        "facts.yaml:4:12: the file is not valid YAML: the quote opened on line 4 is never closed; "
        "add the closing quote\n"
        '        claim: "The treaty was signed.\n'
        "               ^",
    ),
    file_case(
        "bad-indentation",
        HEAD + "  - id: treaty-signed\n    claim: The treaty was signed.\n   subject: [treaty]\n",
        "facts.yaml:5:4: the file is not valid YAML: this line is not indented like the lines above it; keys of "
        "the same fact must start in the same column (the block starts on line 3)\n"
        "       subject: [treaty]\n"
        "       ^",
    ),
    file_case(
        "quote-inside-single-quotes",
        HEAD + "  - id: kim-birthday\n    claim: 'Kim's birthday is January 8.'\n",
        "facts.yaml:4:17: the file is not valid YAML: there is more text after a quoted value; quote the whole "
        "value, and inside quotes write a quote mark of the same kind twice ('it''s') or use the other kind "
        '("it\'s")\n'
        "        claim: 'Kim's birthday is January 8.'\n"
        "                    ^",
    ),
    file_case(
        "stray-closing-bracket",
        HEAD + "  - id: treaty-signed\n    subject: [treaty, pact]]\n",
        "facts.yaml:4:28: the file is not valid YAML: there is a ']' here that closes nothing; remove it, or put "
        "the whole value in quotes\n"
        "        subject: [treaty, pact]]\n"
        "                               ^",
    ),
    file_case(
        "star-without-a-name",
        HEAD + "  - id: dell-pledge\n    quantity: * 6.25 billion\n",
        "facts.yaml:4:16: the file is not valid YAML: '*' and '&' start YAML aliases and anchors and need a name "
        "right after them (like *north-korea); if the '*' or '&' is part of the text, put the whole value in quotes\n"
        "        quantity: * 6.25 billion\n"
        "                   ^",
    ),
    file_case(
        "missing-colon",
        HEAD + "  - id: treaty-signed\n    claim The treaty was signed.\n    subject: [treaty]\n",
        "facts.yaml:4:5: the file is not valid YAML: this line is not 'key: value' or '- item'; add the missing "
        "':' (or '- '), or indent it further if it continues the line above\n"
        "        claim The treaty was signed.\n"
        "        ^",
    ),
    file_case(
        "value-starting-with-at",
        HEAD + "  - id: treaty-signed\n    claim: @KCNA says the treaty was signed.\n",
        "facts.yaml:4:12: the file is not valid YAML: a value cannot start with '@'; put the whole value in "
        'quotes, like claim: "..."\n'
        "        claim: @KCNA says the treaty was signed.\n"
        "               ^",
    ),
    file_case(
        "tab-indentation",
        HEAD + "  - id: treaty-signed\n\tclaim: The treaty was signed.\n",
        "facts.yaml:4:1: the file is not valid YAML: this line is indented with a tab; YAML accepts only spaces "
        "for indentation: use spaces\n"
        "    →claim: The treaty was signed.\n"
        "    ^",
    ),
    file_case(
        "tab-after-colon",
        HEAD + "  - id: treaty-signed\n    claim:\tThe treaty was signed.\n",
        "facts.yaml:4:11: the file is not valid YAML: there is a tab character here; YAML does not accept tabs "
        "between values: use spaces\n"
        "        claim:→The treaty was signed.\n"
        "              ^",
    ),
    file_case(
        "undefined-alias",
        HEAD + "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: *treaty_words\n",
        "facts.yaml:5:14: the file is not valid YAML: the alias '*treaty_words' has no anchor '&treaty_words' "
        "above it; define the anchor first or write the value\n"
        "        subject: *treaty_words\n"
        "                 ^",
    ),
    file_case(
        "control-character",
        "sources: [seeds/*.txt]\x07\nfacts: []\n",
        "facts.yaml:1:23: the file contains an invisible control character (U+0007) that YAML does not allow; "
        "delete it\n"
        "    sources: [seeds/*.txt]\x07\n"
        "                          ^",
    ),
    # --- not text we can read
    file_case(
        "not-utf8",
        b"sources: [seeds/*.txt]\nfacts:\n  - id: cafe\n    claim: The caf\xe9 opened.\n",
        "facts.yaml:4:19: the file is not UTF-8 text: the byte 0xE9 here is not UTF-8 (the file was probably "
        "saved as Latin-1 or Windows-1252); save it again with the encoding UTF-8",
    ),
    file_case(
        "utf16",
        "sources: [seeds/*.txt]\n".encode("utf-16"),
        "facts.yaml:1:1: the file is saved as UTF-16; save it as UTF-8 instead",
    ),
    file_case(
        "empty-file",
        "",
        "facts.yaml:1: the file is empty; it needs 'sources:' (the articles to check) and 'facts:' "
        "(what to check them for)",
    ),
    file_case(
        "only-comments",
        "# facts go here\n",
        "facts.yaml:1: the file is empty; it needs 'sources:' (the articles to check) and 'facts:' "
        "(what to check them for)",
    ),
    file_case(
        "two-documents",
        "sources: [seeds/*.txt]\n---\nfacts: []\n",
        "facts.yaml:2:1: the file holds a second YAML document after '---'; keep one document: remove the '---' "
        "line and join the two parts",
    ),
    # --- keys
    file_case(
        "duplicate-key-in-fact",
        HEAD + "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n"
        "    date: June 2024\n    date: July 2024\n",
        "facts.yaml:7:5: the key 'date' appears twice here (first on line 6); keep only one",
    ),
    file_case(
        "duplicate-top-key",
        "sources: [seeds/*.txt]\nsources: [wires/*.txt]\nfacts: []\n",
        "facts.yaml:2:1: the key 'sources' appears twice here (first on line 1); keep only one",
    ),
    file_case(
        "list-as-key",
        HEAD + "  - id: treaty-signed\n    [claim]: The treaty was signed.\n",
        "facts.yaml:4:5: a list or mapping cannot be used as a key; keys are names like 'claim' or 'subject'",
    ),
    file_case(
        "unknown-top-key",
        "sources: [seeds/*.txt]\nfact:\n  - id: treaty-signed\n",
        "facts.yaml:2:1: unknown key 'fact'; did you mean 'facts'?",
    ),
    file_case(
        "unknown-top-key-far-from-any",
        "sources: [seeds/*.txt]\nversion: 1\nfacts: []\n",
        "facts.yaml:2:1: unknown key 'version'; the keys allowed here are: sources, facts, published, locale",
    ),
    # --- the top level
    file_case(
        "top-level-list",
        "- id: treaty-signed\n",
        "facts.yaml:1:1: the file must start with 'sources:' and 'facts:' (key: value lines); found a list",
    ),
    file_case(
        "missing-sources",
        "facts:\n  - id: treaty-signed\n",
        "facts.yaml:1:1: the file has no 'sources:'; add it at the top level: 'sources: [seeds/*.txt]' names the "
        "articles to check",
    ),
    file_case(
        "missing-facts",
        "sources: [seeds/*.txt]\n",
        "facts.yaml:1:1: the file has no 'facts:'; add it at the top level: 'facts:' followed by the facts, each "
        "starting with '- id:'",
    ),
    file_case(
        "sources-not-a-list",
        "sources: 3\nfacts: []\n",
        "facts.yaml:1:10: 'sources:' must be a list, like [seeds/*.txt]; found the number 3",
    ),
    file_case(
        "sources-single-string",
        "sources: seeds/*.txt\nfacts: []\n",
        "facts.yaml:1:10: 'sources:' must be a list, like [seeds/*.txt]; found the text 'seeds/*.txt'",
    ),
    file_case(
        "sources-empty",
        "sources: []\nfacts: []\n",
        "facts.yaml:1:10: 'sources:' is empty; give at least one entry, like [seeds/*.txt]",
    ),
    file_case(
        "sources-entry-not-a-pattern",
        "sources: [seeds/*.txt, [wires]]\nfacts: []\n",
        "facts.yaml:1:24: every entry of 'sources:' must be a file pattern, like seeds/*.txt; found a list",
    ),
    file_case(
        "facts-empty-list",
        "sources: [seeds/*.txt]\nfacts: []\n",
        "facts.yaml:2:8: 'facts:' is empty; add at least one fact under it, each starting with '- id:'",
    ),
    file_case(
        "facts-nothing",
        "sources: [seeds/*.txt]\nfacts:\n",
        "facts.yaml:2:7: 'facts:' is empty; add at least one fact under it, each starting with '- id:'",
    ),
    file_case(
        "facts-a-mapping",
        "sources: [seeds/*.txt]\nfacts:\n  id: treaty-signed\n",
        "facts.yaml:3:3: 'facts:' must be a list of facts, each starting with '- id:'; found a mapping "
        "(key: value lines)",
    ),
    # --- tags: refused on every kind of value, before anything is built
    file_case(
        "python-apply-tag",
        HEAD + "  - id: treaty-signed\n    claim: !!python/object/apply:os.system ['echo hello']\n",
        f"facts.yaml:4:12: the tag '!!python/object/apply:os.system' is not allowed in facts.yaml: {TAG}",
    ),
    file_case(
        "python-object-tag-on-fact",
        HEAD + "  - !!python/object:collections.OrderedDict\n    id: treaty-signed\n",
        f"facts.yaml:3:5: the tag '!!python/object:collections.OrderedDict' is not allowed in facts.yaml: {TAG}",
    ),
    file_case(
        "python-tuple-tag",
        HEAD + "  - id: treaty-signed\n    subject: !!python/tuple [treaty]\n",
        f"facts.yaml:4:14: the tag '!!python/tuple' is not allowed in facts.yaml: {TAG}",
    ),
    file_case(
        "custom-tag",
        HEAD + "  - id: treaty-signed\n    claim: !Ref treaty\n",
        f"facts.yaml:4:12: the tag '!Ref' is not allowed in facts.yaml: {TAG}",
    ),
    file_case(
        "binary-tag",
        HEAD + "  - id: treaty-signed\n    claim: !!binary aGVsbG8=\n",
        f"facts.yaml:4:12: the tag '!!binary' is not allowed in facts.yaml: {TAG}",
    ),
    file_case(
        "plain-tag-with-unreadable-value",
        HEAD + "  - id: troops\n    quantity: !!int many\n",
        "facts.yaml:4:15: cannot read 'many' as !!int; remove the tag or fix the value",
    ),
    # --- aliases and nesting: limited, and stopped where the limit is crossed
    file_case(
        "billion-laughs",
        BILLION_LAUGHS,
        f"facts.yaml:6:12: the YAML aliases (*name) in this file expand to more than {MAX_ALIAS_VALUES:,} "
        "values, which looks like an 'alias bomb'; write the values out instead of nesting aliases\n"
        "    lol4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]\n"
        "               ^",
    ),
    file_case(
        "too-many-aliases",
        "words: &w treaty\nsources: [" + ", ".join(["*w"] * (MAX_ALIASES + 1)) + "]\n",
        f"facts.yaml:2:{11 + 4 * MAX_ALIASES}: the file uses YAML aliases (*name) more than {MAX_ALIASES} times; "
        "write the values out instead\n"
        # a long line is cut to 80 characters around the caret
        "    … *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w, *w]\n"
        "    " + " " * 78 + "^",
    ),
    file_case(
        "alias-inside-itself",
        "sources: &s [seeds/*.txt, *s]\nfacts: []\n",
        "facts.yaml:1:27: the alias '*s' is used inside the value that '&s' names, so it would never end; "
        "write the value out instead\n"
        "    sources: &s [seeds/*.txt, *s]\n"
        "                              ^",
    ),
    file_case(
        "deep-nesting-flow",
        "sources: " + "[" * 60 + "]" * 60 + "\nfacts: []\n",
        f"facts.yaml:1:59: {NESTING}\n    sources: " + "[" * 60 + "]" * 11 + "…\n    " + " " * 58 + "^",
    ),
    file_case(
        "deep-nesting-block",
        "sources:\n" + "".join("  " * depth + "- \n" for depth in range(1, 60)),
        f"facts.yaml:51:101: {NESTING}\n    …" + " " * 78 + "- \n    " + " " * 79 + "^",
    ),
    file_case(
        "very-deep-nesting",
        "sources: " + "[" * 100_000 + "]" * 100_000 + "\n",
        f"facts.yaml:1:59: {NESTING}\n    sources: " + "[" * 71 + "…\n    " + " " * 58 + "^",
    ),
]

FACT_CASES = [
    # --- keys
    fact_case(
        "unknown-key-close-to-a-known-one",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subjet: [treaty]\n    date: June 2024\n",
        "facts.yaml:5:5: unknown key 'subjet'; did you mean 'subject'?",
    ),
    fact_case(
        "unknown-key-typo-quantity",
        "  - id: troops\n    claim: 266 migrants.\n    subject: [migrants]\n    quantiy: 266\n",
        "facts.yaml:6:5: unknown key 'quantiy'; did you mean 'quantity'?",
    ),
    fact_case(
        "unknown-key-far-from-any",
        "  - id: troops\n    claim: 266 migrants.\n    subject: [migrants]\n    quantity: 266\n    note: check\n",
        f"facts.yaml:7:5: unknown key 'note'; the keys allowed here are: {', '.join(FACT_KEYS)}",
    ),
    fact_case(
        "yes-no-word-as-key",
        "  - id: troops\n    claim: 266 migrants.\n    subject: [migrants]\n    quantity: 266\n    yes: 1\n",
        f"facts.yaml:7:5: unknown key 'yes'; the keys allowed here are: {', '.join(FACT_KEYS)}",
    ),
    fact_case(
        "missing-id",
        "  - claim: The treaty was signed.\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:3:5: this fact has no 'id:'; every fact needs an id and a claim",
    ),
    fact_case(
        "missing-claim",
        "  - id: treaty-signed\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:3:5: this fact has no 'claim:'; every fact needs an id and a claim",
    ),
    fact_case(
        "missing-subject",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    date: June 2024\n",
        "facts.yaml:3:5: this fact has no 'subject:', and its claim does not show what it counts or dates (the claim "
        "must contain the fact's value, like 'sent 14,000–15,000 troops'); add subject: [troops, soldiers]",
    ),
    fact_case(
        "fact-not-a-mapping",
        "  - treaty-signed\n",
        "facts.yaml:3:5: each fact must be key: value lines starting with '- id: ...'; found the text 'treaty-signed'",
    ),
    # --- id
    fact_case(
        "id-not-a-slug",
        "  - id: Treaty Signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:3:9: the id 'Treaty Signed' is not allowed: use only lowercase letters, digits and '-' "
        "between words (like 'treaty-signed')",
    ),
    fact_case(
        "id-with-underscore",
        "  - id: treaty_signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:3:9: the id 'treaty_signed' is not allowed: use only lowercase letters, digits and '-' "
        "between words (like 'treaty-signed')",
    ),
    fact_case(
        "id-a-number",
        "  - id: 12\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:3:9: the id must be a name like 'treaty-signed'; found the number 12",
    ),
    fact_case(
        "id-used-twice",
        "  - id: good-fact\n    claim: The treaty was signed.\n    subject: [pact]\n    date: June 2024\n",
        "facts.yaml:7:9: the id 'good-fact' is used twice (lines 3 and 7); ids name the tests, so each must be "
        "unique: rename one of them",
    ),
    # --- claim and the word lists
    fact_case(
        "claim-a-list",
        "  - id: treaty-signed\n    claim: [signed, treaty]\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:4:12: 'claim:' must be the fact written as a sentence; found a list",
    ),
    fact_case(
        "claim-empty",
        "  - id: treaty-signed\n    claim: ''\n    subject: [treaty]\n    date: June 2024\n",
        "facts.yaml:4:12: 'claim:' is empty; write the fact as a sentence",
    ),
    fact_case(
        "subject-a-mapping",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: {name: treaty}\n    date: June 2024\n",
        "facts.yaml:5:14: 'subject:' must be a word or phrase, or a list, like [troops, soldiers]; found a mapping "
        "(key: value lines)",
    ),
    fact_case(
        "subject-a-yes-no-value",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: yes\n    date: June 2024\n",
        "facts.yaml:5:14: 'subject:' must be a word or phrase, or a list, like [troops, soldiers]; found a yes/no "
        "value",
    ),
    fact_case(
        "subject-empty-list",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: []\n    date: June 2024\n",
        "facts.yaml:5:14: 'subject:' is empty; give at least one entry, like [troops, soldiers]",
    ),
    fact_case(
        "subject-nothing",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject:\n    date: June 2024\n",
        "facts.yaml:5:13: 'subject:' must be a word or phrase, or a list, like [troops, soldiers]; it is empty",
    ),
    fact_case(
        "subject-empty-entry",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty, '']\n    date: June 2024\n",
        "facts.yaml:5:23: every entry of 'subject:' must be a word or phrase; found an empty entry",
    ),
    fact_case(
        "context-empty-list",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    context: []\n"
        "    date: June 2024\n",
        "facts.yaml:6:14: 'context:' is empty; give at least one entry, like [North Korea, Pyongyang] "
        "(or remove the key)",
    ),
    fact_case(
        "fact-sources-entry-a-number",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    sources: [2024]\n"
        "    date: June 2024\n",
        "facts.yaml:6:15: every entry of 'sources:' must be a file pattern, like seeds/*.txt; found the number 2024",
    ),
    # --- what the fact checks
    fact_case(
        "no-value-key",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n",
        "facts.yaml:3:5: this fact has none of quantity, date or contradicted_by; add the one that says what to "
        "check (a figure, a date, or sentences that would contradict the claim)",
    ),
    fact_case(
        "quantity-and-date",
        "  - id: troops\n    claim: 266 migrants in June 2024.\n    subject: [migrants]\n    quantity: 266\n"
        "    date: June 2024\n",
        "facts.yaml:7:11: a fact checks either a quantity or a date, not both; split it into two facts",
    ),
    fact_case(
        "range-low-above-high",
        "  - id: troops\n    claim: 14,000–15,000 troops.\n    subject: [troops]\n    quantity: 15,000–14,000\n",
        "facts.yaml:6:15: the range '15,000–14,000' starts above where it ends; write the smaller number first",
    ),
    fact_case(
        "range-low-above-high-in-words",
        "  - id: troops\n    claim: 14,000–15,000 troops.\n    subject: [troops]\n"
        "    quantity: between 15000 and 14000\n",
        "facts.yaml:6:15: the range 'between 15000 and 14000' starts above where it ends; write the smaller "
        "number first",
    ),
    fact_case(
        "quantity-unreadable",
        "  - id: troops\n    claim: Many troops.\n    subject: [troops]\n    quantity: lots\n",
        f"facts.yaml:6:15: cannot read 'lots' as one quantity; write {QUANTITY_FORMS}",
    ),
    fact_case(
        "quantity-a-yes-no-value",
        "  - id: troops\n    claim: Many troops.\n    subject: [troops]\n    quantity: no\n",
        "facts.yaml:6:15: 'quantity:' holds a yes/no value (YAML reads yes, no, true, false, on and off that way); "
        f"write {QUANTITY_FORMS}",
    ),
    fact_case(
        "quantity-empty",
        "  - id: troops\n    claim: Many troops.\n    subject: [troops]\n    quantity:\n",
        f"facts.yaml:6:14: 'quantity:' is empty; write {QUANTITY_FORMS}",
    ),
    fact_case(
        "date-unreadable",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: last summer\n",
        f"facts.yaml:6:11: cannot read 'last summer' as a date; write {DATE_FORMS}",
    ),
    fact_case(
        "date-that-does-not-exist",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: 2024-02-30\n",
        f"facts.yaml:6:11: cannot read '2024-02-30' as a date; write {DATE_FORMS}",
    ),
    fact_case(
        "date-year-out-of-range",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: 99\n",
        f"facts.yaml:6:11: cannot read 99 as a date; write {DATE_FORMS}",
    ),
    fact_case(
        "date-a-list",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: [2024, 2025]\n",
        f"facts.yaml:6:11: cannot read a list as a date; write {DATE_FORMS}",
    ),
    fact_case(
        "tolerance-without-quantity",
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: [treaty]\n    date: June 2024\n"
        "    tolerance: 5%\n",
        "facts.yaml:7:16: 'tolerance:' applies only to a 'quantity:'; remove it or add a quantity",
    ),
    fact_case(
        "tolerance-negative",
        "  - id: troops\n    claim: 266 migrants.\n    subject: [migrants]\n    quantity: 266\n    tolerance: -5\n",
        "facts.yaml:7:16: 'tolerance:' cannot be negative; write how far a figure may be off, like 5% or 500",
    ),
    fact_case(
        "tolerance-unreadable",
        "  - id: troops\n    claim: 266 migrants.\n    subject: [migrants]\n    quantity: 266\n    tolerance: a few\n",
        f"facts.yaml:7:16: cannot read 'a few' as a tolerance; {TOLERANCE_FORMS}",
    ),
]

CASES = FILE_CASES + FACT_CASES


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "facts.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def outcome(path: Path) -> tuple[str, list[str], FactsFile | None]:
    """("file", [the error], None) or ("fact", [each problem], the file), each as ``name:line:column: message``."""
    try:
        facts_file = read_facts_file(path)
    except FactsFileError as exc:
        assert exc.path == path
        return "file", [str(exc).replace(str(path.parent) + os.sep, "")], None
    problems = [f"{path.name}:{p.line}:{p.column}: {p.message}" for p in facts_file.problems]
    return "fact", problems, facts_file


def test_case_names_are_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_error_message(case: Case, tmp_path: Path) -> None:
    kind, messages, facts_file = outcome(write(tmp_path, case.text))
    assert (kind, messages) == (case.kind, [case.expected])
    if facts_file is not None:
        assert [fact.id for fact in facts_file.facts] == ["good-fact"], "the good fact must still be returned"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_message_is_plain_english_with_a_position(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path, case.text)
    try:
        facts_file = read_facts_file(path)
    except FactsFileError as exc:
        message, line, column = exc.message, exc.line, exc.column
        if case.name not in ("empty-file", "only-comments"):  # nothing there to point at
            assert column is not None
    else:
        (problem,) = facts_file.problems
        message, line, column = problem.message, problem.line, problem.column
    assert line is not None and line >= 1
    assert column is None or column >= 1
    for noise in ("Traceback", "Located", "Mark(", " object at 0x", "Error:", "tag:yaml.org", "\\n", "\\t", "None"):
        assert noise not in message, f"{noise!r} in {message!r}"


# --- tags never run code

PAYLOADS = [
    "!!python/object/apply:os.mkdir ['{marker}']",
    "!!python/object/apply:os.system ['mkdir {marker}']",
    "!!python/object/apply:subprocess.call [[mkdir, '{marker}']]",
    "!!python/object/new:subprocess.Popen [[mkdir, '{marker}']]",
    "!!python/name:os.system",
    "!!python/module:os",
]


def test_payloads_would_run_in_an_unsafe_loader(tmp_path: Path) -> None:
    """The control: the first payload really creates its marker when YAML is loaded unsafely."""
    marker = tmp_path / "created-by-yaml"
    yaml.unsafe_load(PAYLOADS[0].format(marker=marker))
    assert marker.exists()


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("where", ["claim", "fact", "top"])
def test_python_tags_are_refused_and_nothing_runs(payload: str, where: str, tmp_path: Path) -> None:
    marker = tmp_path / "created-by-yaml"
    tagged = payload.format(marker=marker)
    text = {
        "claim": HEAD + f"  - id: treaty-signed\n    claim: {tagged}\n    subject: [treaty]\n    date: 2024\n",
        "fact": HEAD + f"  - {tagged}\n",
        "top": f"{tagged}\n",
    }[where]
    with pytest.raises(FactsFileError, match=r"the tag '!!python/[a-z/]+:[\w.]+' is not allowed in facts\.yaml"):
        read_facts_file(write(tmp_path, text))
    assert not marker.exists()


# --- limits


def test_alias_bomb_fails_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactsFileError, match="alias bomb"):
        read_facts_file(write(tmp_path, BILLION_LAUGHS + "facts: []\n"))


def test_aliases_used_sensibly_are_accepted(tmp_path: Path) -> None:
    facts = "".join(
        f"  - id: fact-{n}\n    claim: The treaty was signed.\n    subject: [treaty]\n"
        f"    context: {'&korea [North Korea, Pyongyang, DPRK]' if n == 0 else '*korea'}\n"
        "    contradicted_by: [never signed]\n"
        for n in range(40)
    )
    facts_file = read_facts_file(write(tmp_path, HEAD + facts))
    assert facts_file.problems == ()
    assert {fact.context for fact in facts_file.facts} == {("North Korea", "Pyongyang", "DPRK")}


def test_forward_compatible_keys_are_accepted(tmp_path: Path) -> None:
    """as_of, until, examples, allow and published are known names; their meaning is read elsewhere."""
    text = (
        "sources: [seeds/*.txt]\n"
        "published:\n  - {source: seeds/a.txt, date: 2024-06-19}\n"
        "facts:\n"
        "  - id: treaty-signed\n    claim: The treaty was signed.\n    subject: treaty\n    date: June 2024\n"
        "    as_of: 2025-04\n    until: April 2026\n"
        "    examples: {supports: [It was signed in June 2024.], contradicts: [It was signed in 2023.]}\n"
        "    allow:\n      - {source: seeds/old.txt, reason: Quotes the old claim to correct it.}\n"
    )
    facts_file = read_facts_file(write(tmp_path, text))
    assert facts_file.problems == ()
    assert [fact.id for fact in facts_file.facts] == ["treaty-signed"]
