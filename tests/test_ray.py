"""Ray Data on a local Ray instance: the same output as ``clean_many``, bad records reported,
and a dataset read from a file makes progress however many workers are asked for."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed")

import normalize  # noqa: E402
from conftest import SEEDS  # noqa: E402
from docgen import documents  # noqa: E402
from normalize.ray import actor_pool_size, clean_dataset  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_clean_dataset_equals_clean_many(local_ray):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + documents(295, seed=3)
    ds = ray.data.from_items([{"id": n, "text": t} for n, t in enumerate(texts)])
    rows = sorted(clean_dataset(ds, output_column="clean", workers=2).take_all(), key=lambda r: r["id"])
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


def test_actor_pool_leaves_a_cpu_for_reading_and_writing():
    assert actor_pool_size(None, 1, 0, cluster_cpus=2) == (1, 1)
    assert actor_pool_size(8, 1, 0, cluster_cpus=2) == (1, 1)
    assert actor_pool_size(8, 1, 0, cluster_cpus=16) == (1, 8)
    assert actor_pool_size((2, 4), 1, 0, cluster_cpus=16) == (2, 4)
    assert actor_pool_size(None, 0.5, 0, cluster_cpus=4) == (1, 6)
    assert actor_pool_size(4, 1, 1, cluster_cpus=2) == (1, 4)  # GPU actors: bounded by GPUs


def test_concurrency_is_the_deprecated_name_of_workers(local_ray):
    ds = ray.data.from_items([{"text": "Revenue水分 grew."}])
    with pytest.warns(DeprecationWarning, match="workers="):
        rows = clean_dataset(ds, concurrency=2).take_all()
    assert rows == [{"text": "Inflated revenue grew.\n", "text_error": None}]


@pytest.mark.parametrize("workers", [8])
def test_read_clean_and_write_json_finish_on_two_cpus(tmp_path, workers):
    # ray.data.read_json has a read task that needs a CPU, and write_json write tasks; a fixed
    # pool of actors holding both CPUs of ray.init(num_cpus=2) made no progress at all. A fresh Ray in a subprocess, with a
    # timeout, so that a hang fails the test instead of the suite.
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + documents(95, seed=5)
    src, out = tmp_path / "articles.jsonl", tmp_path / "cleaned"
    src.write_text(
        "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in enumerate(texts)), encoding="utf-8"
    )
    script = textwrap.dedent(
        f"""
        import json, ray
        from normalize.ray import clean_dataset
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
        ds = ray.data.read_json({str(src)!r})
        clean_dataset(ds, output_column="clean", workers={workers}).write_json({str(out)!r})
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    rows = [json.loads(line) for path in sorted(out.glob("*.json")) for line in path.read_text().splitlines()]
    cleaned = [row["clean"] for row in sorted(rows, key=lambda row: row["id"])]
    assert cleaned == [r.text for r in normalize.Normalizer().clean_many(texts)]
