"""`ndr_codes.explain` and `Code.explain`: an answer for every well-formed code."""

from __future__ import annotations

import pytest

from ndr_codes import Code, Explanation, Status, explain


def missing_codes(class_: int) -> list[Code]:
    """Codes of `class_` with subjects 0-7 the catalog does not hold."""
    return [
        code
        for subject in range(8)
        for detail in range(1000)
        if (code := Code(f"{class_}.{subject}.{detail}")).status is None
    ]


def test_catalog_codes_are_exact() -> None:
    for member in Status:
        explanation = explain(str(member))
        assert explanation.level == "exact"
        assert explanation.status is member
        assert explanation.code == member.code
        assert explanation.title == member.title
        assert explanation.description == member.description
        assert explanation.remedy == member.remedy
        assert explain(member) == explanation == member.code.explain() == explain(member.code)


def test_the_other_failure_class_answers_next() -> None:
    seen = 0
    for class_, other in ((4, 5), (5, 4)):
        for code in missing_codes(class_):
            counterpart = Code(f"{other}.{code.subject}.{code.detail}").status
            explanation = code.explain()
            if counterpart is not None:
                seen += 1
                assert explanation.level == "other-class"
                assert explanation.status is counterpart
                assert explanation.remedy == counterpart.remedy
            else:
                assert explanation.level == "subject"
                assert explanation.status is None
                assert explanation.remedy is None
    assert seen > 0


def test_then_the_subject_then_the_class() -> None:
    by_subject = [explain(f"2.{subject}.999") for subject in range(8)]
    assert [e.level for e in by_subject] == ["subject"] * 8
    assert len({e.title for e in by_subject}) == 8
    by_class = [explain(f"{class_}.9.1") for class_ in (2, 4, 5)]
    assert [e.level for e in by_class] == ["class"] * 3
    assert len({e.title for e in by_class}) == 3
    assert all(e.description and e.remedy is None and e.status is None for e in by_class)


def test_repr_names_code_level_and_title() -> None:
    explanation = explain("5.9.1")
    assert isinstance(explanation, Explanation)
    assert repr(explanation) == f"<Explanation 5.9.1 (class): {explanation.title}>"


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="bad subject"):
        explain("5.01.1")
    with pytest.raises(ValueError, match="not the key of a code"):
        explain(7)
    for value in (None, 5.1, b"5.1.1"):
        with pytest.raises(TypeError, match=r"explain\(\)"):
            explain(value)  # type: ignore[arg-type]
