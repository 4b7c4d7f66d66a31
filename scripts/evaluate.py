"""Score detection and repair on the project's corpus (tests/corpus), by category.

    python scripts/evaluate.py            # library findings and `normalize detect --json`, a table each
    python scripts/evaluate.py --json
    python scripts/evaluate.py boilerplate   # the wording-blind boilerplate evaluation only

The corpus generator (tests/corpus/make_corpus.py) states for each document its expected output
and the passages, terms and unrepairable runs it holds, so nothing here is judged by the
pipeline's own output. Figures:

- foreign passages (headlines, leads, captions and teasers in other languages on English
  bodies): recall (each expected passage has a ``foreign_block`` finding on its line, or a
  ``boilerplate`` one for a teaser the footer rules remove), precision (share of all
  ``foreign_block`` findings that are expected passages, over the whole corpus, clean documents
  included), and the share found with the right ISO 639-1 code;
- stray terms: recall (each expected term lies inside a ``foreign_span`` finding) and precision;
- mojibake repaired: share of mojibake documents whose output is the expected clean text, with
  the repair recorded as ``repair`` changes;
- unrepairable flagged: share of U+FFFD runs with a ``garbled`` finding on their line;
- clean-document damage: share of clean documents whose output differs from their input
  (line endings aside: CRLF is written as LF).

The boilerplate evaluation (``tests/corpus/boilerplate.py``, ``boilerplate_docs.py``) puts site
furniture of one half of a wording pool around the project's articles. Half A is what the rules
may be written with; halves B to I are wording they never saw when written, scored apart (each
after B was written once the half before it had been read, and scored once, at the end of the
changes that followed: docs/evaluation.md). Each half is scored under ``--on-untranslated drop``
and ``keep`` (what happens once a model is installed: foreign lines are
kept or translated, not dropped, so only the rules remove them):

- boilerplate lines left: share of the lines the builder added that are still output lines;
- body lines lost: share of the article's lines (headline included when English) not output;
- titles recovered: share of documents with a foreign headline whose output starts with the
  English title a FAQ block quotes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def load_manifest(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    return json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))


def line_of(text: str, fragment: str) -> int:
    at = text.find(fragment)
    return -1 if at < 0 else text.count("\n", 0, at) + 1


def library_findings(path: Path) -> tuple[str, str, list[dict[str, Any]], list[str]]:
    """(decoded input, output, findings as the report gives them, stages of the changes)."""
    import normalize
    from normalize.read import decode

    result = normalize.clean_file(path)
    report = result.report()
    return (
        decode(path.read_bytes())[0],
        result.text,
        report["findings"],
        [c["stage"] for c in report["changes"]],
    )


def detect_findings(path: Path) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "normalize", "detect", "--json", str(path)], capture_output=True, timeout=120
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"normalize detect {path}: {proc.stderr.decode()}")
    return json.loads(proc.stdout)["findings"]


def _overlaps(term: str, span: str) -> bool:
    return bool(span) and (term in span or span in term)


def score(manifest: list[dict[str, Any]], corpus: Path = CORPUS, use_cli: bool = False) -> dict[str, Any]:
    """All figures for one source of findings (the library, or the `normalize detect` CLI)."""
    tally: Counter[str] = Counter()
    misses: list[str] = []
    for entry in manifest:
        path = corpus / "docs" / f"{entry['name']}.txt"
        text, output, findings, stages = library_findings(path)
        if use_cli:
            findings = detect_findings(path)
        blocks = [f for f in findings if f["kind"] == "foreign_block"]
        # a teaser may go as site boilerplate ("Xem thêm: …") before its language matters
        removed = [f for f in findings if f["kind"] == "boilerplate"]
        spans = [f for f in findings if f["kind"] == "foreign_span"]
        garbled_lines = Counter(f["line"] for f in findings if f["kind"] == "garbled")
        matched_blocks = 0
        for passage in entry["passages"]:
            line = line_of(text, passage["text"])
            hit = [f for f in blocks if f["line"] == line]
            as_boilerplate = any(f["line"] == line for f in removed)
            tally["passages"] += 1
            tally["passages_found"] += bool(hit) or as_boilerplate
            tally["passages_right_lang"] += as_boilerplate or any(
                f["data"]["lang"] == passage["lang"] for f in hit
            )
            matched_blocks += bool(hit)
            if not hit and not as_boilerplate:
                misses.append(f"{entry['name']}: passage not found: {passage['text'][:40]}")
        tally["block_findings"] += len(blocks)
        tally["block_findings_expected"] += matched_blocks
        matched_spans = set()
        for term in entry["terms"]:
            # found when a span holds the term or lies inside it ("tâm dữ liệu" of "trung tâm dữ
            # liệu": unmarked Vietnamese syllables at a run's edge are not required)
            hit = [n for n, f in enumerate(spans) if _overlaps(term["text"], f["data"].get("text", ""))]
            tally["terms"] += 1
            tally["terms_found"] += bool(hit)
            matched_spans.update(hit)
            if not hit:
                misses.append(f"{entry['name']}: term not found: {term['text']}")
        tally["span_findings"] += len(spans)
        tally["span_findings_expected"] += len(matched_spans)
        for run in entry["garbled"]:
            line = line_of(text, run)
            tally["garbled"] += 1
            if garbled_lines[line] > 0:
                garbled_lines[line] -= 1
                tally["garbled_flagged"] += 1
            else:
                misses.append(f"{entry['name']}: unrepairable run not flagged on line {line}")
        expected = (corpus / "expected" / f"{entry['name']}.out").read_text(encoding="utf-8")
        if entry["category"] == "mojibake":
            tally["mojibake"] += 1
            repaired = output == expected and "repair" in stages
            tally["mojibake_repaired"] += repaired
            if not repaired:
                misses.append(f"{entry['name']}: mojibake not repaired")
        if entry["category"] == "clean":
            tally["clean"] += 1
            damaged = output != text.replace("\r\n", "\n")
            tally["clean_damaged"] += damaged
            if damaged:
                misses.append(f"{entry['name']}: clean document changed")

    def ratio(a: str, b: str) -> float:
        return round(tally[a] / tally[b], 4) if tally[b] else 1.0

    return {
        "documents": len(manifest),
        "categories": dict(Counter(e["category"] for e in manifest)),
        "foreign_passage_recall": ratio("passages_found", "passages"),
        "foreign_passage_precision": ratio("block_findings_expected", "block_findings"),
        "foreign_passage_language_right": ratio("passages_right_lang", "passages"),
        "stray_term_recall": ratio("terms_found", "terms"),
        "stray_term_precision": ratio("span_findings_expected", "span_findings"),
        "mojibake_repaired": ratio("mojibake_repaired", "mojibake"),
        "unrepairable_flagged": ratio("garbled_flagged", "garbled"),
        "clean_document_damage": ratio("clean_damaged", "clean"),
        "counts": dict(tally),
        "misses": misses,
    }


def boilerplate_score(half: str, policy: str, count: int = 40) -> dict[str, Any]:
    """Scores of one half of the boilerplate pool under one untranslated policy."""
    import normalize
    from normalize.config import Config

    sys.path.insert(0, str(CORPUS))
    try:
        from boilerplate_docs import documents
    finally:
        sys.path.remove(str(CORPUS))
    tally: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    left: list[str] = []
    lost: list[str] = []
    config = Config(on_untranslated=policy)
    for doc in documents(half, count):
        output = normalize.clean(doc.text, config).text
        lines = {line.strip() for line in output.splitlines()}
        stayed = [b for b in doc.boilerplate if b.strip() in lines]
        missing = [b for b in doc.body if b.strip() and b.strip() not in lines]
        tally["boilerplate"] += len(doc.boilerplate)
        tally["boilerplate_left"] += len(stayed)
        for line, family in zip(doc.boilerplate, doc.line_families, strict=True):
            by_family[family]["lines"] += 1
            by_family[family]["left"] += line.strip() in lines
        tally["body"] += sum(1 for b in doc.body if b.strip())
        tally["body_lost"] += len(missing)
        left += [f"{doc.name}: {b[:70]}" for b in stayed]
        lost += [f"{doc.name}: {b[:70]}" for b in missing]
        if doc.foreign_headline:
            tally["foreign_headlines"] += 1
            tally["titles_recovered"] += output.splitlines()[:1] == [doc.title]
    return {
        "half": half,
        "policy": policy,
        "documents": count,
        "boilerplate_left": round(tally["boilerplate_left"] / tally["boilerplate"], 4),
        "body_lost": round(tally["body_lost"] / tally["body"], 4),
        "titles_recovered": round(tally["titles_recovered"] / max(1, tally["foreign_headlines"]), 4),
        "counts": dict(tally),
        "by_family": {f: dict(c) for f, c in sorted(by_family.items())},
        "left": left,
        "lost": lost,
    }


def boilerplate_table(scores: list[dict[str, Any]]) -> str:
    rows = [
        "| half | policy | boilerplate lines left | left, by family | body lines lost | titles recovered |",
        "|---|---|---|---|---|---|",
    ]
    for r in scores:
        c = r["counts"]
        left = f"{r['boilerplate_left']:.3f} ({c['boilerplate_left']} of {c['boilerplate']})"
        leaking = [(f, n) for f, n in r["by_family"].items() if n["left"]]
        families = ", ".join(f"{f} {n['left']} of {n['lines']}" for f, n in leaking)
        rows.append(
            f"| {r['half']} | {r['policy']} | {left} | {families or '-'} "
            f"| {r['body_lost']:.4f} ({c['body_lost']} of {c['body']}) "
            f"| {c.get('titles_recovered', 0)} of {c.get('foreign_headlines', 0)} |"
        )
    return "\n".join(rows)


ROWS = [
    ("foreign passages: recall", "foreign_passage_recall", "passages"),
    ("foreign passages: precision", "foreign_passage_precision", "block_findings"),
    ("foreign passages: right language", "foreign_passage_language_right", "passages"),
    ("stray terms: recall", "stray_term_recall", "terms"),
    ("stray terms: precision", "stray_term_precision", "span_findings"),
    ("mojibake repaired", "mojibake_repaired", "mojibake"),
    ("unrepairable flagged", "unrepairable_flagged", "garbled"),
    ("clean-document damage", "clean_document_damage", "clean"),
]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-cli", action="store_true", help="skip the `normalize detect` run")
    parser.add_argument(
        "--misses", action="store_true", help="list the boilerplate lines left and body lines lost"
    )
    parser.add_argument(
        "--halves",
        default="A,B,C,D,E,F,G,H,I,J,K,L,M,N",
        help="boilerplate halves to score, comma-separated (default: %(default)s)",
    )
    parser.add_argument("part", nargs="?", choices=["all", "boilerplate"], default="all")
    args = parser.parse_args(argv)
    halves = [h.strip() for h in args.halves.split(",") if h.strip()]
    scores = [boilerplate_score(h, p) for h in halves for p in ("drop", "keep")]
    if args.part == "boilerplate":
        if args.json:
            print(json.dumps(scores, ensure_ascii=False, indent=2))
            return
        print(boilerplate_table(scores))
        for r in scores if args.misses else []:
            for line in r["left"]:
                print(f"{r['half']}/{r['policy']} left: {line}")
            for line in r["lost"]:
                print(f"{r['half']}/{r['policy']} lost: {line}")
        return
    manifest = load_manifest()
    results = {"library": score(manifest)}
    if not args.no_cli:
        results["normalize detect"] = score(manifest, use_cli=True)
    if args.json:
        print(json.dumps({**results, "boilerplate": scores}, ensure_ascii=False, indent=2))
        return
    first = results["library"]
    cats = ", ".join(f"{k} {v}" for k, v in first["categories"].items())
    print(f"{first['documents']} documents ({cats})\n")
    print("| measure | " + " | ".join(results) + " | out of |\n|---|" + "---|" * (len(results) + 1))
    for label, key, count in ROWS:
        values = " | ".join(f"{r[key]:.3f}" for r in results.values())
        print(f"| {label} | {values} | {first['counts'].get(count, 0)} |")
    for source, r in results.items():
        for miss in r["misses"]:
            print(f"{source}: {miss}")
    print("\nBoilerplate, wording-blind (halves B on: wording the rules never saw when written)\n")
    print(boilerplate_table(scores))


if __name__ == "__main__":
    main(sys.argv[1:])
