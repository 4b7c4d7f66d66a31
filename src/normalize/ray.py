"""Ray Data integration: clean a dataset's text column on actor workers.

    import ray, normalize.ray
    ds = ray.data.read_json("articles.jsonl")
    clean = normalize.ray.clean_dataset(ds, text_column="text", concurrency=8)

Each actor builds one :class:`~normalize.Normalizer` when it starts, so rules, glossaries and
(with a translator) models load once per worker, not once per batch. ``num_gpus`` is passed to
Ray for translation models that use a GPU. A record that cannot be cleaned gets ``None`` in the
output column and the reason in ``<output>_error``; the rest of the batch goes on.

Needs the ``ray`` extra: ``pip install 'normalize[ray]'``.
"""

from __future__ import annotations

import dataclasses
import json
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
    concurrency: int | tuple[int, int] = 1,
    num_gpus: float = 0,
    batch_size: int = 64,
) -> Any:
    """A new ``ray.data.Dataset`` with the cleaned text in ``output_column`` (default: in place).

    The JSON report goes to ``<output>_report`` when ``with_report``; failures to
    ``<output>_error``. With ``num_gpus`` > 0, translation models run on the GPU (``device``
    ``cuda``) unless ``config`` names another device.
    """
    config = config or Config()
    if num_gpus and config.device == "cpu":
        config = dataclasses.replace(config, device="cuda")
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
        concurrency=concurrency,
        num_gpus=num_gpus,
    )
