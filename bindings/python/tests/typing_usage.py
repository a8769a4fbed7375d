"""Typical user code. `mypy --strict` must accept it (run by `cargo xtask test`), and
test_typing_usage.py runs it, so the types it relies on are the ones the package has."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import ndr_codes
from ndr_codes import Bounce, Classification, Code, Explanation, Found, Recipient, Status


def describe(text: str) -> str:
    status: Status | None = ndr_codes.lookup(text)
    if status is None:
        explanation: Explanation = ndr_codes.explain(text)
        remedy = explanation.remedy or "no specific remedy"
        return f"{explanation.code} ({explanation.level}): {explanation.title}. {remedy}"
    exchange: str | None = status.exchange
    parts = [f"{status} {status.title}", status.remedy]
    if exchange is not None:
        parts.append(exchange)
    return "\n".join(parts)


def permanent_failures(lines: Iterable[str | bytes]) -> Counter[Status]:
    counts: Counter[Status] = Counter()
    for line in lines:
        matches: list[Found] = ndr_codes.find_codes(line)
        for match in matches:
            code: Code = match.code
            entry = code.status
            if entry is not None and entry.is_permanent:
                counts[entry] += 1
            span: tuple[int, int] = (match.start, match.end)
            assert span[0] < span[1]
    return counts


def table() -> dict[str, tuple[int, str, tuple[int, ...], tuple[str, ...]]]:
    return {
        str(member): (member.value, member.reason, member.smtp_replies, member.references)
        for member in Status
        if member.is_transient or member.is_permanent or member.is_success
    }


def parse_or_none(text: str) -> Code | None:
    try:
        return Code(text)
    except ValueError:
        return None


def hard_bounces(messages: Iterable[bytes]) -> dict[str, tuple[str | None, str]]:
    """Addresses to remove from a list: their code (or None) and reason."""
    out: dict[str, tuple[str | None, str]] = {}
    for raw in messages:
        bounce: Bounce = ndr_codes.parse_bounce(raw)
        for r in bounce.recipients:
            if r.hard:
                out[r.address] = (None if r.code is None else str(r.code), r.reason)
    return out


def bounce_reasons(folder: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _source, bounce in ndr_codes.read_bounces(folder):
        recipients: list[Recipient] = bounce.recipients
        counts.update(r.reason for r in recipients)
    return counts


def reasons_of(lines: Iterable[str | bytes], host: str | None = None) -> Counter[str]:
    """How many lines give each reason, and by which rules."""
    counts: Counter[str] = Counter()
    for line in lines:
        found: Classification = ndr_codes.classify(line, remote_host=host)
        code: Code | None = found.code
        counts[f"{found.reason} ({found.rule}, {code})"] += 1
    return counts


def main() -> None:
    member = Status("5.1.1")
    assert member is Status.BAD_DESTINATION_MAILBOX
    assert Status(5001001) is member
    same: Status = Status(Code("5.1.1"))
    assert same is member
    code: Code = member.code
    numbers: tuple[int, int, int] = (code.class_, code.subject, code.detail)
    assert int(code) == numbers[0] * 1_000_000 + numbers[1] * 1_000 + numbers[2]
    assert sorted([Code("5.1.2"), Code("5.1.1")])[0] == code
    notation: str = member.notation
    diagnostics: tuple[str, ...] = member.diagnostics
    note: str | None = member.note
    actor: str = member.actor
    origin: str = member.origin
    by_token = Status.from_diagnostic(diagnostics[0]) if diagnostics else None
    assert by_token in (None, member)
    print(describe("5.1.1"), describe("4.1.99"), notation, note, actor, origin, sep="\n")
    print(permanent_failures(["550 5.1.1 unknown", b"dsn=5.1.1 status=bounced"]))
    print(len(table()), parse_or_none("5.01.1"), member.is_success, member.description[:10])
    dsn = (
        b"From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n"
        b"<nobody@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 <nobody@example.jp>:"
        b" Recipient address rejected: User unknown\r\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "dsn.eml").write_bytes(dsn)
        print(hard_bounces([dsn]), bounce_reasons(folder))
    print(reasons_of(["550 5.1.1 <a@example.com>... User unknown", b"452 4.2.2 Mailbox full"]))


if __name__ == "__main__":
    main()
