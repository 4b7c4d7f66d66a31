"""Writing amounts in English: "$30 billion", "1.2 trillion yuan", "500,000 dong", "5 GW"."""

from __future__ import annotations

from normalize.resources import metric_terms

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value: float) -> str:
    """``1234.5`` -> ``1,234.5``; at most four decimals, no trailing zeros."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def english_amount(value: float, currency: str | None) -> str:
    """``3e10, "USD"`` -> ``$30 billion``; below a million the figure is written out in full."""
    number = format_number(value)
    for scale, word in _SCALES:
        if value >= scale:
            number = format_number(round(value / scale, 4)) + " " + word
            break
    if currency == "CNY|JPY":
        return "¥" + number
    symbol = metric_terms()["currency_english"].get(currency or "", "")
    if symbol.startswith(" "):
        return number + symbol
    return symbol + number
