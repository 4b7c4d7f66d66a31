"""Ray Data integration: clean a dataset's text column on actor workers.

    import ray, normalize.ray
    ds = ray.data.read_json("articles.jsonl")
    clean = normalize.ray.clean_dataset(ds, text_column="text", workers=8)

Each actor builds one :class:`~normalize.Normalizer` when it starts, so rules, glossaries and
(with a translator) models load once per worker, not once per batch. ``num_gpus`` is passed to
Ray for translation models that use a GPU. A record that cannot be cleaned gets ``None`` in the
output column and the reason in ``<output>_error``; the rest of the batch goes on.

**Resources.** The actors form an autoscaling pool (``ray.data.ActorPoolStrategy``, from one
actor up to ``workers``), and on CPU the pool never takes every CPU of the cluster: one CPU is
always left for the tasks that read the input and write the output. A fixed pool as large as
the cluster (``concurrency=2`` under ``ray.init(num_cpus=2)``, as Ray's deprecated
``concurrency`` argument made it) holds every CPU while the read task waits for one, and the
run makes no progress at all.

Needs the ``ray`` extra: ``pip install 'normalize[ray]'``.
"""

from __future__ import annotations

import dataclasses
import json
import warnings
from typing import Any

from normalize.config import Config
from normalize.errors import NormalizeError


class CleanBatch:
    """The actor class ``map_batches`` runs: one Normalizer per actor."""

    def __init__(self, config: Config, text_column: str, output_column: str, with_report: bool) -> None:
        from normalize.pipeline import Normalizer

        self.normalizer = Normalizer(config)
        self.text_column = text_column
        self.output_column = output_column
        self.with_report = with_report

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        values = list(batch[self.text_column])
        # The whole Ray batch is cleaned together, so translation is batched across it.
        cleanable = [(n, v) for n, v in enumerate(values) if isinstance(v, str | bytes)]
        cleaned = dict(
            zip(
                (n for n, _ in cleanable),
                self.normalizer.clean_batch([(v, f"<row {n}>") for n, v in cleanable]),
                strict=True,
            )
        )
        texts, errors, reports = [], [], []
        for n, value in enumerate(values):
            result = (
                cleaned[n]
                if n in cleaned
                else NormalizeError(f"{self.text_column!r} is {type(value).__name__}, not text")
            )
            if isinstance(result, NormalizeError):
                texts.append(None)
                errors.append(result.message)
                reports.append(None)
                continue
            texts.append(result.text)
            errors.append(None)
            reports.append(json.dumps(result.report(), ensure_ascii=False) if self.with_report else None)
        out = dict(batch)
        out[self.output_column] = np.array(texts, dtype=object)
        out[f"{self.output_column}_error"] = np.array(errors, dtype=object)
        if self.with_report:
            out[f"{self.output_column}_report"] = np.array(reports, dtype=object)
        return out


def clean_dataset(
    ds: Any,
    text_column: str = "text",
    output_column: str | None = None,
    *,
    config: Config | None = None,
    with_report: bool = False,
    workers: int | tuple[int, int] | None = None,
    num_cpus: float = 1,
    num_gpus: float = 0,
    batch_size: int = 64,
    concurrency: int | tuple[int, int] | None = None,
) -> Any:
    """A new ``ray.data.Dataset`` with the cleaned text in ``output_column`` (default: in place).

    ``workers`` is the most actors (or a ``(min, max)`` pair); by default as many as the
    cluster's CPUs allow while leaving one for reading and writing. ``concurrency`` is the old
    name of ``workers`` (deprecated, as in Ray). The JSON report goes to ``<output>_report``
    when ``with_report``; failures to ``<output>_error``. With ``num_gpus`` > 0, translation
    models run on the GPU (``device`` ``cuda``) unless ``config`` names another device.
    """
    import ray

    if concurrency is not None:
        warnings.warn(
            "clean_dataset(concurrency=) is deprecated: use workers=", DeprecationWarning, stacklevel=2
        )
        workers = concurrency if workers is None else workers
    config = config or Config()
    if num_gpus and config.device == "cpu":
        config = dataclasses.replace(config, device="cuda")
    low, high = actor_pool_size(workers, num_cpus, num_gpus, ray.cluster_resources().get("CPU", 1))
    return ds.map_batches(
        CleanBatch,
        fn_constructor_kwargs={
            "config": config,
            "text_column": text_column,
            "output_column": output_column or text_column,
            "with_report": with_report,
        },
        batch_format="numpy",
        batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(min_size=low, max_size=high),
        num_cpus=num_cpus,
        num_gpus=num_gpus,
    )


def actor_pool_size(
    workers: int | tuple[int, int] | None, num_cpus: float, num_gpus: float, cluster_cpus: float
) -> tuple[int, int]:
    """(min, max) actors. On CPU, the actors together leave at least one CPU free, whatever was
    asked for, so that the read and write tasks always get one (GPU actors need only a little
    CPU and are bounded by the GPUs Ray has)."""
    low, high = (1, workers) if isinstance(workers, int) else (workers or (1, 0))
    if num_gpus == 0 and num_cpus > 0:
        room = max(1, int((cluster_cpus - 1) // num_cpus))
        high = room if not high else min(high, room)
    high = max(high, 1)
    return min(max(low, 1), high), high
