"""`ndr_codes.Status`: a real IntEnum whose members know their catalog entry."""

from __future__ import annotations

import copy
import enum
import pickle

import pytest

from ndr_codes import Code, Status


def ranges() -> list[Status]:
    return [m for m in Status if "-" in m.notation]


def range_codes(member: Status) -> list[str]:
    """Every code a range entry covers: `5.7.606-649` -> 5.7.606, 5.7.607, ..., 5.7.649."""
    first, last = member.notation.split("-")
    class_, subject, detail = first.split(".")
    return [f"{class_}.{subject}.{d}" for d in range(int(detail), int(last) + 1)]


def test_is_an_int_enum_in_code_order() -> None:
    assert issubclass(Status, enum.IntEnum)
    members = list(Status)
    assert members == sorted(members, key=int)
    assert all(isinstance(m, int) for m in members)


def test_the_design_examples() -> None:
    member = Status("5.1.1")
    assert member is Status.BAD_DESTINATION_MAILBOX is Status(5001001)
    assert member == 5001001
    assert str(member) == "5.1.1"
    assert repr(member) == "<Status.BAD_DESTINATION_MAILBOX: 5.1.1>"
    assert member.reason == "user-unknown"
    assert Status("5.7.620") is Status.BANNED_SENDING_IP


@pytest.mark.parametrize("member", list(Status), ids=str)
def test_every_member_round_trips(member: Status) -> None:
    code = str(member)
    assert code == member.notation.split("-")[0]
    assert Status(code) is member
    assert Status(member.value) is member
    assert Status(Code(code)) is member
    assert Status[member.name] is member
    assert f"{member}" == code
    assert f"{member:>12}" == code.rjust(12)
    assert repr(member) == f"<Status.{member.name}: {member.notation}>"
    assert pickle.loads(pickle.dumps(member)) is member
    assert copy.copy(member) is member
    assert copy.deepcopy(member) is member


def test_codes_inside_a_range_give_the_range() -> None:
    for member in ranges():
        for code in range_codes(member):
            found = Status(code)
            # A single code inside a range may have an entry of its own; it wins.
            assert found is member or found.notation == code, (code, found)
            assert Status(int(Code(code))) is found


def test_sender_is_the_step_for_the_person_who_got_the_ndr() -> None:
    step = Status("5.1.1").sender
    assert isinstance(step, str) and "address" in step
    assert Status.MAILBOX_FULL.sender and Status.DELIVERY_TIME_EXPIRED.sender
    assert Status.SUCCESS.sender is None
    assert all(m.sender is None or m.sender.strip() == m.sender != "" for m in Status)


def test_applies_to_says_which_systems_use_which_meaning() -> None:
    both = Status("5.4.8").applies_to
    assert both.index("Exchange Online") < both.index("Exchange 2000")
    assert "RFC 3463" in Status.BAD_DESTINATION_MAILBOX.applies_to
    assert all(isinstance(m.applies_to, str) and m.applies_to for m in Status)


def test_class_predicates_follow_the_class_digit() -> None:
    for member in Status:
        digit = str(member)[0]
        assert member.is_success == (digit == "2")
        assert member.is_transient == (digit == "4")
        assert member.is_permanent == (digit == "5")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input"),
        ("5.01.1", "bad subject at byte 2"),
        ("3.1.1", "bad class at byte 0"),
        ("5.1.1000", "bad detail at byte 4"),
        ("5.1.1 ", "unexpected input after the code at byte 5"),
        (" 5.1.1", "bad class at byte 0"),
        ("5.1.1\udc80", "unexpected input after the code at byte 5"),
        ("５.1.1", "bad class at byte 0"),
        ("5.1.1" * 1000, "unexpected input after the code"),
        ("5.999.999", "the catalog has no entry"),
    ],
)
def test_bad_codes_raise_value_error_saying_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Status(text)


@pytest.mark.parametrize("value", [0, -1, 3_001_001, 5_999_999, 2**70])
def test_bad_values_raise_value_error(value: int) -> None:
    with pytest.raises(ValueError):
        Status(value)


@pytest.mark.parametrize("value", [None, 5.0, b"5.1.1", ["5.1.1"], True, object()])
def test_other_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="Status"):
        Status(value)


def test_from_diagnostic_finds_every_listed_token() -> None:
    listed = 0
    for member in Status:
        for token in member.diagnostics:
            listed += 1
            assert Status.from_diagnostic(token) is member
            assert Status.from_diagnostic(token.lower()) is member
            assert Status.from_diagnostic(token.upper()) is member
    assert listed > 0
    assert Status.from_diagnostic("NO.SUCH.Token") is None
    assert Status.from_diagnostic("") is None
    assert Status.from_diagnostic("\udc80") is None
    with pytest.raises(TypeError):
        Status.from_diagnostic(42)  # type: ignore[arg-type]
