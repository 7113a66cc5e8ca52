"""pytest-factcheck: each verified fact in facts.yaml becomes a pytest test that
fails when a source document contradicts it."""

__version__ = "0.1.0"
