"""The Python enum, the native table and catalog.yaml describe the same entries."""

from __future__ import annotations

import json

from conftest import count_code_lines, load_catalog_entries, upper_snake

from ndr_codes import Code, Status, _native


def native_dump() -> str:
    """The native table as JSON, built only from `_native` (no Python enum involved)."""
    rows = []
    for key in _native.status_values():
        row = {
            "key": key,
            "code": _native.status_str(key),
            "notation": _native.status_notation(key),
            "name": upper_snake(_native.status_name(key)),
        }
        for field in _native.status_fields():
            value = getattr(_native, f"status_{field}")(key)
            row[field] = list(value) if isinstance(value, tuple) else value
        rows.append(row)
    return json.dumps(rows, indent=1, sort_keys=True)


def enum_dump() -> str:
    """The same JSON, built from the members of the Python enum."""
    rows = []
    for member in Status:
        row = {"key": member.value, "code": str(member), "notation": member.notation, "name": member.name}
        for field in _native.status_fields():
            value = getattr(member, field)
            row[field] = list(value) if isinstance(value, tuple) else value
        rows.append(row)
    return json.dumps(rows, indent=1, sort_keys=True)


def test_every_field_is_a_property_of_its_type() -> None:
    fields = _native.status_fields()
    assert {"title", "description", "remedy", "reason", "references"} <= set(fields)
    for field in fields:
        assert isinstance(getattr(Status, field), property), field


def test_enum_equals_native_table() -> None:
    assert enum_dump() == native_dump()


def test_every_catalog_entry_is_a_member() -> None:
    assert len(Status) == count_code_lines() == len(_native.status_values())
    assert len(Status) > 0


def test_members_follow_the_catalog_ids_and_codes_in_order() -> None:
    catalog = load_catalog_entries()
    assert len(catalog) == count_code_lines()
    assert [(m.notation, m.name) for m in Status] == [
        (entry.notation, upper_snake(entry.id)) for entry in catalog
    ]
    assert [_native.status_name(m) for m in Status] == [entry.id for entry in catalog]


def test_values_are_the_codes_numeric_keys_in_code_order() -> None:
    values = [m.value for m in Status]
    assert values == sorted(values)
    for member in Status:
        code = Code(str(member))
        assert member.value == int(code) == code.class_ * 1_000_000 + code.subject * 1_000 + code.detail
        assert member.code == code


def test_text_fields_have_their_types() -> None:
    for member in Status:
        for text in (member.title, member.description, member.remedy, member.reason, member.actor, member.origin):
            assert isinstance(text, str) and text.strip(), (member, text)
        assert member.exchange is None or member.exchange.strip()
        assert member.note is None or member.note.strip()
        assert member.smtp_replies and all(isinstance(r, int) for r in member.smtp_replies)
        assert all(r // 100 == member.code.class_ for r in member.smtp_replies)
        assert member.references and all(isinstance(r, str) for r in member.references)
        assert all(isinstance(d, str) for d in member.diagnostics)
        assert member.actor in {"sender", "sender-admin", "recipient", "recipient-admin", "none"}
        assert member.origin in {"iana", "exchange", "exchange-online", "vendor"}
