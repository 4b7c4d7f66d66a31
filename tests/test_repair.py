from __future__ import annotations

import normalize


def test_mojibake_repaired_and_recorded():
    result = normalize.clean("The company donâ€™t agree with the cafÃ© owner.")
    assert result.text == "The company don’t agree with the café owner.\n"
    change = next(c for c in result.changes if c.stage == "repair")
    assert change.rule == "ftfy.mojibake" and "â€™" in change.before


def test_entities_and_invisible_characters():
    result = normalize.clean("Fish &amp; chips were\u200b served.")
    assert result.text == "Fish & chips were served.\n"
    assert {c.rule for c in result.changes} >= {"invisible.remove"}


def test_curly_quotes_kept():
    text = "He said “hello” and it’s fine.\n"
    assert normalize.clean(text).text == text


def test_unrepairable_text_is_flagged_with_span():
    result = normalize.clean("The figure was \ufffd\ufffd\ufffd percent of the total revenue.")
    garbled = [f for f in result.findings if f.kind == "garbled"]
    assert len(garbled) == 1 and (garbled[0].start, garbled[0].end) == (15, 18)


def test_blank_line_runs_and_trailing_spaces_normalized():
    result = normalize.clean("One line.   \n\n\n\nTwo line.\r\nThree.")
    assert result.text == "One line.\n\nTwo line.\nThree.\n"
    assert all(c.rule.startswith("layout.") for c in result.changes)
