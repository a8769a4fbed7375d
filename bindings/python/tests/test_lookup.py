"""`ndr_codes.lookup`: the member for a code, or None; never raises on a str."""

from __future__ import annotations

import random

import pytest

from ndr_codes import Status, lookup


def status_or_none(text: str) -> Status | None:
    try:
        return Status(text)
    except ValueError:
        return None


def test_every_member_is_found_by_its_code() -> None:
    for member in Status:
        assert lookup(str(member)) is member


@pytest.mark.parametrize(
    "text",
    ["", "5", "5.1", "5.01.1", "5.1.1 ", " 5.1.1", "5.1.1\n", "5.999.999", "3.1.1", "hello",
     "5.1.1\udc80", "\udc80", "５.１.１", "5.1.1" * 10_000, "\x00", "5.1.1\x00"],
)
def test_anything_else_is_none(text: str) -> None:
    assert lookup(text) is None


def test_agrees_with_status_on_random_text() -> None:
    # Seeded: the same strings every run. Built from the characters codes are made of, so that
    # a good share of them are codes, and a few others.
    rng = random.Random(3463)
    alphabet = "0123456789.." + "245" * 3 + " x\u00e9\udc80"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 11)))
        assert lookup(text) is status_or_none(text), repr(text)


@pytest.mark.parametrize("value", [None, 5001001, b"5.1.1", bytearray(b"5.1.1"), ["5.1.1"]])
def test_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=r"lookup\(\) expects str"):
        lookup(value)  # type: ignore[arg-type]


def test_str_subclasses_are_strings() -> None:
    class Text(str):
        pass

    assert lookup(Text("5.1.1")) is Status("5.1.1")


def test_takes_exactly_one_positional_argument() -> None:
    with pytest.raises(TypeError):
        lookup()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        lookup("5.1.1", "5.1.1")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        lookup(text="5.1.1")  # type: ignore[call-arg]
