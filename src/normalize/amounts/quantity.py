"""The value the amount parsers return."""

from __future__ import annotations

from typing import NamedTuple

from normalize.amounts.format import english_amount, format_number


class Quantity(NamedTuple):
    """One amount found in a text. A named tuple: immutable, since the parse cache hands the same
    ones to every stage, and built in a third of a frozen dataclass's time (the parsers build
    one for every figure of every block).

    ``value`` is in the currency's base unit for money (3e10 for "$30 billion"), the number of
    ``unit`` for SI figures ("5 GW" is 5), percentage points for "%", else a plain count.
    ``currency`` is an ISO 4217 code, or ``"CNY|JPY"`` for a bare ¥ nothing has resolved.
    """

    start: int
    end: int
    text: str
    value: float
    lang: str  # the language the amount is written in: en, zh or vi
    currency: str | None = None
    unit: str | None = None  # SI unit symbol, or "%"
    low: float | None = None  # the lower end of a range ("$40-60 billion")
    scale: str | None = None  # the scale as written: "billion", "B", "bn"; None when there is none
    glued: bool = False  # no space between figure and unit: "5GW"
    approximate: bool = False  # written with "~"
    # Where the parts sit (absolute offsets; -1 when absent), for the formatting rules.
    number_end: int = -1
    scale_end: int = -1
    unit_start: int = -1

    def shifted(self, offset: int) -> Quantity:
        """The same amount with every offset moved by ``offset`` (from a part to its whole)."""

        def move(at: int) -> int:
            return at + offset if at >= 0 else at

        return self._replace(
            start=self.start + offset,
            end=self.end + offset,
            number_end=move(self.number_end),
            scale_end=move(self.scale_end),
            unit_start=move(self.unit_start),
        )

    @property
    def english(self) -> str:
        """The amount written the way an English article would."""
        if self.unit == "%":
            return format_number(self.value) + "%"
        if self.unit:
            return english_amount(self.value, None) + " " + self.unit
        return english_amount(self.value, self.currency)

    @property
    def is_money(self) -> bool:
        return self.currency is not None

    @property
    def is_range(self) -> bool:
        return self.low is not None
