"""Sources that are not UTF-8, run as CI runs pytest: the terminal names the encoding each
file was read with, and text whose decoding is garbage is refused, naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin import FACTS, output, run

from pytest_factcheck.errors import SourceError
from pytest_factcheck.sources.decode import decode

JAPANESE = "北朝鮮の兵士がロシアに到着した。"
JAPANESE_ARTICLE = (JAPANESE + "韓国の情報機関によると、約一万二千人の兵士が派遣された。\n") * 3
RUSSIAN = "Войска КНДР прибыли в Россию, сообщили в Сеуле."
CAFE = "The café’s owner said."


def mojibake(text: str, encoding: str = "utf-8") -> bytes:
    """UTF-8 read as Windows-1252, then saved again (as ``encoding``)."""
    return text.encode("utf-8").decode("cp1252").encode(encoding)


@pytest.fixture(autouse=True)
def _heavy_imports_done(preloaded: None) -> None:
    """See ``preloaded`` in conftest.py."""


@pytest.mark.parametrize(
    ("raw", "encoding", "text"),
    [
        ("The café opened in Zürich.\n".encode("cp1252"), "windows-1252", "The café opened in Zürich.\n"),
        (f"{RUSSIAN}\n".encode("cp1251"), "windows-1251", f"{RUSSIAN}\n"),
        ("Η Βόρεια Κορέα έστειλε στρατιώτες στη Ρωσία.\n".encode("cp1253"), "windows-1253", "Η Βόρεια Κορέα"),
        (JAPANESE_ARTICLE.encode("shift_jis"), "cp932", JAPANESE_ARTICLE),
    ],
    ids=["windows-1252", "windows-1251", "windows-1253", "shift-jis"],
)
def test_a_legible_file_is_read_in_its_encoding_and_the_warning_names_it(raw: bytes, encoding: str, text: str) -> None:
    read, warnings = decode(raw, Path("a.txt"))
    assert read.startswith(text)
    assert warnings == (f"read as {encoding} (not valid UTF-8 from line 1); save it as UTF-8 to silence this",)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (mojibake(f"Hi.\n{CAFE}\n"), "line 2 reads as garbled text ('Ã©', read as UTF-8)"),
        (mojibake(f"{CAFE}\n", "utf-16"), "line 1 reads as garbled text ('Ã©', read as UTF-16)"),
        (b"\xa2B\xe2s", "its encoding cannot be told: it reads as johab or as utf-16-le, which give different text"),
        (f"{JAPANESE}\n".encode("shift_jis"), "its encoding cannot be told: it reads as cp949 or as cp932"),
        (bytes(range(0x80, 0x100)) * 2, "the file is not readable text in any encoding (it decodes only to noise)"),
    ],
    ids=["utf8-read-as-1252-then-saved", "mojibake-in-utf16", "cent-b-a-s", "short-shift-jis", "noise"],
)
def test_a_decoding_that_is_garbage_is_refused_naming_the_file(raw: bytes, message: str) -> None:
    with pytest.raises(SourceError) as caught:
        decode(raw, Path("articles/b.txt"))
    assert str(caught.value).startswith("articles/b.txt")
    assert message in caught.value.message and caught.value.message.endswith("save it as UTF-8")


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", facts=FACTS)
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "a.txt").write_text("Pyongyang sent around 15,000 troops.\n", encoding="utf-8")
    return pytester


def test_the_terminal_says_which_file_was_read_with_which_encoding(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "articles" / "b.txt").write_bytes(f"{RUSSIAN}\n".encode("cp1251"))
    result = run(newsroom)
    result.stdout.fnmatch_lines(
        ["*warning(s):", "  articles/b.txt: read as windows-1251 (not valid UTF-8 from line 1); save it as UTF-8*"]
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (mojibake(f"Hi.\n{CAFE}\n"), "line 2 reads as garbled text ('Ã©'*"),
        (b"\xa2B\xe2s", "the file is not UTF-8, and its encoding cannot be told*"),
    ],
    ids=["mojibake", "guess"],
)
def test_a_garbage_source_fails_the_sources_test_naming_it(newsroom: pytest.Pytester, raw: bytes, message: str) -> None:
    (newsroom.path / "articles" / "b.txt").write_bytes(raw)
    result = run(newsroom)
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([f"*articles/b.txt: {message}"])
    assert "owner said" not in output(result), "the refused text is not shown"
