"""Batches: many files or a JSONL stream through one Normalizer per worker, in input order.

A bad record (unreadable file, binary data, broken JSON line, missing field) is reported with
its number, source and reason, and the rest goes on. Memory stays bounded whatever the input
size: at most two chunks per worker are in flight at any time. ``work`` holds the records and
the workers, ``runs`` the two kinds of run (files into a folder, JSONL into JSONL).
"""

from normalize.batch.runs import Options, Progress, output_targets, run_files, run_jsonl
from normalize.batch.work import (
    Outcome,
    Record,
    Summary,
    clean_record,
    decode_line,
    error_line,
    expand_inputs,
    file_records,
    jsonl_lines,
    output_row,
    process,
)

__all__ = [
    "Options",
    "Outcome",
    "Progress",
    "Record",
    "Summary",
    "clean_record",
    "decode_line",
    "error_line",
    "expand_inputs",
    "file_records",
    "jsonl_lines",
    "output_row",
    "output_targets",
    "process",
    "run_files",
    "run_jsonl",
]
