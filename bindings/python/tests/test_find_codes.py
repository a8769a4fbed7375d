"""`ndr_codes.find_codes`: codes in text, with character offsets for str, byte offsets for bytes."""

from __future__ import annotations

import pytest
from conftest import FindCase, load_find_cases

from ndr_codes import Code, Found, find_codes

CASES = load_find_cases()


def test_the_fixture_has_cases() -> None:
    assert len(CASES) > 0


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"line{c.line}")
def test_conformance_bytes(case: FindCase) -> None:
    found = find_codes(case.data)
    assert [str(f.code) for f in found] == case.expected
    for f in found:
        assert case.data[f.start : f.end] == str(f.code).encode()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"line{c.line}")
def test_conformance_str(case: FindCase) -> None:
    try:
        text = case.data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: the same case through surrogateescape, as a log reader would decode it.
        text = case.data.decode("utf-8", "surrogateescape")
    found = find_codes(text)
    assert [str(f.code) for f in found] == case.expected
    for f in found:
        assert text[f.start : f.end] == str(f.code)


def test_str_offsets_count_characters_and_bytes_offsets_count_bytes() -> None:
    text = "Zürich → 550 5.1.1 née 4.2.2 😀 5.7.1"
    as_str = find_codes(text)
    as_bytes = find_codes(text.encode("utf-8"))
    assert [str(f.code) for f in as_str] == [str(f.code) for f in as_bytes] == ["5.1.1", "4.2.2", "5.7.1"]
    assert [text[f.start : f.end] for f in as_str] == ["5.1.1", "4.2.2", "5.7.1"]
    assert [(f.start, f.end) for f in as_str] != [(f.start, f.end) for f in as_bytes]
    assert as_str[0].start == text.index("5.1.1")


def test_lone_surrogates_are_characters_too() -> None:
    text = "\udcff\udcfe 4.2.2 \udcc3 5.1.1"
    assert [(str(f.code), f.start, f.end) for f in find_codes(text)] == [("4.2.2", 3, 8), ("5.1.1", 11, 16)]


def test_found_is_a_small_value() -> None:
    (found,) = find_codes("[5.1.1]")
    assert isinstance(found, Found)
    assert (found.code, found.start, found.end) == (Code("5.1.1"), 1, 6)
    assert found == find_codes(b"[5.1.1]")[0]
    assert hash(found) == hash(find_codes("[5.1.1]")[0])
    assert repr(found) == "Found(code=Code('5.1.1'), start=1, end=6)"


def test_large_text_str_and_bytes_agree() -> None:
    line = "Mar  7 mx postfix/smtp[1]: to=<b@é.example>, dsn=5.1.1, status=bounced (550 5.1.1 unknown) from 10.5.1.1\n"
    text = line * 20_000
    as_str = find_codes(text)
    as_bytes = find_codes(text.encode())
    assert len(as_str) == len(as_bytes) == 40_000
    assert all(text[f.start : f.end] == "5.1.1" for f in as_str)
    assert [f.code for f in as_str] == [f.code for f in as_bytes]


def test_empty_and_codeless_text() -> None:
    assert find_codes("") == []
    assert find_codes(b"") == []
    assert find_codes("no codes here, only 10.5.1.1 and v5.1.1") == []


@pytest.mark.parametrize("value", [None, 42, bytearray(b"5.1.1"), memoryview(b"5.1.1"), ["5.1.1"]])
def test_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=r"find_codes\(\) expects str or bytes"):
        find_codes(value)  # type: ignore[arg-type]


def test_str_subclasses_are_read_as_str() -> None:
    class Sneaky(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:  # type: ignore[override]
            return b"nothing to see"

    text = Sneaky("é 550 5.1.1")
    assert [(str(f.code), f.start, f.end) for f in find_codes(text)] == [("5.1.1", 6, 11)]
