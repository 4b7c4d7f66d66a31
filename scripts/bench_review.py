"""Review pages: how long a hostile document's page takes to build and to open in Chromium.

    python scripts/bench.py review          # needs Chromium and the dev extra (Playwright)

The document holds a script tag, an injected image with an onerror handler, a javascript: link
and a 5 MB line. Building is ``normalize review`` as a user runs it; opening is Chromium's time
from navigation to the load event, the best of three.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOSTILE = (
    "A hostile document: <script>alert(1)</script>\n\n"
    '"><img src=x onerror="alert(2)"> and a link <a href="javascript:alert(3)">x</a>\n\n'
    + "Revenue grew in the quarter. " * 180_000
    + "\n"
)


def measure() -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    chromium = next(
        filter(None, (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")))
    )
    with tempfile.TemporaryDirectory() as tmp:
        src, page_path = Path(tmp) / "hostile.txt", Path(tmp) / "hostile.html"
        src.write_text(HOSTILE, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "normalize", "review", str(src), "-o", str(page_path)], check=True
        )
        build = time.perf_counter() - start
        opens, dialogs = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            for _ in range(3):
                page = browser.new_page()
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                start = time.perf_counter()
                page.goto(page_path.as_uri(), wait_until="load")
                opens.append(time.perf_counter() - start)
                page.close()
            browser.close()
        return {
            "hostile_mb": round(len(HOSTILE.encode()) / 1e6, 1),
            "review_build_s": round(build, 2),
            "review_open_s": round(min(opens), 2),
            "review_page_mb": round(page_path.stat().st_size / 1e6, 1) if page_path.exists() else 0,
            "review_dialogs": len(dialogs),
        }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    fig = measure()
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(
        f"| review page of a hostile {fig['hostile_mb']} MB document | built in {fig['review_build_s']} s, "
        f"opened in {fig['review_open_s']} s, {fig['review_dialogs']} scripts ran |"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
