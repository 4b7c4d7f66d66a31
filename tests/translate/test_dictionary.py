"""CC-CEDICT behind the glossary: stray Chinese terms rendered, debris and phrases left as findings."""

from __future__ import annotations

import re

import pytest
from stray_terms_zh import TERMS

import normalize
from normalize.config import Config
from normalize.translate import dictionary
from normalize.translate.debris import looks_like_debris

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# (input, output): the term glued to the word before it, after it, or spaced.
CARRIERS = [
    (
        "Analysts say the {} matters more than the headline figure.",
        "Analysts say the {} matters more than the headline figure.",
    ),
    ("The company's{} drew questions from investors.", "The company's {} drew questions from investors."),
    ("In its filing, the firm mentioned {} twice.", "In its filing, the firm mentioned {} twice."),
    (
        "Executives pointed to{} as the reason for the change.",
        "Executives pointed to {} as the reason for the change.",
    ),
    ("The report lists {}among the main concerns.", "The report lists {} among the main concerns."),
    (
        "Critics described the plan as {}, and the minister disagreed.",
        "Critics described the plan as {}, and the minister disagreed.",
    ),
]


def test_the_term_table_is_large_and_varied():
    terms = [t for t, _ in TERMS]
    assert len(TERMS) >= 150 and len(set(terms)) == len(terms)
    table = dictionary.load()
    traditional = [t for t in terms if t in table and table[t][0].simplified != t]
    assert len(traditional) >= 15
    assert sum(1 for t in terms if len(t) == 4) >= 40  # idioms and four-character compounds


def test_every_stray_term_comes_out_in_english_from_the_glossary_or_the_dictionary():
    lines = [CARRIERS[i % len(CARRIERS)] for i in range(len(TERMS))]
    text = (
        "Stray terms in English copy\n\n"
        + "\n\n".join(c[0].format(t) for c, (t, _) in zip(lines, TERMS, strict=True))
        + "\n"
    )
    result = normalize.clean(text)
    out = result.text.split("\n\n")[1:]
    assert len(out) == len(TERMS)
    wrong = [
        (term, got.strip())
        for (term, english), carrier, got in zip(TERMS, lines, out, strict=True)
        if got.strip() != carrier[1].format(english)
    ]
    assert not wrong
    assert not HAN.search(result.text)
    assert {c.rule for c in result.changes if c.stage == "translate"} == {
        "glossary.zh-en",
        "dictionary.zh-en",
    }
    assert not [f for f in result.findings if f.kind == "untranslated"]


def test_the_glossary_wins_over_the_dictionary():
    # CC-CEDICT's first sense of 营收 is "sales"; the glossary says "revenue"
    assert dictionary.render("营收").text == "sales"
    result = normalize.clean("Quarterly 营收 rose again, the company said on Monday.\n")
    assert result.text == "Quarterly revenue rose again, the company said on Monday.\n"
    assert [c.rule for c in result.changes] == ["glossary.zh-en"]


def test_the_change_names_the_dictionary_and_the_sense_chosen():
    result = normalize.clean("The firm held a 发布会 in Shanghai on Monday.\n")
    (change,) = [c for c in result.changes if c.stage == "translate"]
    assert change.rule == "dictionary.zh-en" and change.after == "news conference"
    assert "CC-CEDICT" in change.reason and "发布会 = 'news conference'" in change.reason


def test_a_traditional_word_takes_the_glossary_english_of_its_simplified_form():
    rendering = dictionary.render("營收", lambda w: {"营收": "revenue"}.get(w))
    assert rendering.text == "revenue" and "glossary, as 营收" in rendering.describe()


def test_a_word_the_glossary_cuts_in_two_is_split_again_with_the_dictionary():
    # the glossary lists 董事 and 公司; 董事會 and 航空公司 are dictionary words
    result = normalize.clean("The 董事會 met twice, and the 航空公司 agreed.\n")
    assert result.text == "The board of directors met twice, and the airline agreed.\n"


@pytest.mark.parametrize(
    "text, debris",
    [("鈥攎", True), ("抯", True), ("鈥檚", True), ("水分", False), ("人工智能", False), ("百花齐放", False)],
)
def test_debris_is_told_from_words(text, debris):
    assert looks_like_debris(text) is debris


def test_debris_is_never_rendered_and_its_finding_says_why():
    text = "The CEO鈥攎ost analysts agree鈥攕aid nothing about the quarter's results.\n"
    result = normalize.clean(text)
    assert result.text == text
    findings = [f for f in result.findings if f.kind == "untranslated"]
    assert len(findings) == 2 and all(f.data["cause"] == "encoding" for f in findings)
    assert "decoding debris" in findings[0].message


@pytest.mark.parametrize(
    "run",
    [
        "美",  # one character: a fragment or a leftover unit more often than a term
        "他们昨天在会议上讨论了这个问题",  # a phrase: more than three words
        "一斑",  # its senses are explanations of more than six words
    ],
)
def test_runs_the_dictionary_does_not_render_stay_findings(run):
    assert dictionary.render(run) is None
    result = normalize.clean(f"The article quoted {run} without comment in its final line.\n")
    assert run in result.text
    assert [f for f in result.findings if f.kind == "untranslated" and repr(run) in f.message]


def test_the_dictionary_can_be_turned_off():
    result = normalize.clean("The firm held a 发布会 in Shanghai on Monday.\n", Config(dictionary=False))
    assert "发布会" in result.text
    assert [f for f in result.findings if f.kind == "untranslated"]


# --- the parser and the choice of sense, on lines the test writes -----------------------------

LINES = [
    "# a comment line",
    "王 王 [Wang2] /surname Wang/",
    "王 王 [wang2] /king or monarch/best or strongest of its type/",
    "北京 北京 [Bei3 jing1] /Beijing, capital of the People's Republic of China/",
    "百花齊放 百花齐放 [bai3 hua1 qi2 fang4] /a hundred flowers bloom (idiom); let the arts have free expression/",
    "內卷 内卷 [nei4 juan3] /(embryology) to involute/involution/",
    "監管 监管 [jian1 guan3] /to supervise/supervision/",
    "發佈會 发布会 [fa1 bu4 hui4] /news conference/CL:個|个[ge4]/",
    "首席執行官 首席执行官 [shou3 xi2 zhi2 xing2 guan1] /chief executive officer (CEO)/",
    "吃瓜 吃瓜 [chi1 gua1] /(slang) to watch an entertaining spectacle from the sidelines and gossip about it/",
    "異體 异体 [yi4 ti3] /variant of 異體|异体[yi4 ti3]/",
    "稟報 禀报 [bing3 bao4] /(literary) to report (to one's superior)/",
]


@pytest.fixture
def table():
    return dictionary.parse(LINES)


def test_parse_keeps_every_reading_under_both_scripts(table):
    assert [r.pinyin for r in table["王"]] == ["Wang2", "wang2"]
    assert table["百花齊放"] == table["百花齐放"]
    assert table["內卷"][0].simplified == "内卷"
    assert "# a comment line" not in table


@pytest.mark.parametrize(
    "word, sense",
    [
        ("王", "king or monarch"),  # the everyday reading before the surname
        ("北京", "Beijing"),  # a proper noun, its gloss cut at the comma
        ("百花齐放", "let the arts have free expression"),  # an idiom's meaning before its words
        ("内卷", "involution"),  # unlabelled before "(embryology)"
        ("监管", "supervision"),  # a noun before a verb
        ("发布会", "news conference"),  # "CL:" is a note, not a sense
        ("首席执行官", "chief executive officer"),  # "(CEO)" dropped
        ("吃瓜", None),  # an explanation, not a rendering
        ("异体", None),  # a cross-reference only
        ("禀报", None),  # a literary sense only: not today's written English
    ],
)
def test_one_concise_sense_is_chosen(table, word, sense):
    assert dictionary.choose_sense(table[word]) == sense


def test_the_shipped_dictionary_loads_with_every_headword():
    table = dictionary.load()
    assert len(table) > 150_000
    assert "护城河" in table and "護城河" in table


def test_the_model_gets_only_the_terms_the_dictionary_cannot_render():
    from test_machine import RecordingTranslator

    t = RecordingTranslator(langs=("zh",))
    text = "Analysts called the 发布会 a 新常态 for the industry this year, the firm said.\n"
    result = normalize.Normalizer(Config(), translator=t).clean(text)
    assert t.calls == [("zh", ["新常态"])]
    assert (
        result.text
        == "Analysts called the news conference a EN(新常态) for the industry this year, the firm said.\n"
    )
