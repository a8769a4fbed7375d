"""`ndr_codes.classify` on every case of the shared fixture tests/reasons.txt (all must agree,
as in the Rust suite), and its inputs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import ROOT

from ndr_codes import Classification, Code, Status, classify


@dataclass(frozen=True)
class ReasonCase:
    """One line of tests/reasons.txt: TEXT, TAB, REASON, optionally TAB, REMOTE-HOST."""

    line: int
    text: str
    reason: str
    remote_host: str | None


def load_reason_cases() -> list[ReasonCase]:
    cases = []
    text = (ROOT / "tests" / "reasons.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) in (2, 3), f"tests/reasons.txt:{number}: expected TEXT<TAB>REASON[<TAB>HOST]"
        cases.append(ReasonCase(number, fields[0], fields[1], fields[2] if len(fields) == 3 else None))
    return cases


CASES = load_reason_cases()


def test_the_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 300


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"line{c.line}")
def test_every_case_gives_its_reason(case: ReasonCase) -> None:
    got = classify(case.text, remote_host=case.remote_host)
    assert got.reason == case.reason, f"rule {got.rule}"
    # bytes read the same as str.
    assert classify(case.text.encode(), remote_host=case.remote_host) == got


def test_the_code_decides_when_no_phrase_does() -> None:
    got = classify("550 5.1.1 <someone@example.com>")
    assert isinstance(got, Classification)
    assert got.code == Code("5.1.1")
    assert got.reason == Status("5.1.1").reason
    assert got.rule == "status:5.1.1"
    assert "status:5.1.1" in repr(got)
    assert hash(got) == hash(classify(b"550 5.1.1 <someone@example.com>"))


def test_keywords_add_what_is_known() -> None:
    text = "550 Message rejected"
    given = classify(text, code="5.2.2")
    assert given.code == Code("5.2.2")
    assert classify(text, code=Code("5.2.2")) == given == classify(text, code=5002002)
    assert classify(text, remote_host=None, reporting_mta=None) == classify(text)
    assert classify(text, reporting_mta=b"mta.example.org").reason


def test_any_text_gets_an_answer() -> None:
    assert classify("").reason == "undefined"
    assert classify("").code is None
    assert classify(b"\xff\xfe 550 \x00 mailbox full \xc3").reason
    assert classify("lone \udcff surrogate 550 5.1.1").code == Code("5.1.1")


@pytest.mark.parametrize("value", [42, None, 5.1, ["550"], bytearray(b"550")])
def test_wrong_types_are_type_errors(value: object) -> None:
    with pytest.raises(TypeError, match=r"classify\(\) expects str or bytes"):
        classify(value)  # type: ignore[arg-type]


def test_bad_keywords() -> None:
    with pytest.raises(TypeError, match="remote_host"):
        classify("550", remote_host=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        classify("550", code="5.01.1")
    with pytest.raises(TypeError):
        classify("550", "mx.example.com")  # type: ignore[misc]
