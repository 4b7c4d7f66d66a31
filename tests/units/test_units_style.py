"""Formatting made consistent by the document's own majority; consistent documents untouched."""

from __future__ import annotations

import normalize

HARMONIZE = normalize.Config(harmonize_money=True)


def style_changes(text: str, config: normalize.Config | None = None) -> tuple[str, list[tuple[str, str]]]:
    result = normalize.clean(text, config)
    return result.text, [(c.before, c.after) for c in result.changes if c.stage == "units"]


def test_minority_unit_spacing_follows_the_majority():
    text = "The site adds 5GW this year.\n\nA second 3GW phase follows.\n\nThe grid takes 2 GW more."
    out, changes = style_changes(text)
    assert changes == [(" ", "")] and "takes 2GW more" in out


def test_tie_goes_to_the_spaced_unit():
    out, _ = style_changes("Plant A makes 5GW.\n\nPlant B makes 4 GW.")
    assert "5 GW" in out and "4 GW" in out


def test_units_are_counted_per_symbol():
    # GB is always glued and GW always spaced: each is consistent with itself.
    text = "It ships 512GB and 1TB drives.\n\nThe farm uses 5 GW and 80GB of cache."
    assert style_changes(text) == (text + "\n", [])


def test_money_scale_follows_the_majority_spelled():
    text = "Acme raised $4 billion in May.\n\nGlobex raised $2 billion.\n\nInitech raised $1B."
    out, changes = style_changes(text, HARMONIZE)
    assert changes == [("B", " billion")] and "raised $1 billion." in out


def test_money_scale_follows_the_majority_abbreviated_with_its_own_abbreviation():
    text = "Acme raised $4bn in May.\n\nGlobex raised $2bn.\n\nInitech raised $1 billion."
    out, changes = style_changes(text, HARMONIZE)
    assert changes == [(" billion", "bn")] and "raised $1bn." in out


def test_money_scales_are_left_as_written_by_default():
    # An editor's choice, not a repair: "$17B" in one place and "$100 billion" in another stay.
    text = "Acme raised $4 billion in May.\n\nGlobex raised $2 billion.\n\nInitech raised $1B."
    out, changes = style_changes(text)
    assert changes == [] and out == text + "\n"


def test_headings_tables_counts_and_consistent_documents_are_left_alone():
    text = (
        "Acme's $400B Quarter\n\n"
        "Acme reported $400 billion in revenue and $2 billion in profit.\n\n"
        "| Year | Revenue |\n|---|---|\n| 2025 | $300B |\n\n"
        "The model has 100B parameters."
    )
    assert style_changes(text) == (text + "\n", [])


def test_formatting_is_idempotent():
    text = "Acme raised $4 billion.\n\nGlobex raised $2 billion and $3B.\n\nPower: 5GW, 4GW and 3 GW."
    once = normalize.clean(text).text
    assert normalize.clean(once).text == once


def test_converted_amounts_inside_english():
    result = normalize.clean("Amazon committed 300亿美元 to the deal and Vingroup raised 5 tỷ USD in 2025.")
    assert result.text == "Amazon committed $30 billion to the deal and Vingroup raised $5 billion in 2025.\n"
    conversions = [(c.before, c.after) for c in result.changes if c.rule == "units.convert_amount"]
    assert conversions == [("5 tỷ USD", "$5 billion"), ("300亿美元", "$30 billion")]
    assert not [f for f in result.findings if f.kind == "untranslated"]


def test_glued_amount_gets_spaces_and_units_convert():
    result = normalize.clean("The fund invested300亿美元last year in a 50兆瓦 solar plant across the region.")
    assert (
        result.text == "The fund invested $30 billion last year in a 50 MW solar plant across the region.\n"
    )


def test_yen_symbol_read_from_the_document():
    jp = normalize.clean("Toyota, Japan's largest carmaker, earned ¥5万亿 last year, in yen terms a record.")
    assert "5 trillion yen" in jp.text
    cn = normalize.clean("China's yuan economy: the bank lent ¥3亿 to the plant in renminbi.")
    assert "300 million yuan" in cn.text


def test_vietnamese_amount_in_english_sentence():
    result = normalize.clean("The lender set aside 2.000 tỷ đồng for bad debts, the filing shows.")
    assert result.text == "The lender set aside 2 trillion dong for bad debts, the filing shows.\n"


def test_vietnamese_amount_converted_in_ascii_text_too():
    # A dong amount needs no Vietnamese letter; the line's other characters must not decide
    # whether it is converted.
    plain = normalize.clean("The bank lent 2.000 VND to each client in the pilot program this year.")
    assert plain.text == "The bank lent 2,000 dong to each client in the pilot program this year.\n"
    dashed = normalize.clean("The bank lent 2.000 VND to each client — in the pilot program this year.")
    assert dashed.text == "The bank lent 2,000 dong to each client — in the pilot program this year.\n"
    assert [c.rule for c in plain.changes] == ["units.convert_amount"]


def test_conversion_that_leaves_a_raw_amount_converts_it_too():
    # Found by fuzzing: "0亿" becomes "0", and the "万美元" after it then reads as "0 万美元",
    # which a second run converted. The block is read again after its conversions.
    result = normalize.clean("The fund reported 0亿万美元 in the filing, a figure its auditors questioned.")
    assert result.text == "The fund reported $0 in the filing, a figure its auditors questioned.\n"
    assert [(c.before, c.after) for c in result.changes] == [("0亿", "0 "), ("0 万美元", "$0")]
    assert normalize.clean(result.text).text == result.text


def test_a_heading_that_conversion_makes_a_paragraph_counts_as_prose():
    # Found by fuzzing: the short line below reads as a heading, and converting its raw amount
    # makes it long enough to read as a paragraph. Its "$30 billion" must be harmonised in the
    # first pass, as reading the output would, or cleaning twice differs.
    text = (
        "Revenue reached $17B and costs reached $115B.\n"
        "The plan targets revenue水分 300亿美元 soon enough for the firm here\n"
        "More text follows here in a sentence."
    )
    once = normalize.clean(text, HARMONIZE).text
    assert "$30B" in once
    assert normalize.clean(once, HARMONIZE).text == once


def test_a_line_that_becomes_first_is_read_again_as_a_headline():
    # The date line above it goes to the metadata: the long title line is now the first block,
    # which the reader reads with a headline's looser limits, as a second run would.
    title = "Quantum Computing Firms Raise Record Sums As Investors Bet On Hardware Arriving Before Long"
    body = "Investors are asking whether the hardware will arrive in time to justify the valuations."
    first_run = normalize.clean(f"September 2025\n{title}\n{body}\n")
    assert first_run.text == f"{title}\n{body}\n"
    assert [b.kind for b in first_run.document.live_blocks()] == ["heading", "paragraph"]
    second_run = normalize.clean(first_run.text)
    assert [b.kind for b in second_run.document.live_blocks()] == ["heading", "paragraph"]


def test_the_cli_harmonizes_money_only_when_asked(tmp_path):
    import subprocess
    import sys

    source = tmp_path / "a.txt"
    source.write_text("Acme raised $4 billion in May.\n\nGlobex raised $2 billion.\n\nInitech raised $1B.\n")
    command = [sys.executable, "-m", "normalize", "clean", str(source)]
    plain = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    asked = subprocess.run([*command, "--harmonize-money"], capture_output=True, text=True, check=True).stdout
    assert "raised $1B." in plain and "raised $1 billion." in asked
