"""Consistency checks: findings with both spans and a cause; figures never rewritten."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

import normalize
from normalize.units import checks
from normalize.units.checks import likely_cause, power_of_ten


def inconsistencies(text: str) -> list:
    result = normalize.clean(text)
    found = [f for f in result.findings if f.kind == "unit_inconsistency"]
    for f in found:  # checks report, they never rewrite
        assert not [c for c in result.changes if c.block == f.block and c.stage == "units"]
    return [(result.document.blocks[f.block].text[f.start : f.end], f.data) for f in found]


def test_power_of_ten():
    assert power_of_ten(10, 1) == 1 and power_of_ten(1, 100) == 2 and power_of_ten(3, 1) is None
    assert power_of_ten(0, 5) is None and power_of_ten(5e4, 5) == 4


def test_causes_name_the_chinese_units():
    assert "亿" in likely_cause(300e9, 30e9)
    assert "万" in likely_cause(5e8, 5e4)
    assert "100" in likely_cause(3e9, 3e7)


def test_bare_tenfold_figure_in_a_table_reported_against_prose():
    text = (
        "Revenue run rate reached $30 billion in March.\n\n"
        "| Metric | Value |\n|---|---|\n| Annualized revenue run rate | Approximately 300 billion |"
    )
    ((span, data),) = inconsistencies(text)
    assert span == "300 billion" and data["check"] == "bare_figure"
    assert data["other"]["text"] == "$30 billion" and data["ratio"] == 10
    assert normalize.clean(text).text == text + "\n"


def test_same_quantity_of_same_subject_differs_tenfold():
    text = (
        "Acme Robotics closed its round in May 2026.\n\n"
        "Investors put Acme's valuation at $380 billion after the round in 2026.\n\n"
        "Analysts said Acme's valuation of $38 billion in 2026 made it the largest private firm.\n\n"
        "Everyone agreed Acme's valuation of $38 billion looked high in 2026."
    )
    ((span, data),) = inconsistencies(text)
    # $38 billion is said twice, $380 billion once: the odd one out carries the finding
    assert span == "$380 billion" and data["check"] == "same_quantity"
    assert data["other"]["text"] == "$38 billion" and "亿" in data["likely_cause"]


def test_table_figure_compared_with_prose():
    text = (
        "Orbit Labs said its valuation reached $30 billion this spring.\n\n"
        "| Company | Valuation |\n|---|---|\n| Orbit Labs | $300B |"
    )
    ((span, data),) = inconsistencies(text)
    assert {span, data["other"]["text"]} == {"$300B", "$30 billion"}


def test_no_false_alarms_for_different_subjects_years_sentences_and_metrics():
    text = (
        "Acme's valuation reached $300 billion in 2026.\n\n"
        "Globex's valuation was $30 billion in 2026.\n\n"  # another subject
        "Acme's valuation was $30 billion in 2019.\n\n"  # another year
        "Initech's revenue grew from $2 billion to $20 billion within a year.\n\n"  # one sentence
        "Initech's valuation is $200 billion.\n\n"  # another metric than the revenue
        "Acme has 300 billion parameters and $30 billion in revenue."  # counts are not money
    )
    assert inconsistencies(text) == []


def test_headline_figure_contradicting_the_body():
    text = (
        "Nimbus Raises $50 Billion in New Funding\n\n"
        "Nimbus raised $5 billion in new funding on Monday, its filing shows.\n\n"
        "The funding values the company at $61 billion."
    )
    found = inconsistencies(text)
    assert [(s, d["check"], d["other"]["text"]) for s, d in found] == [
        ("$50 Billion", "headline", "$5 billion")
    ]


def test_headline_confirmed_by_the_body_is_fine():
    text = "Nimbus Raises $50B in Funding\n\nNimbus raised $50 billion in funding. An earlier round was $5 billion."
    assert inconsistencies(text) == []


def test_004_figures_reported_against_the_currency_figure(normalizer):
    from conftest import seed

    result = normalizer.clean_file(seed("004"))
    bare = {
        result.document.blocks[f.block].text[f.start : f.end]: f.data["other"]["text"]
        for f in result.findings
        if f.kind == "unit_inconsistency"
    }
    assert bare == {"300 Billion": "$30 billion", "300 billion": "$30 billion", "90 billion": "$30 billion"}


def test_no_inconsistency_in_the_other_samples(normalizer):
    from conftest import SEEDS

    for path in SEEDS:
        if not path.name.startswith("004"):
            kinds = {f.kind for f in normalizer.clean_file(path).findings}
            assert "unit_inconsistency" not in kinds, path.name


_SUBJECTS = ["Anthropic", "OpenAI", "Amazon"]
_METRICS = ["revenue", "valuation", "annualized revenue run rate", "investment", "users"]
_FIGURES = [
    "$3 billion",
    "$30 billion",
    "$300 million",
    "$7.5 billion",
    "US$20bn",
    "3 billion",
    "900 million",
    "40%",
    "5GW",
    "$40-60 billion",
    "¥30 billion",
    "€3 billion",
    "$3B",
]


def _figure_document(rng: random.Random) -> str:
    def sentence() -> str:
        return (
            f"{rng.choice(_SUBJECTS)}'s {rng.choice(_METRICS)} reached {rng.choice(_FIGURES)} in "
            f"{rng.choice(['2025', '2026', 'March'])}, {rng.choice(['up from', 'against', 'and'])} "
            f"{rng.choice(_FIGURES)}."
        )

    parts = [sentence() for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.3:
        row = f"| {rng.choice(_METRICS).title()} | {rng.choice(_FIGURES)} |"
        parts.insert(rng.randint(0, len(parts)), f"| Metric | Value |\n|---|---|\n{row}")
    return "\n\n".join(parts)


def test_context_work_left_out_never_changes_the_findings():
    # The stage skips context work where no pair of figures could disagree (no priced figure,
    # or priced figures none of which is 10, 100 or 10,000 times another and no bare one), and
    # otherwise reads only the sentences and cells of the priced figures that are. That must
    # never hide or change a finding the checks make on every figure.
    from docgen import documents
    from normalize import units
    from normalize.units.mentions import document_mentions

    rng = random.Random(7)
    texts = [*documents(150, seed=3), *(_figure_document(rng) for _ in range(400))]
    passed_over = narrowed = found = 0
    for text in texts:
        doc = normalize.clean(text).document
        findings = checks.check(document_mentions(doc))
        values = units.values_to_check(doc)
        if values is not None and not values:
            passed_over += 1
            assert findings == [], text
        elif values is not None:
            narrowed += 1
            assert checks.check(document_mentions(doc, values)) == findings, text
        found += bool(findings)
    # Every side of the gate is exercised.
    assert passed_over >= 100 and narrowed >= 50 and found >= 50, (passed_over, narrowed, found)


def test_a_document_past_the_mention_cap_is_checked_on_its_first_mentions():
    # The checks read the first MAX_MENTIONS money mentions. Reading only the suspect figures
    # would reach a pair past them, so such a document is read whole.
    from normalize import units

    filler = " ".join(f"Costs were ${100 + n / 2} million." for n in range(checks.MAX_MENTIONS))
    text = f"{filler}\n\nRevenue was $30 billion in 2025.\n\nRevenue was $3 billion in 2025."
    doc = normalize.clean(text).document
    assert units.values_to_check(doc) is None
    assert inconsistencies(text) == []
    assert [span for span, _ in inconsistencies(text.split("\n\n", 1)[1])] == ["$3 billion"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([0.0, 1.0, 3.0, 30.0, 300.0, 3e4, 7.5, 7.6, 75.0, 2e9, 2.01e10, 1e13]), max_size=8
    )
)
def test_suspect_values_found_as_by_comparing_every_pair(values):
    pairwise = {
        v
        for a in values
        for b in values
        if checks.power_of_ten(a, b) in checks.SUSPECT_EXPONENTS
        for v in (a, b)
    }
    assert checks.suspect_values(values) == pairwise


def test_one_priced_figure_is_enough_to_check():
    text = "Revenue run rate reached $30 billion.\n\nRevenue run rate was 300 billion last month."
    assert [span for span, _ in inconsistencies(text)] == ["300 billion"]
