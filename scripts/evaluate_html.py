"""Evaluate HTML extraction: the pipeline against the bare extractor, page by page.

    python scripts/evaluate_html.py                    # tests/html/pages against tests/html/expected
    python scripts/evaluate_html.py --json

For each page, precision, recall and F1 of the words of the output against the expected article
text (a bag of lower-cased words: order and layout do not count, every extra or missing word
does), for normalize's whole pipeline and for trafilatura alone (``trafilatura.extract`` on the
page's bytes with its defaults), in the same run. A page where the bare extractor keeps
something that is not article text (a footer, a teaser, a foreign headline) has extractor
precision below 1: those are the pages the pipeline must do better on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "html" / "pages"
EXPECTED = ROOT / "tests" / "html" / "expected"
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def score(candidate: str, expected: str) -> dict[str, float]:
    """Precision, recall and F1 of ``candidate``'s words against ``expected``'s."""
    got, want = words(candidate), words(expected)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else float(not want)
    recall = common / sum(want.values()) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(pages: Path = PAGES, expected: Path = EXPECTED) -> list[dict[str, object]]:
    """One row per page: its name and both systems' scores."""
    import trafilatura

    import normalize

    rows = []
    for page in sorted(pages.glob("*.html")):
        data = page.read_bytes()
        want = (expected / f"{page.stem}.txt").read_text(encoding="utf-8")
        pipeline = normalize.clean(data).text
        bare = trafilatura.extract(data) or ""
        rows.append({"page": page.stem, "pipeline": score(pipeline, want), "extractor": score(bare, want)})
    return rows


def summary(rows: list[dict[str, object]]) -> dict[str, object]:
    def mean(system: str, key: str) -> float:
        return round(sum(r[system][key] for r in rows) / len(rows), 4)  # type: ignore[index]

    with_furniture = [r for r in rows if r["extractor"]["precision"] < 1]  # type: ignore[index]
    return {
        "pages": len(rows),
        "pipeline": {k: mean("pipeline", k) for k in ("precision", "recall", "f1")},
        "extractor": {k: mean("extractor", k) for k in ("precision", "recall", "f1")},
        "pages_where_extractor_keeps_non_article_text": len(with_furniture),
        "pipeline_better_there": sum(r["pipeline"]["f1"] > r["extractor"]["f1"] for r in with_furniture),  # type: ignore[index]
        "pipeline_worse_anywhere": sum(r["pipeline"]["f1"] < r["extractor"]["f1"] for r in rows),  # type: ignore[index]
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    rows = evaluate()
    total = summary(rows)
    if args.json:
        print(json.dumps({"pages": rows, "summary": total}, indent=2))
        return
    print("| page | pipeline P / R / F1 | trafilatura alone P / R / F1 |\n|---|---|---|")
    for r in rows:
        p, e = r["pipeline"], r["extractor"]
        print(
            f"| {r['page']} | {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f} "  # type: ignore[index]
            f"| {e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f} |"  # type: ignore[index]
        )
    p, e = total["pipeline"], total["extractor"]
    print(
        f"| mean of {total['pages']} pages | {p['precision']:.3f} / {p['recall']:.3f} / {p['f1']:.3f} "  # type: ignore[index]
        f"| {e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f} |"  # type: ignore[index]
    )
    print(
        "\nThe bare extractor keeps non-article text on "
        f"{total['pages_where_extractor_keeps_non_article_text']} pages; "
        f"the pipeline is better on {total['pipeline_better_there']} of them, "
        f"and worse than the extractor on {total['pipeline_worse_anywhere']} pages."
    )


if __name__ == "__main__":
    main(sys.argv[1:])
