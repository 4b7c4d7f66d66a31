"""Other projects' test suites, run through normalize and through the library it wraps, side by
side in one run, with the same settings (``../shared/peer/``, provenance in its README).

    python scripts/peer_suites.py                 # the table
    python scripts/peer_suites.py --cases         # and every case where the two differ
    python scripts/peer_suites.py ftfy --json
    python scripts/peer_suites.py trafilatura   # 990 pages through both: a few minutes
    python scripts/peer_suites.py realworld     # trafilatura's real-world assertions

- **ftfy**: ftfy's own test cases (``expect == "pass"``), ``ftfy.fix_text`` against the
  pipeline (``Config(translate=False, on_untranslated="keep")``). Equal means equal once curly
  quotes are straightened and full-width forms narrowed on both sides (the project keeps them
  on purpose, as datatrove does) and spaces and tabs at line ends are dropped on both sides (the
  project's layout rule).
- **chardet**: chardet's encoding files; a file counts when its decoded text equals its decoding
  with the true encoding (the folder name). charset-normalizer's ``from_bytes(...).best()`` (and
  chardet, when installed) against ``normalize.read.decode``. A wrong decoding by normalize that
  carries no finding is counted apart: the worst defect this tool can have.
- **trafilatura**: its evaluation set (990 pages), scored by upstream's own ``eval_common``
  (F1 over the with/without snippets, ``include_comments=False``) for bare ``trafilatura.extract``
  and for the pipeline, with the pages per second of each, the pages whose text still holds
  markup, and empty outputs that carry no finding.
- **realworld**: trafilatura's real-world assertions on plain text (``realworld_tests.py``,
  ``test_extract`` without XML or formatting), each evaluated on its own against bare
  ``trafilatura.extract`` and the pipeline; the assertions whose outcome changes when
  trafilatura's comment extraction is turned off are left out (the project excludes comments).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT.parent / "shared" / "peer"

_LINE_END_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def _comparable(text: str) -> str:
    from ftfy.fixes import fix_character_width, uncurl_quotes

    return _LINE_END_SPACE.sub("", uncurl_quotes(fix_character_width(text))).rstrip("\n")


def ftfy_suite(peer: Path = PEER) -> dict[str, Any]:
    """Counts of ftfy's passing cases that normalize and ftfy get right, and the differences."""
    import ftfy

    import normalize

    cases = [c for c in json.loads((peer / "ftfy" / "test_cases.json").read_text()) if c["expect"] == "pass"]
    normalizer = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="keep"))
    ours = library = 0
    differ = []
    for case in cases:
        expected = _comparable(case["fixed"])
        library += _comparable(ftfy.fix_text(case["original"])) == expected
        got = normalizer.clean(case["original"]).text
        if _comparable(got) == expected:
            ours += 1
        else:
            differ.append({"label": case["label"], "expected": case["fixed"], "normalize": got})
    return {"suite": "ftfy", "cases": len(cases), "normalize": ours, "library": library, "differ": differ}


# Folder names of chardet's test files as Python codec names; a language suffix follows some.
_CODEC = {"EUC-TW": None, "iso-2022-kr": "iso2022_kr", "Johab": "johab", "MacCyrillic": "mac_cyrillic"}


def true_encoding(folder: str) -> str | None:
    name = folder
    for lang in (
        "-croatian",
        "-czech",
        "-hungarian",
        "-polish",
        "-slovak",
        "-slovene",
        "-romanian",
        "-bulgarian",
        "-russian",
        "-arabic",
        "-greek",
        "-turkish",
        "-hebrew",
    ):
        name = name.removesuffix(lang)
    name = _CODEC.get(name, name)
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def chardet_files(peer: Path = PEER) -> list[tuple[Path, str]]:
    """(file, its text decoded with the true encoding) for every file that decodes with it."""
    out = []
    for path in sorted((peer / "chardet" / "tests").glob("*/*")):
        encoding = true_encoding(path.parent.name)
        if encoding is None or not path.is_file():
            continue
        try:
            out.append((path, path.read_bytes().decode(encoding)))
        except UnicodeDecodeError:
            continue
    return out


def chardet_suite(peer: Path = PEER) -> dict[str, Any]:
    from charset_normalizer import from_bytes

    from normalize import read
    from normalize.errors import NormalizeError

    try:
        import chardet  # not a dependency: measured when present
    except ImportError:
        chardet = None
    ours = library = other = silent = 0
    differ = []
    for path, truth in chardet_files(peer):
        data = path.read_bytes()
        best = from_bytes(data).best()
        library += best is not None and str(best) == truth
        if chardet is not None:
            guess = chardet.detect(data)["encoding"]
            with contextlib.suppress(UnicodeDecodeError, LookupError):
                other += guess is not None and data.decode(guess) == truth
        try:
            text, encoding = read.decode(data)
        except NormalizeError as exc:
            text, encoding = None, f"refused: {exc.message}"
        if text == truth:
            ours += 1
            continue
        flagged = text is None or _flagged(data)
        silent += not flagged
        differ.append({"file": str(path.relative_to(peer)), "normalize": encoding, "flagged": flagged})
    result = {"suite": "chardet", "cases": len(chardet_files(peer)), "normalize": ours, "library": library}
    result |= {
        "chardet": other if chardet is not None else None,
        "wrong_without_finding": silent,
        "differ": differ,
    }
    return result


def _flagged(data: bytes) -> bool:
    """Whether cleaning the file reports that its reading is not to be trusted."""
    import normalize

    result = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="keep")).clean(data)
    return any(f.kind == "garbled" for f in result.findings)


# Tags of HTML, not text that is written in angle brackets ("<year>", "<stdin>").
_MARKUP = re.compile(
    r"</?(?:a|abbr|b|br|div|em|i|iframe|img|li|link|meta|ol|p|script|span|strong|style|table|td|th|tr|ul|h[1-6])"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)


def trafilatura_suite(peer: Path = PEER, step: int = 1) -> dict[str, Any]:
    """Trafilatura's evaluation set, scored with upstream's own code (``eval_common``): F1 over
    the with/without snippets, comments excluded on both sides, and pages per second. ``step``
    takes every step-th page (the tests run a third of them)."""
    import time

    sys.path.insert(0, str(peer / "trafilatura" / "tests"))
    from eval_common import RUNNERS, ConfusionMatrix, load_evaldata, read_corpus, run_and_count

    import normalize

    here = str(peer / "trafilatura" / "tests")
    evaldata = load_evaldata(here)
    corpus = dict(list(read_corpus(here, evaldata).items())[::step])
    normalizer = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="keep"))
    last_findings = [0]  # how many findings the page just cleaned had

    def ours(data: bytes) -> str:
        result = normalizer.clean(data)
        last_findings[0] = len(result.findings)
        return result.text

    # Both runners go through each page back to back, taking turns at going first: the machine's
    # drift (other load, frequency) and trafilatura's own caches weigh on both alike, where two
    # passes one after the other differed by a tenth from run to run.
    runners = {"trafilatura": RUNNERS["fallback"], "normalize": ours}
    matrices = {name: ConfusionMatrix() for name in runners}
    seconds, markup, empty = dict.fromkeys(runners, 0.0), 0, 0

    def timed(name: str) -> Callable[[bytes], str | None]:
        def run(data: bytes) -> str | None:  # the runner alone is timed, not the scoring
            start = time.perf_counter()
            try:
                return runners[name](data)
            finally:
                seconds[name] += time.perf_counter() - start

        return run

    for n, (url, (_path, data)) in enumerate(corpus.items()):
        for name in sorted(runners, reverse=bool(n % 2)):
            result, counts, _exc = run_and_count(timed(name), data, evaldata[url])
            matrices[name].add(counts)
            if name == "normalize":
                markup += bool(result and _MARKUP.search(result))
                empty += bool(not (result or "").strip() and not last_findings[0])
    scores = {name: round(matrix.f1(), 4) for name, matrix in matrices.items()}
    return {
        "suite": "trafilatura",
        "cases": len(corpus),
        "normalize": scores["normalize"],
        "library": scores["trafilatura"],
        "speed_vs_library": round(seconds["trafilatura"] / seconds["normalize"], 2),
        "pages_with_markup": markup,
        "empty_without_finding": empty,
        "differ": [],
    }


def realworld_assertions(peer: Path = PEER) -> list[tuple[str, str, Any]]:
    """trafilatura's real-world assertions on plain text (``test_extract`` with no XML and no
    formatting): (page file, assertion source, compiled test) in order. Each one is read from
    the test's own source, so one failing assertion does not hide the ones after it."""
    import ast

    here = peer / "trafilatura" / "tests"
    sys.path.insert(0, str(here))
    import logging

    import realworld_tests

    logging.getLogger().handlers.clear()  # the test module logs everything to stdout on import
    logging.getLogger().setLevel(logging.WARNING)

    tree = ast.parse((here / "realworld_tests.py").read_text(encoding="utf-8"))
    test = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "test_extract")
    flags = {"xmloutput": False, "formatting": False}
    found: list[tuple[str, str, Any]] = []
    page = ""

    def walk(statements: list[ast.stmt]) -> None:
        nonlocal page
        for node in statements:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and node.value.args:
                url = node.value.args[0]
                if isinstance(url, ast.Constant):
                    page = realworld_tests.MOCK_PAGES[url.value]
            elif isinstance(node, ast.If):
                walk(
                    node.body
                    if eval(compile(ast.Expression(node.test), "<if>", "eval"), {}, flags)
                    else node.orelse
                )
            elif isinstance(node, ast.Assert):
                code = compile(ast.Expression(node.test), "<assert>", "eval")
                found.append((page, ast.unparse(node.test), code))

    walk(test.body)
    return found


def realworld_suite(peer: Path = PEER) -> dict[str, Any]:
    """trafilatura's real-world assertions through bare trafilatura as its tests run it (comments
    included), through trafilatura with comments excluded, and through the pipeline (which
    excludes them). An assertion that holds for the first and not the second depends on comments."""
    import trafilatura

    import normalize

    cache = peer / "trafilatura" / "tests" / "cache"
    assertions = realworld_assertions(peer)
    normalizer = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="keep"))
    runners = {
        "upstream": lambda data: trafilatura.extract(data, fast=False, include_comments=True),
        "trafilatura": lambda data: trafilatura.extract(data, fast=False, include_comments=False),
        "normalize": lambda data: normalizer.clean(data).text,
    }
    results: dict[str, list[bool]] = {}
    for name, runner in runners.items():
        texts = {page: runner((cache / page).read_bytes()) or "" for page in {a[0] for a in assertions}}
        results[name] = [bool(eval(code, {}, {"result": texts[page]})) for page, _src, code in assertions]
    counted = [
        i
        for i, (up, bare) in enumerate(zip(results["upstream"], results["trafilatura"], strict=True))
        if up == bare
    ]
    return {
        "suite": "realworld",
        "cases": len(counted),
        "normalize": sum(results["normalize"][i] for i in counted),
        "library": sum(results["trafilatura"][i] for i in counted),
        "comment_dependent": len(assertions) - len(counted),
        "differ": [
            {
                "page": assertions[i][0],
                "assertion": assertions[i][1],
                "trafilatura": results["trafilatura"][i],
            }
            for i in counted
            if not results["normalize"][i]
        ],
    }


def fragments_suite(peer: Path = PEER) -> dict[str, Any]:
    """The non-English pages of trafilatura's evaluation set (main language not English, at most
    a quarter of the text English), cleaned with the default policy
    (``drop``) and no model: a page whose output keeps some of its foreign text and drops the
    rest is a fragment. Every such page must come out whole or empty (issue 24)."""
    sys.path.insert(0, str(peer / "trafilatura" / "tests"))
    from eval_common import load_evaldata, read_corpus

    import normalize

    here = str(peer / "trafilatura" / "tests")
    corpus = read_corpus(here, load_evaldata(here))
    normalizer = normalize.Normalizer(normalize.Config(translate=False, on_untranslated="drop"))
    foreign, empty, fragments = 0, 0, []
    for _url, (path, data) in corpus.items():
        result = normalizer.clean(data)
        language = result.document.metadata.get("document_language", {})
        if language.get("main") in (None, "en") or language.get("english_share", 0) > 0.25:
            continue  # English, or with a quarter of its text in English (a multilingual page)
        foreign += 1
        empty += not result.text.strip()
        dropped = [c for c in result.changes if c.rule == "untranslated.drop"]
        if dropped and result.text.strip():
            fragments.append({"page": str(path), "lang": language["main"], "dropped_blocks": len(dropped)})
    return {
        "suite": "fragments",
        "cases": foreign,
        "normalize": foreign - len(fragments),
        "library": "n/a",
        "empty": empty,
        "differ": fragments,
    }


SUITES = {
    "ftfy": ftfy_suite,
    "chardet": chardet_suite,
    "trafilatura": trafilatura_suite,
    "realworld": realworld_suite,
    "fragments": fragments_suite,
}
LIBRARY = {
    "ftfy": "ftfy",
    "chardet": "charset-normalizer",
    "trafilatura": "trafilatura (F1)",
    "realworld": "trafilatura",
    "fragments": "(pages not English, whole or empty)",
}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("suites", nargs="*", choices=[*SUITES, []], help="suites to run (default: all)")
    parser.add_argument("--cases", action="store_true", help="list every case where normalize differs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not PEER.is_dir():
        raise SystemExit(f"peer_suites: {PEER} is not there (it comes with ../shared)")
    results = [SUITES[name]() for name in (args.suites or SUITES)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print("| suite | cases | normalize | the library alone |\n|---|---|---|---|")
    for r in results:
        extra = f", chardet {r['chardet']}" if r.get("chardet") is not None else ""
        library = f"{LIBRARY[r['suite']]} {r['library']}{extra}"
        print(f"| {r['suite']} | {r['cases']} | {r['normalize']} | {library} |")
        if "comment_dependent" in r:
            print(f"|  | | (assertions that depend on comments, left out: {r['comment_dependent']}) | |")
        if "wrong_without_finding" in r:
            print(f"|  | | wrong without a finding: {r['wrong_without_finding']} | |")
        if "speed_vs_library" in r:
            print(f"|  | | {r['speed_vs_library']}x the library's pages/s | |")
            empty = r["empty_without_finding"]
            print(f"|  | | pages with markup: {r['pages_with_markup']}, empty without a finding: {empty} | |")
    if args.cases:
        for r in results:
            for case in r["differ"]:
                print(json.dumps({"suite": r["suite"], **case}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
