"""Review pages without a browser: escaped, allowed to run only their own code, rebuilt the same
from a saved report, written for JSONL batches too."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from conftest import SEEDS, seed
from normalize.review.page import asset, document_page
from test_cli import run_cli


def test_document_text_is_escaped_and_only_the_page_s_own_code_is_allowed(normalizer):
    result = normalizer.clean('Quoted: <script>alert(1)</script>\n\n"><img src=x onerror="alert(2)">\n')
    page = document_page(result.text, result.report())
    assert page.count("<script>") == 1 and "<img" not in page  # the page's own script, no image
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x" in page
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    def digest(name: str) -> str:
        return base64.b64encode(hashlib.sha256(asset(name).encode()).digest()).decode()

    assert f"script-src 'sha256-{digest('review.js')}'" in policy
    assert f"style-src 'sha256-{digest('review.css')}'" in policy and "default-src 'none'" in policy


def test_a_page_rebuilt_from_a_saved_report_is_the_same_page(tmp_path):
    src = seed("001")
    live, both, out, report = (tmp_path / n for n in ("live.html", "both.json", "out.txt", "report.json"))
    assert run_cli("review", str(src), "-o", str(live)).returncode == 0
    assert run_cli("clean", str(src), "-f", "json", "-o", str(both)).returncode == 0
    assert run_cli("clean", str(src), "-o", str(out), "--report", str(report)).returncode == 0
    for args in (("--from-report", str(both)), ("--from-report", str(report), str(out))):
        proc = run_cli("review", *args)
        assert proc.returncode == 0 and proc.stdout.decode() == live.read_text(encoding="utf-8")
    other = run_cli("review", "--from-report", str(report), str(SEEDS[3]))  # not this report's output
    assert other.returncode == 2 and b"not the output the report describes" in other.stderr


def test_jsonl_batches_get_a_page_per_record_and_an_index(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": p.stem[:3], "text": p.read_text()}) + "\n" for p in SEEDS))
    review = tmp_path / "review"
    proc = run_cli(
        "batch", "--jsonl", str(src), "-o", str(tmp_path / "out.jsonl"), "--review", str(review), "-q"
    )
    assert proc.returncode == 0, proc.stderr
    pages = sorted(p.name for p in review.glob("*.html"))
    assert pages == ["index.html"] + [f"record-{n:06}.html" for n in range(1, len(SEEDS) + 1)]
    index = (review / "index.html").read_text(encoding="utf-8")
    assert 'href="record-000005.html">record 5 (id 004)</a>' in index
