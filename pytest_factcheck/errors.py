"""Error types. Each carries the file and line it is about, and a message
written for an editor: what is wrong and how to fix it."""

from __future__ import annotations

from pathlib import Path


class FactcheckError(Exception):
    """Base of every error the plugin reports to a user."""

    def __init__(
        self, message: str, path: Path | str | None = None, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column

    def location(self) -> str:
        if self.path is None:
            return ""
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class FactsFileError(FactcheckError):
    """facts.yaml cannot be read, or one of its entries is invalid."""


class SourceError(FactcheckError):
    """A source document cannot be read."""


class ValueFormatError(ValueError):
    """A quantity or date in facts.yaml cannot be read; the message lists the accepted forms."""


class ModelError(FactcheckError):
    """The spaCy pipeline the user named cannot be loaded."""
