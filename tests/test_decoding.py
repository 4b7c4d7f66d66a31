"""Choosing an encoding where the bytes do not say: Unicode without a byte-order mark, ISO-2022,
legacy code pages chosen by the letters of a language, and a finding when the choice is close."""

from __future__ import annotations

import pytest

import normalize
from normalize import read
from normalize.decoding import letter_fit

HUNGARIAN = "A megfelelő működés érdekében a felhasználónak el kell fogadnia a feltételeket. " * 3
TURKISH = "Türkiye'nin başkenti Ankara'dır ve ülkenin en büyük şehri İstanbul'dur. " * 3
CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl šťastný pes. " * 3


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_without_a_byte_order_mark(encoding):
    text = "Plain text without a byte-order mark, and café, Ελληνικά, 中文.\n" * 4
    assert read.decode(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("日本語のテキストです。\n", "iso2022_jp"), ("한국어 텍스트입니다.\n", "iso2022_kr")],
)
def test_iso_2022(text, encoding):
    assert read.decode(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (HUNGARIAN, "iso8859_2"),
        (HUNGARIAN, "cp1250"),
        (TURKISH, "cp1254"),
        (CZECH, "iso8859_2"),
        (CZECH, "cp1250"),
    ],
)
def test_a_central_european_or_turkish_file_is_not_read_as_cp1252(text, encoding):
    decoded, _chosen = read.decode(text.encode(encoding))
    assert decoded == text


def test_letters_of_one_language_fit_and_a_jumble_does_not():
    assert letter_fit("megfelelő működés") == 1.0
    assert letter_fit("megfelelõ mûködés") < 1.0  # cp1252's reading of Hungarian
    assert letter_fit("Müller from Zürich") == 1.0
    assert letter_fit("M³ller from Z³rich") == 0.0  # a sign no text needs there
    assert letter_fit("megfelelж") < 1.0  # a Cyrillic letter glued to Latin ones
    assert letter_fit("plain ASCII") == 1.0


def test_a_close_call_between_code_pages_is_a_finding():
    # One accented letter: "ã" in cp1252 (Portuguese) or "ă" in cp1250 (Romanian). The web's
    # default wins, and the reading says it is a guess.
    result = normalize.clean(b"The museum lent two tables from S\xe3o Paulo to the city.\n")
    assert result.text == "The museum lent two tables from São Paulo to the city.\n"
    (finding,) = [f for f in result.findings if f.data.get("cause") == "encoding"]
    assert finding.kind == "garbled" and "cp1250" in finding.message and finding.data["encoding"] == "cp1252"


def test_a_few_nul_bytes_are_still_binary():
    with pytest.raises(normalize.InputError):
        read.decode(b"text\x00with\x00nuls")


def test_one_stray_byte_does_not_turn_a_utf8_file_into_a_legacy_code_page():
    # A cp1252 apostrophe (0x92) pasted into UTF-8 text full of em dashes: read whole as GB18030
    # it gave "鈥攎"; the file stays UTF-8, the stray byte reads as cp1252, and a finding says so.
    data = "Revenue — as reported — grew; the company".encode() + b"\x92s outlook \xe2\x80\x94 stable.\n"
    result = normalize.clean(data)
    assert result.text == "Revenue — as reported — grew; the company’s outlook — stable.\n"
    (finding,) = [f for f in result.findings if f.data.get("cause") == "encoding"]
    assert "1 byte(s) were not valid UTF-8" in finding.message
