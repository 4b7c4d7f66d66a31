"""The evaluation corpus: documents, their expected output and expected findings, from one source.

    python tests/corpus/make_corpus.py       # rewrites tests/corpus/docs/ and tests/corpus/expected/

Every document is built from the project's own English articles (``tests/html/articles.py``)
and foreign passages written for the corpus (``foreign.py``). Because the generator knows what
it put where, the expected output (``expected/NAME.out``) and the expected findings (in
``manifest.json``) are stated here, not taken from the pipeline; ``tests/test_corpus.py``
compares the pipeline to them and ``scripts/evaluate.py`` scores it by category.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "html"))
from articles import ARTICLES, article_text  # noqa: E402
from foreign import CAPTIONS, HEADLINES, LEADS, STRAY, TEASERS  # noqa: E402

A = {a[0]: a for a in ARTICLES}
SLUGS = [a[0] for a in ARTICLES]


def doc(name, category, text, expected=None, encoding="utf-8", passages=(), terms=(), garbled=(), note=""):
    return {
        "name": name,
        "category": category,
        "text": text,
        "expected": text if expected is None else expected,
        "encoding": encoding,
        "passages": [{"lang": lang.split("-")[0], "text": t} for lang, t in passages],
        "terms": [{"lang": lang.split("-")[0], "text": t} for lang, t in terms],
        "garbled": list(garbled),
        "note": note,
    }


def body(slug: str) -> str:
    """An article without its title line."""
    return article_text(A[slug]).split("\n\n", 1)[1]


def clean_docs() -> list[dict]:
    docs = [doc(f"clean_{n:02d}_{slug}", "clean", article_text(A[slug])) for n, slug in enumerate(SLUGS, 1)]
    extra = {
        "code": article_text(A["open-model"])
        + '\nTo load it:\n\n```python\nfrom lab import Model\nmodel = Model.load("open-34b")  # 34B parameters\nprint(model.generate("Hello"))\n```\n',
        "urls_emoji": "Where to Read the Filings 📄\n\nThe full report is at https://example.com/reports/2026/q1?lang=en#summary and the slides at www.example.org/slides.\n\nQuestions go to investor.relations@example.com 🙂 or to @example on social media.\n\nShares rose 4% 📈 on the news, the best day since January 🚀.\n",
        "names": "Leaders Meet in Hanoi\n\nVietnam's former leader Nguyễn Phú Trọng met delegations from Zürich, São Paulo and Kraków in Hà Nội on Tuesday.\n\nThe talks, chaired by Lê Minh Khuê and attended by Søren Kierkegaard's biographer, covered trade with Đà Nẵng and Malmö.\n\nA dinner at the Hôtel Métropole closed the visit.\n",
        "gloss": "Shenzhen Factories Add Robots\n\nFactories in Shenzhen (深圳) added 12,000 industrial robots last year, the city said.\n\nThe Huaqiangbei (华强北) electronics market reported its busiest month since 2019.\n\nOfficials in Guangzhou (广州) expect similar growth.\n",
        "dates": "Quarterly Calendar\n\nResults are due on 12 March 2026, with a call at 14:00 UTC on 2026-03-12.\n\n| Event | Date |\n|---|---|\n| Annual meeting | May 4, 2026 |\n| Dividend paid | 2026-06-30 |\n| Q2 results | 7/28/2026 |\n\nThe previous meeting was held in March 2025.\n",
        "markdown": "# A Guide to the New Rules\n\n## Who is covered\n\n1. Chipmakers that ship above the threshold.\n2. Cloud providers that resell capacity.\n3. Distributors in the listed countries.\n\n## What to do\n\n* Check each order against the list.\n* Keep records for five years.\n",
        "money": "Prices Around the World\n\n| City | Price | Change |\n|---|---|---|\n| New York | $4.50 | +3% |\n| Paris | €4.20 | +2% |\n| London | £3.80 | +4% |\n| Tokyo | ¥620 | +1% |\n\nThe survey covered 1,250 cafés in 40 cities.\n",
        "quotes": "“We’re Not There Yet,” Says the Governor\n\n“We’re not there yet,” the governor said — and markets listened.\n\nShe added: ‘Patience is a policy too’… before taking questions.\n",
        "labels": "Key Figures\n\nQ1 2026\n\n| Segment | Revenue | Margin |\n|---|---|---|\n| Cloud | $12.4B | 31% |\n| Devices | $3.1B | 12% |\n| Total | $15.5B | 27% |\n\nOutlook\n\nGuidance unchanged.\n\nSource: company filings\n",
        "timeline": "Timeline of the Deal\n\n- 2024: first talks between the two boards.\n- 2025: a letter of intent, signed in Singapore.\n- March 2026: regulators in Brussels and Washington approve.\n- April 2026: the merger closes; shares trade as NEWCO on Nasdaq.\n\nSee the filing at https://www.sec.gov/ for details.\n",
        "loanwords": "A Café Culture Boom\n\nThe café chain’s résumé of openings reads like a who’s who of cities, and its déjà vu marketing plays on naïve nostalgia.\n\nOne outlet sells piñatas; another offers crème brûlée à la carte.\n\nStaff call the flagship store the über-café of the district.\n",
    }
    for n, (kind, text) in enumerate(extra.items(), len(docs) + 1):
        docs.append(doc(f"clean_{n:02d}_{kind}", "clean", text))
    crlf = article_text(A["port-strike"]).replace("\n", "\r\n")
    docs.append(
        doc(
            f"clean_{len(docs) + 1:02d}_crlf",
            "clean",
            crlf,
            expected=crlf.replace("\r\n", "\n"),
            note="Windows line endings: read and written as plain newlines",
        )
    )
    cp = article_text(A["museum-reopens"]).replace("The city museum", "The city’s “new” museum")
    docs.append(doc(f"clean_{len(docs) + 1:02d}_cp1252", "clean", cp, encoding="cp1252"))
    return docs


def foreign_docs() -> list[dict]:
    docs = []
    for n, (lang, headline) in enumerate(HEADLINES.items()):
        slug = SLUGS[n % len(SLUGS)]
        docs.append(
            doc(
                f"headline_{lang}",
                "foreign_headline",
                f"{headline}\n\n{body(slug)}",
                body(slug),
                passages=[(lang, headline)],
            )
        )
    for n, (lang, lead) in enumerate(LEADS.items()):
        a = A[SLUGS[(n + 5) % len(SLUGS)]]
        rest = body(a[0])
        docs.append(
            doc(
                f"lead_{lang}",
                "foreign_lead",
                f"{a[1]}\n\n{lead}\n\n{rest}",
                f"{a[1]}\n\n{rest}",
                passages=[(lang, lead)],
            )
        )
    for n, (lang, caption) in enumerate(CAPTIONS.items()):
        text = article_text(A[SLUGS[(n + 2) % len(SLUGS)]])
        head, first, rest = text.split("\n\n", 2)
        docs.append(
            doc(
                f"caption_{lang}",
                "caption",
                f"{head}\n\n{first}\n\n{caption}\n\n{rest}",
                text,
                passages=[(lang, caption)],
            )
        )
    for n, (lang, teaser) in enumerate(TEASERS.items()):
        text = article_text(A[SLUGS[(n + 7) % len(SLUGS)]])
        docs.append(doc(f"teaser_{lang}", "teaser", f"{text}\n{teaser}\n", text, passages=[(lang, teaser)]))
    return docs


def stray_docs() -> list[dict]:
    docs = []
    for n in range(0, len(STRAY), 2):
        pair = STRAY[n : n + 2]
        a = A[SLUGS[(n // 2 + 3) % len(SLUGS)]]
        text = f"{a[1]}\n\n{pair[0][0]}\n\n{body(a[0])}\n{pair[1][0]}\n"
        expected = f"{a[1]}\n\n{pair[0][3] or pair[0][0]}\n\n{body(a[0])}\n{pair[1][3] or pair[1][0]}\n"
        langs = "_".join(dict.fromkeys(p[2] for p in pair))
        docs.append(
            doc(
                f"stray_{n // 2 + 1:02d}_{langs}",
                "stray_term",
                text,
                expected,
                terms=[(p[2], p[1]) for p in pair],
            )
        )
    return docs


def cp1252_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 the way browsers read it (bytes cp1252 leaves undefined, such
    as the 0x9D of "”", become the C1 control of the same number)."""
    import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252"

    return text.encode("utf-8").decode("sloppy-windows-1252")


def mojibake_docs() -> list[dict]:
    base = {
        "cp1252": (
            "quantum-funding",
            "The company’s founders — both physicists — said it’s “early days”.",
            cp1252_mojibake,
        ),
        "latin1": (
            "water-tech",
            "Engineers in São Paulo and Zürich said the plant’s pumps cost €4 million.",
            lambda t: t.encode("utf-8").decode("latin-1"),
        ),
        "double": (
            "game-studio",
            "The studio’s chief said “we’re sorry” to fans.",
            lambda t: cp1252_mojibake(cp1252_mojibake(t)),
        ),
        "entities": (
            "heat-wave",
            "Demand &amp; supply met at 66.9&nbsp;GW &mdash; a record, the operator&#8217;s data showed.",
            None,
        ),
        "controls": (
            "battery-plant",
            "The plant\u200b employs 2,300\u00ad people\x07 and cost $4.5\ufeff billion.",
            None,
        ),
    }
    docs = []
    for kind, (slug, sentence, damage) in base.items():
        a = A[slug]
        clean_sentence = {
            "entities": "Demand & supply met at 66.9\u00a0GW — a record, the operator’s data showed.",
            "controls": "The plant employs 2,300 people and cost $4.5 billion.",
        }.get(kind, sentence)
        damaged = damage(sentence) if damage else sentence
        text = f"{a[1]}\n\n{damaged}\n\n{body(a[0])}"
        expected = f"{a[1]}\n\n{clean_sentence}\n\n{body(a[0])}"
        docs.append(doc(f"mojibake_{kind}", "mojibake", text, expected, note=f"repairable: {kind}"))
    whole = article_text(A["ride-hailing"]).replace("Chief executive", "The firm’s chief executive")
    docs.append(
        doc(
            "mojibake_whole_document",
            "mojibake",
            cp1252_mojibake(whole),
            whole,
            note="a whole document read as cp1252",
        )
    )
    return docs


def unrepairable_docs() -> list[dict]:
    cases = [
        (
            "rate-decision",
            "The governor said the rate of \ufffd\ufffd\ufffd\ufffd was final.",
            ["\ufffd\ufffd\ufffd\ufffd"],
        ),
        (
            "satellite-broadband",
            "Teachers in \ufffd\ufffd village said \ufffd\ufffd\ufffd lessons improved.",
            ["\ufffd\ufffd", "\ufffd\ufffd\ufffd"],
        ),
        (
            "port-strike",
            "The union leader \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd said the deal was fair.",
            ["\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"],
        ),
    ]
    docs = []
    for n, (slug, sentence, runs) in enumerate(cases, 1):
        a = A[slug]
        text = f"{a[1]}\n\n{sentence}\n\n{body(a[0])}"
        docs.append(
            doc(f"unrepairable_{n}", "unrepairable", text, garbled=runs, note="U+FFFD runs: kept and flagged")
        )
    return docs


def encoding_docs() -> list[dict]:
    a, b, c, d = A["chip-export"], A["heat-wave"], A["game-studio"], A["open-model"]
    latin = article_text(a).replace("summer.", "summer, said Müller from Zürich.")
    return [
        doc("encoding_latin1", "encoding", latin, encoding="latin-1"),
        doc(
            "encoding_gb18030",
            "encoding",
            f"{HEADLINES['zh']}\n\n{body(b[0])}",
            body(b[0]),
            encoding="gb18030",
            passages=[("zh", HEADLINES["zh"])],
        ),
        doc(
            "encoding_shift_jis",
            "encoding",
            f"{HEADLINES['ja']}\n\n{body(c[0])}",
            body(c[0]),
            encoding="shift_jis",
            passages=[("ja", HEADLINES["ja"])],
        ),
        doc("encoding_utf16", "encoding", article_text(d), encoding="utf-16"),
    ]


def build() -> list[dict]:
    return (
        clean_docs() + foreign_docs() + stray_docs() + mojibake_docs() + unrepairable_docs() + encoding_docs()
    )


def write(folder: Path = HERE) -> None:
    docs = build()
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "expected").mkdir(parents=True, exist_ok=True)
    manifest = []
    for d in docs:
        (folder / "docs" / f"{d['name']}.txt").write_bytes(d["text"].encode(d["encoding"]))
        (folder / "expected" / f"{d['name']}.out").write_text(d["expected"], encoding="utf-8", newline="")
        manifest.append({k: v for k, v in d.items() if k not in ("text", "expected")})
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    write()
    print(f"{len(build())} documents written")
