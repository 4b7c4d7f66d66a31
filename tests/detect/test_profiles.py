"""The fast profile loader must give langdetect exactly the table and answers of its own loader."""

from __future__ import annotations

import json

import pytest
from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY

from normalize.detect.profiles import NgramProbabilities, load_factory, profile_files


@pytest.fixture(scope="module")
def factories():
    theirs = DetectorFactory()
    theirs.load_profile(PROFILES_DIRECTORY)
    return load_factory(), theirs


def test_the_table_is_langdetects_own(factories):
    ours, theirs = factories
    assert ours.langlist == theirs.langlist
    table = ours.word_lang_prob_map
    assert set(table) == set(theirs.word_lang_prob_map)
    assert all(table[w] == row for w, row in theirs.word_lang_prob_map.items())


TEXTS = [
    "The company said its revenue grew faster than expected in the third quarter.",
    "La empresa dijo que sus ingresos crecieron más rápido de lo esperado.",
    "Das Unternehmen teilte mit, dass der Umsatz schneller gewachsen sei als erwartet.",
    "L'entreprise a déclaré que son chiffre d'affaires avait augmenté plus vite que prévu.",
    "Công ty cho biết doanh thu tăng nhanh hơn dự kiến trong quý ba.",
    "公司表示，第三季度的收入增长快于预期。",
    "Компания сообщила, что выручка росла быстрее, чем ожидалось.",
    "A empresa disse que a receita cresceu mais rápido do que o esperado.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_detection_answers_are_langdetects_own(factories, text):
    ours, theirs = factories
    answers = []
    for factory in (ours, theirs):
        DetectorFactory.seed = 0
        detector = factory.create()
        detector.append(text)
        answers.append([(p.lang, p.prob) for p in detector.get_probabilities()])
    assert answers[0] == answers[1]


def _write_profile(folder, name, freq, n_words):
    (folder / name).write_text(json.dumps({"name": name, "freq": freq, "n_words": n_words}), encoding="utf-8")


def test_a_small_profile_folder_loads_as_langdetect_loads_it(tmp_path):
    _write_profile(tmp_path, "aa", {"a": 3, "ab": 1, "abc": 2}, [6, 2, 4])
    _write_profile(tmp_path, "bb", {"b": 1, "ab": 1, "abcd": 7}, [2, 4, 1])
    ours = load_factory(str(tmp_path))
    theirs = DetectorFactory()
    theirs.load_profile(str(tmp_path))
    assert ours.langlist == theirs.langlist
    assert set(ours.word_lang_prob_map) == set(theirs.word_lang_prob_map) == {"a", "b", "ab", "abc", "abcd"}
    for gram, row in theirs.word_lang_prob_map.items():
        assert ours.word_lang_prob_map[gram] == row
    assert ours.word_lang_prob_map["abc"][ours.langlist.index("aa")] == 0.5
    assert ours.word_lang_prob_map["abcd"] == [0.0, 0.0]  # no length fits: a row of zeros


def test_dot_files_and_folders_are_not_profiles(tmp_path):
    _write_profile(tmp_path, "aa", {"a": 1}, [1, 1, 1])
    (tmp_path / ".hidden").write_text("not json", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert profile_files(str(tmp_path)) == [str(tmp_path / "aa")]
    assert load_factory(str(tmp_path)).langlist == ["aa"]


def test_rows_are_built_once_and_kept():
    profiles = [
        {"freq": {"x": 1, "xxxx": 5}, "n_words": [4, 1, 1]},
        {"freq": {"x": 2, "y": 4}, "n_words": [4, 1, 1]},
    ]
    table = NgramProbabilities(["x", "y", "xxxx"], profiles)
    assert "y" in table and "z" not in table
    assert dict.__getitem__(table, "x") is None  # not built before it is read
    row = table["x"]
    assert row == [0.25, 0.5] and table["x"] is row
    assert table["y"] == [0.0, 1.0]
    assert table["xxxx"] == [0.0, 0.0]  # no length fits: a row of zeros
