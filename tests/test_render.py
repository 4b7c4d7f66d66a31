from __future__ import annotations

import json

import normalize
from normalize.render import render

TEXT = "Headline Here\n\nMay 2026\nIntro paragraph of the story.\n- first point\n- second point\n\n| a | b |\n|---|---|\n| 1 | 2 |"


def test_text_keeps_layout_and_removed_lines_do_not_glue_blocks():
    doc = normalize.clean(TEXT).document
    assert render(doc, "text") == (
        "Headline Here\n\nIntro paragraph of the story.\n- first point\n- second point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )


def test_markdown_marks_headings_and_separates_blocks():
    out = render(normalize.clean(TEXT).document, "markdown")
    assert out.startswith(
        "# Headline Here\n\nIntro paragraph of the story.\n\n- first point\n- second point\n\n| a | b |"
    )


def test_json_carries_text_and_report():
    payload = json.loads(render(normalize.clean(TEXT).document, "json"))
    assert payload["text"].startswith("Headline Here")
    assert payload["report"]["metadata"]["date"] == "May 2026"
