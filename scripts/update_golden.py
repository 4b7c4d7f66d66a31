"""Write tests/golden/ from the current pipeline. Read every file it writes before committing it.

python scripts/update_golden.py            # all seeds
python scripts/update_golden.py 004        # seeds whose name starts with 004
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import normalize

ROOT = Path(__file__).resolve().parents[1]


def golden_record(result: normalize.Result) -> dict:
    report = result.report()
    return {"metadata": report["metadata"], "findings": report["findings"]}


def main(prefixes: list[str]) -> None:
    out = ROOT / "tests" / "golden"
    out.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        if prefixes and not seed.name.startswith(tuple(prefixes)):
            continue
        result = normalize.clean_file(seed)
        (out / f"{seed.stem}.txt").write_text(result.text, encoding="utf-8")
        record = json.dumps(golden_record(result), ensure_ascii=False, indent=2) + "\n"
        (out / f"{seed.stem}.findings.json").write_text(record, encoding="utf-8")
        print(f"wrote {seed.stem}: {len(result.findings)} findings, {len(result.changes)} changes")


if __name__ == "__main__":
    main(sys.argv[1:])
