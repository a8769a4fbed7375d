"""`ndr_codes.Code`: any well-formed code, known to the catalog or not."""

from __future__ import annotations

import copy
import pickle

import pytest

from ndr_codes import Code, Status


@pytest.mark.parametrize("text", ["2.0.0", "5.1.1", "4.4.7", "5.7.606", "5.999.999", "4.0.10"])
def test_well_formed_codes_parse_and_print_back(text: str) -> None:
    code = Code(text)
    class_, subject, detail = (int(part) for part in text.split("."))
    assert (code.class_, code.subject, code.detail) == (class_, subject, detail)
    assert str(code) == text
    assert repr(code) == f"Code('{text}')"
    assert int(code) == class_ * 1_000_000 + subject * 1_000 + detail
    assert Code(int(code)) == code
    assert Code(code) == code
    assert (code.is_success, code.is_transient, code.is_permanent) == (
        class_ == 2,
        class_ == 4,
        class_ == 5,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input at byte 0"),
        ("3.1.1", "bad class at byte 0"),
        ("5", "bad class at byte 1"),
        ("5.", "bad subject at byte 2"),
        ("5.01.1", "bad subject at byte 2"),
        ("5.1000.1", "bad subject at byte 2"),
        ("5.1", "bad subject at byte 3"),
        ("5.1.", "bad detail at byte 4"),
        ("5.1.01", "bad detail at byte 4"),
        ("5.1.1.", "unexpected input after the code at byte 5"),
        ("5.1.é", "bad detail at byte 4"),
    ],
)
def test_malformed_codes_raise_value_error_with_the_parsers_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        Code(text)
    assert repr(text) in str(error.value)


def test_long_input_is_cut_in_the_message() -> None:
    with pytest.raises(ValueError) as error:
        Code("x" * 10_000)
    assert len(str(error.value)) < 200


@pytest.mark.parametrize("value", [None, 5.1, b"5.1.1", ("5.1.1",), False])
def test_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="Code"):
        Code(value)  # type: ignore[arg-type]


def test_equality_hashing_and_order_are_by_value() -> None:
    assert Code("5.1.1") == Code("5.1.1")
    assert hash(Code("5.1.1")) == hash(Code("5.1.1"))
    assert len({Code("5.1.1"), Code("5.1.1"), Code("4.1.1")}) == 2
    assert Code("5.1.1") != "5.1.1"
    texts = ["5.1.10", "5.1.2", "4.9.9", "2.0.0", "5.10.0", "5.1.1"]
    assert [str(c) for c in sorted(map(Code, texts))] == ["2.0.0", "4.9.9", "5.1.1", "5.1.2", "5.1.10", "5.10.0"]
    assert Code("4.7.1") < Code("5.0.0") <= Code("5.0.0") < Code("5.0.1")
    with pytest.raises(TypeError):
        Code("5.1.1") < "5.1.2"  # type: ignore[operator]


def test_pickle_and_copy() -> None:
    code = Code("5.7.620")
    assert pickle.loads(pickle.dumps(code)) == code
    assert copy.copy(code) == code
    assert copy.deepcopy(code) == code


def test_status_is_the_entry_the_range_or_none() -> None:
    for member in Status:
        assert member.code.status is member
    assert Code("5.999.999").status is None
    assert Code("5.7.620").status is Status("5.7.620")


def test_the_key_must_be_a_code() -> None:
    for bad in [0, -5, 3_000_000, 6_000_000, 2**40]:
        with pytest.raises(ValueError, match="not the key of a code"):
            Code(bad)


def test_key_is_the_numeric_key_of_code_and_status() -> None:
    code = Code("5.7.620")
    assert code.key == int(code) == 5_007_620
    assert Code(code.key) == code
    member = Status.BAD_DESTINATION_MAILBOX
    assert member.key == member.value == Code("5.1.1").key == 5_001_001
    assert all(Status(m.key) is m for m in Status)


def test_version_is_the_version_the_package_was_built_from() -> None:
    import importlib.metadata

    import ndr_codes

    assert ndr_codes.__version__ == importlib.metadata.version("ndr-codes")
    assert ndr_codes.__version__.count(".") >= 2
