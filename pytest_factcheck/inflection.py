"""English inflection for matching an editor's terms: a noun's singular and
plural, and a verb's present participle.

Rules and tables (in :mod:`.lexicon.inflection`) rather than the ``inflect``
package: importing ``inflect`` costs about 2 s (``typeguard`` recompiles its
module at import), paid by every run that analyses a source, even a warm
re-run after a one-line edit. Only the forms that matter for finding a word
in news text are made; a form the rules get wrong is an extra alternative that
text does not contain, never a missed match of the word itself.
"""

from __future__ import annotations

import functools
import re

from .lexicon.inflection import (
    CH_PLURAL_S,
    DOUBLING_POLYSYLLABLES,
    IES_LOSE_S,
    IRREGULAR_PLURALS,
    MAN_PLURAL_S,
    MEN_SINGULAR,
    O_PLURAL_ES,
    PARTICIPLE_RULES,
    SES_LOSE_ES,
    SINGULAR_IN_S,
    UNCHANGING,
)

_SINGULARS = {plural: singular for singular, plural in IRREGULAR_PLURALS.items()}
_SIBILANT = ("s", "x", "z", "ch", "sh")
_VOWELS = "aeiou"
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


@functools.cache
def _participle_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in PARTICIPLE_RULES)


def singular(word: str) -> str | None:
    """The singular of a lowercased plural noun; None when the word does not read as a plural."""
    if word in _SINGULARS:
        return _SINGULARS[word]
    if word in UNCHANGING or word in SINGULAR_IN_S:
        return None
    if word.endswith("men") and len(word) > 4 and word not in MEN_SINGULAR:
        return word[:-3] + "man"
    if not word.endswith("s") or word.endswith(("ss", "us", "sis")):
        return None
    if word.endswith("ies"):
        return word[:-1] if word in IES_LOSE_S or len(word) <= 4 else word[:-3] + "y"
    if word.endswith(("sses", "xes", "zzes", "ches", "shes")) or word in SES_LOSE_ES:
        return word[:-2]
    if word.endswith("oes") and word[:-2] in O_PLURAL_ES:
        return word[:-2]
    return word[:-1]


def plural(word: str) -> str:
    """The plural of a lowercased singular noun."""
    if word in UNCHANGING:
        return word
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("man") and word not in MAN_PLURAL_S:
        return word[:-3] + "men"
    if word.endswith(_SIBILANT) and word not in CH_PLURAL_S:
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if word.endswith("o") and word in O_PLURAL_ES:
        return word + "es"
    return word + "s"


def present_participle(word: str) -> str:
    """The -ing form of a lowercased base form ("make" → "making", "plan" → "planning", "open" → "opening")."""
    rules = _participle_rules()
    if len(_VOWEL_GROUP.findall(word)) > 1 and word not in DOUBLING_POLYSYLLABLES:
        rules = rules[:-1]  # the last rule doubles the final consonant: only in a stressed last syllable
    for pattern, replacement in rules:
        changed, count = pattern.subn(replacement, word)
        if count:
            return changed + "ing"
    return word + "ing"
