from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import read
from normalize.errors import InputError
from normalize.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE


def test_utf8_with_and_without_bom():
    assert read.decode("Café".encode()) == ("Café", "utf-8")
    assert read.decode(codecs.BOM_UTF8 + "Café".encode()) == ("Café", "utf-8-sig")


def test_utf16_bom():
    text, enc = read.decode("Hello, 世界".encode("utf-16"))
    assert text == "Hello, 世界" and enc == "utf-16"


def test_legacy_encodings_go_through_charset_normalizer():
    text = "这是一个关于人工智能行业的新闻报道，讨论了云计算和芯片市场的竞争格局。" * 3
    decoded, enc = read.decode(text.encode("gb18030"))
    assert decoded == text
    assert enc.lower().replace("_", "") in {"gb18030", "gbk", "gb2312"}
    latin = "The café served crème brûlée to the naïve critic from Zürich. " * 4
    decoded, enc = read.decode(latin.encode("cp1252"))
    assert decoded == latin and enc != "utf-8"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"PK\x03\x04zip"])
def test_binary_refused(data):
    with pytest.raises(InputError, match="not text"):
        read.decode(data)


def test_split_is_lossless_and_keeps_tables_whole():
    text = "Title\n\nMay 2026\nFirst line.  \r\n\n\n| a | b |\n|---|---|\n| 1 | 2 |\n- item one\n  \n"
    blocks, tail = read.split_blocks(text)
    assert "".join(b.sep + b.text for b in blocks) + tail == text
    assert [b.kind for b in blocks] == [HEADING, HEADING, PARAGRAPH, TABLE, LIST_ITEM]
    assert blocks[3].text == "| a | b |\n|---|---|\n| 1 | 2 |"
    assert (blocks[3].line_start, blocks[3].line_end) == (7, 9)


def test_fenced_code_is_one_block():
    blocks, _ = read.split_blocks("Intro.\n```\nx = 1\n\ny = 2\n```\nAfter.")
    assert [b.kind for b in blocks] == [PARAGRAPH, "code", PARAGRAPH]


def test_html_markup_stripped_to_blocks():
    doc = read.run(
        b"<!DOCTYPE html><html><head><title>T</title><script>x()</script></head>"
        b"<body><h1>Headline</h1><p>First &amp; only paragraph.</p></body></html>"
    )
    assert doc.format == "html"
    assert [b.text for b in doc.blocks] == ["Headline", "First & only paragraph."]


def test_mostly_ascii_western_text_is_read_as_cp1252():
    from normalize.read import decode

    text = (
        "Cloud providers said on Monday that Müller, who flew in from Zürich, met the new board "
        "in São Paulo to discuss the plan for the coming year and the budget for the region. "
    ) * 5
    for encoding in ("latin-1", "cp1252"):
        data = text.encode(encoding, errors="ignore")
        decoded, used = decode(data)
        assert used == "cp1252" and decoded == text


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Title", "  | a |", "|---|", "```", " ~~~x", "- item", "", "  ", "Done."]),
        max_size=12,
    )
)
def test_split_is_lossless_and_the_same_with_any_line_break(lines):
    # "\n" text takes a faster path than "\r\n" text: both must split into the same blocks.
    text = "\n".join(lines)
    blocks, tail = read.split_blocks(text)
    assert "".join(b.sep + b.text for b in blocks) + tail == text
    crlf_blocks, _ = read.split_blocks(text.replace("\n", "\r\n"))
    assert [(b.text.replace("\r\n", "\n"), b.kind, b.line_start, b.line_end) for b in crlf_blocks] == [
        (b.text, b.kind, b.line_start, b.line_end) for b in blocks
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["#", "## ", "```", "|", " | ", "a", " ", "\n", "\t", "\f", "x|", "|\n", "   "]),
        max_size=12,
    ).map("".join)
)
def test_markdown_sniff_tries_line_starts_as_the_search_does(text):
    # The sniff tries the pattern at line starts only; it must agree with searching everywhere.
    assert read._starts_a_markdown_line(text) == (read._MARKDOWN.search(text) is not None)
    assert read.sniff_format(text) in ("markdown", "text")


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["#", "##", " ", "\t", "\u3000", "-", "*", "+", "•", "1", "12", "٣", ".", ")", "a", "Word"]
        ),
        max_size=8,
    ).map("".join)
)
def test_first_character_screen_keeps_the_markdown_and_list_matches(start):
    # The line ends a sentence, so only a Markdown or list mark can make it other than a paragraph.
    line = start + " words follow here."
    stripped = line.strip()
    expected = (
        HEADING
        if read._MD_HEADING.match(stripped)
        else LIST_ITEM
        if read._LIST_MARK.match(line)
        else PARAGRAPH
    )
    assert read.classify_line(line) == expected
