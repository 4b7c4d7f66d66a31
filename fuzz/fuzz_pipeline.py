"""Coverage-guided fuzzing of the text pipeline with atheris (libFuzzer).

    python fuzz/fuzz_pipeline.py -runs=20000          # bounded, as CI runs it (fewer runs)
    python fuzz/fuzz_pipeline.py fuzz/corpus -max_total_time=600

Each input is cleaned as bytes and as text. A crash is any exception other than the documented
refusals (binary or undecodable input), or a broken invariant: cleaning clean output changes
it, or the report does not restore the input.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["normalize"]):
    import normalize
    from normalize.errors import InputError
    from normalize.read import decode
    from normalize.report import restore


def check(data: bytes) -> None:
    try:
        result = normalize.clean(data)
    except InputError:
        return  # refused with a clear error: binary or undecodable
    original = decode(data)[0]
    if restore(result.text, result.report()) != original:
        raise AssertionError("restore did not rebuild the input")
    again = normalize.clean(result.text).text
    if again != result.text:
        raise AssertionError(f"not idempotent: {result.text!r} -> {again!r}")


def test_one_input(data: bytes) -> None:
    check(data)
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    normalize.clean(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
