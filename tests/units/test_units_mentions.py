"""Mentions: proper nouns judged on demand, table cells read from one parse of the table."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import read
from normalize.units.mentions import (
    _CAPITALISED_WORD,
    _WORD,
    ProperNouns,
    _metric_matchers,
    is_token_of,
    metric_in,
    segment_mentions,
    table_mentions,
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbB1-& .x'", max_size=16), st.text(alphabet="abx", min_size=1, max_size=3))
def test_is_token_of_agrees_with_splitting_into_words(text, word):
    assert is_token_of(text, word) == (word in _WORD.findall(text))


def test_proper_nouns_are_capitalised_words_never_written_in_lower_case():
    doc = read.run("Anthropic and AWS grew. Core revenue rose.\n\nThe core team met in May. A memo.")
    nouns = ProperNouns(doc)
    assert "Anthropic" in nouns and "AWS" in nouns
    assert "Core" not in nouns  # also written "core"
    assert "May" not in nouns and "The" not in nouns and "A" not in nouns  # months, function words, letters
    assert "anthropic" not in nouns  # lower case is never a proper noun
    assert "Google" not in nouns  # not in the document at all


def test_proper_noun_written_lower_case_inside_another_word_still_counts():
    doc = read.run("Acme sold acme-style widgets to 5acme buyers and subacme units.")
    # "acme-style" and "5acme" are words "acme-style" and "acme" once split: only the second
    # writes the name in lower case; "subacme" does not.
    assert "Acme" not in ProperNouns(doc)
    assert "Acme" in ProperNouns(read.run("Acme sold acme-style widgets and subacme units."))


def per_cell_mentions(block, nouns):
    """The reference: every cell parsed on its own."""
    out, offset, header = [], 0, []
    for row, line in enumerate(block.text.split("\n")):
        cells = line.strip().strip("|").split("|")
        if row == 0:
            header = cells
        elif not set(line.strip()) <= set("|-: "):
            cell_start = offset + line.index("|") + 1
            for col, cell in enumerate(cells):
                if col:
                    context = f"{cells[0]} | {header[col] if col < len(header) else ''}"
                    out.extend(segment_mentions(block, cell, cell_start, row, context, nouns))
                cell_start += len(cell) + 1
        offset += len(line) + 1
    return out


def test_table_read_from_one_parse_equals_each_cell_parsed_alone():
    doc = read.run(
        "| Company | Valuation | Revenue | Staff |\n|---|---|---|---|\n"
        "| Orbit Labs | $300B | US$2.75bn – 3bn | 1,200 |\n"
        "| Acme | €1.234,5 million | 45% | 5GW |\n"
        "| Beta | 2.000 tỷ đồng | 3亿元 | none |"
    )
    (block,) = doc.blocks
    nouns = ProperNouns(doc)
    mentions = table_mentions(block, nouns)
    assert mentions == per_cell_mentions(block, nouns)
    assert [block.text[m.q.start : m.q.end] for m in mentions] == [m.q.text for m in mentions]
    assert {m.q.text for m in mentions} >= {"$300B", "45%", "5GW"}


def _metric_by_ignore_case(text):
    for key, _money, (ignore_case, _lowered) in _metric_matchers():
        if ignore_case.search(text):
            return key
    return None


_WINDOW_WORDS = ["Revenue", "RUN", "rate", "annualized", "Valuation", "market", "Capitalization", "the", "of"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_WORDS), max_size=6), st.sampled_from([" ", "-", ", ", " é "]))
def test_metric_found_in_lowered_ascii_text_is_the_ignore_case_answer(words, sep):
    text = sep.join(words)
    assert metric_in(text) == _metric_by_ignore_case(text)


def test_metric_names_in_any_case():
    assert metric_in("its Annualized REVENUE Run Rate hit") == "revenue_run_rate"
    assert metric_in("its Annualized REVENUE Run Rate hit, café") == "revenue_run_rate"  # not ASCII
    assert metric_in("the weather was fine") is None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aAbB1-& .x'Z", max_size=20))
def test_capitalised_words_are_the_words_that_start_with_a_capital(text):
    assert _CAPITALISED_WORD.findall(text) == [w for w in _WORD.findall(text) if w[0].isupper()]


def test_shared_subjects_are_the_subjects_both_mentions_have():
    # Checks compare subjects through shared_subjects, which judges only the words both
    # contexts hold; it must equal the intersection of the two mentions' subjects.
    from docgen import documents
    from normalize import Normalizer
    from normalize.units.mentions import document_mentions, shared_subjects

    n = Normalizer()
    texts = [
        *documents(40, seed=5),
        "Anthropic's revenue reached $30 billion. OpenAI and Core grew; core revenue was 300 billion.\n\n"
        "| Company | Revenue |\n|---|---|\n| Anthropic | $3 billion |\n| AWS | $5 billion |",
    ]
    pairs = 0
    for text in texts:
        mentions = document_mentions(n.clean(text).document)
        for a in mentions:
            for b in random.Random(1).sample(mentions, min(len(mentions), 6)):
                assert shared_subjects(a, b) == a.subjects & b.subjects
                pairs += bool(a.subjects & b.subjects)
    assert pairs >= 20  # pairs that do share a subject were compared


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["19", "20", "1", "2", "0", "9", " ", "a", "_", "\u0663", "x2019", ".", "-"]),
        max_size=12,
    )
)
def test_year_pattern_is_the_word_bounded_one(pieces):
    from normalize.units.mentions import _YEAR

    text = "".join(pieces)
    assert _YEAR.findall(text) == re.findall(r"\b(?:19|20)\d\d\b", text)
