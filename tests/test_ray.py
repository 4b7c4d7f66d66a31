"""Ray Data on a local Ray instance: the same output as ``clean_many``, bad records reported."""

from __future__ import annotations

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed")

import normalize  # noqa: E402
from conftest import SEEDS  # noqa: E402
from docgen import documents  # noqa: E402
from normalize.ray import clean_dataset  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_clean_dataset_equals_clean_many(local_ray):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + documents(295, seed=3)
    ds = ray.data.from_items([{"id": n, "text": t} for n, t in enumerate(texts)])
    rows = sorted(clean_dataset(ds, output_column="clean", concurrency=2).take_all(), key=lambda r: r["id"])
    expected = [r.text for r in normalize.Normalizer().clean_many(texts)]
    assert len(rows) == 300
    assert [r["clean"] for r in rows] == expected
    assert [r["text"] for r in rows] == texts  # the input column is kept
    assert all(r["clean_error"] is None for r in rows)


def test_bad_records_reported_and_the_rest_cleaned(local_ray):
    ds = ray.data.from_items(
        [{"id": 0, "text": "Revenue水分 grew."}, {"id": 1, "text": b"%PDF-1.7\n\x00\x01"}]
    )
    rows = sorted(
        clean_dataset(ds, output_column="clean", with_report=True).take_all(), key=lambda r: r["id"]
    )
    assert rows[0]["clean"] == "Inflated revenue grew.\n" and rows[0]["clean_error"] is None
    assert '"schema": "normalize.report/1"' in rows[0]["clean_report"]
    assert rows[1]["clean"] is None and "PDF" in rows[1]["clean_error"]
