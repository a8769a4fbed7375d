"""`ndr_codes.parse_bounce` and `read_bounces` on the real messages of the bounce corpus
(`../shared/corpus/bounces`: emails/ and expected.jsonl), on bad input, and over folders, mbox
and gzip files."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from ndr_codes import Bounce, Code, Recipient, Status, parse_bounce, read_bounces

CORPUS = ROOT.parent / "shared" / "corpus" / "bounces"

KINDS = {"failure", "delay", "delivered", "feedback", "auto-reply", "not-bounce"}


def expected_rows() -> Iterator[dict[str, Any]]:
    with (CORPUS / "expected.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row: dict[str, Any] = json.loads(line)
                if row["has_expectation"]:
                    yield row


def message(name: str) -> bytes:
    return (CORPUS / "emails" / name).read_bytes()


@pytest.fixture(scope="module")
def parsed() -> dict[str, Bounce]:
    """Every corpus message, parsed once."""
    return {path.name: parse_bounce(path.read_bytes()) for path in sorted((CORPUS / "emails").iterdir())}


def test_the_corpus_is_there(parsed: dict[str, Bounce]) -> None:
    assert len(parsed) >= 200


def test_every_message_reads_with_consistent_fields(parsed: dict[str, Bounce]) -> None:
    for name, bounce in parsed.items():
        assert bounce.kind in KINDS, name
        assert isinstance(bounce.format, str) and bounce.format, name
        assert len(bounce) == len(bounce.recipients)
        for r in bounce.recipients:
            assert isinstance(r, Recipient)
            assert r.address, name
            assert r.reason and r.rule, name
            if r.code is None:
                assert r.status is None, name
            else:
                assert isinstance(r.code, Code)
                assert r.status == r.code.status, name
            if r.rule.startswith("status:") and r.status is not None:
                # Decided by the code's catalog entry: the reason is that entry's.
                assert r.reason == r.status.reason, name
            assert r.reply_code is None or 200 <= r.reply_code <= 599, name
        # Plain values only: the dict is ready for JSON.
        assert json.loads(json.dumps(bounce.to_dict()))["kind"] == bounce.kind


def test_non_bounces_are_not_failures(parsed: dict[str, Bounce]) -> None:
    for row in expected_rows():
        if not row["expect_bounce"]:
            name = Path(row["file"]).name
            assert parsed[name].kind not in {"failure", "delay"}, name


def test_to_dict_says_what_the_attributes_say(parsed: dict[str, Bounce]) -> None:
    # How often the parser is right is the Rust suite's and `cargo xtask eval-bounces`' to
    # assert (the C suite checks that C sees every field Rust reads); here, that both views agree.
    for bounce in parsed.values():
        for r in bounce.recipients:
            d = r.to_dict()
            assert d["code"] == (None if r.code is None else str(r.code))
            assert d["status"] == (None if r.status is None else r.status.notation)
            assert d["reason"] == r.reason and d["hard"] == r.hard


def test_a_dsn_in_detail() -> None:
    bounce = parse_bounce(message("rfc3464-01.eml"))
    assert (bounce.kind, bounce.format) == ("failure", "rfc3464")
    assert len(bounce.recipients) == 1
    r = bounce.recipients[0]
    assert r.code == Code("5.1.1")
    assert r.status is Status("5.1.1")
    assert r.action == "failed"
    assert r.status_source in {"dsn-status", "diagnostic"}
    d = r.to_dict()
    assert d["code"] == "5.1.1" and d["address"] == r.address and d["hard"] is r.hard
    assert set(d) == {
        "address",
        "original_address",
        "action",
        "code",
        "status",
        "status_source",
        "reply_code",
        "diagnostic",
        "remote_mta",
        "command",
        "reason",
        "rule",
        "hard",
    }
    assert "Recipient" in repr(r) and "Bounce" in repr(bounce)


def test_mail_that_is_no_bounce() -> None:
    bounce = parse_bounce(b"From: a@example.com\r\nTo: b@example.com\r\nSubject: lunch\r\n\r\nNoon?\r\n")
    assert bounce.kind == "not-bounce"
    assert bounce.recipients == []


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"", "empty"), (b"   \r\n", "empty"), (b"\x00\x01 not a message at all \xff", "not a mail message")],
)
def test_input_that_is_no_message_is_a_value_error(data: bytes, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_bounce(data)


@pytest.mark.parametrize("value", ["From: a@b\r\n\r\nhi", 42, None, memoryview(b"x"), [b"x"]])
def test_wrong_types_are_type_errors(value: object) -> None:
    with pytest.raises(TypeError, match=r"parse_bounce\(\) expects"):
        parse_bounce(value)  # type: ignore[arg-type]


def test_bytearray_non_utf8_and_truncated_input() -> None:
    raw = message("rfc3464-01.eml")
    assert parse_bounce(bytearray(raw)).to_dict() == parse_bounce(raw).to_dict()
    assert parse_bounce(b"Subject: \xff\xfe\r\nFrom: \xc3\x28\r\n\r\n\xff\x00 body").kind in KINDS
    for cut in range(1, len(raw), 499):
        try:
            bounce = parse_bounce(raw[:cut])
        except ValueError:
            continue
        assert bounce.kind in KINDS


def test_threads_parse_in_parallel_with_the_same_results(parsed: dict[str, Bounce]) -> None:
    names = sorted(parsed)[:40]

    def parse(name: str) -> dict[str, Any]:
        return parse_bounce(message(name)).to_dict()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(parse, names * 3))
    assert results == [parsed[n].to_dict() for n in names * 3]


def test_read_bounces_walks_files_mbox_and_gzip(tmp_path: Path) -> None:
    names = ["rfc3464-01.eml", "lhost-postfix-02.eml", "lhost-exim-01.eml"]
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.eml").write_bytes(message(names[0]))
    (folder / "sub" / "b.eml.gz").write_bytes(gzip.compress(message(names[1])))
    mbox = b"".join(b"From MAILER-DAEMON Tue Dec  1 10:00:00 2026\n" + message(n).replace(b"\r\n", b"\n") + b"\n" for n in names)
    (folder / "box.mbox").write_bytes(mbox)

    read = list(read_bounces(folder))
    sources = [source for source, _ in read]
    assert len(read) == 5, sources
    assert all(isinstance(b, Bounce) for _, b in read)
    assert [s for s in sources if "box.mbox" in s] == [f"{folder / 'box.mbox'}:{n}" for n in (1, 2, 3)]
    by_source = dict(read)
    assert by_source[str(folder / "a.eml")].to_dict() == parse_bounce(message(names[0])).to_dict()
    assert by_source[str(folder / "sub" / "b.eml.gz")].to_dict() == parse_bounce(message(names[1])).to_dict()
    # A str path reads the same.
    assert [s for s, _ in read_bounces(str(folder))] == sources


def test_read_bounces_reports_bad_entries_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-empty.eml").write_bytes(b"")
    (tmp_path / "b.eml").write_bytes(message("rfc3464-01.eml"))
    with pytest.warns(RuntimeWarning, match="a-empty.eml"):
        read = list(read_bounces(tmp_path))
    assert [Path(s).name for s, _ in read] == ["b.eml"]


def test_read_bounces_bad_paths_and_types(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounces(tmp_path / "missing")
    with pytest.raises(TypeError, match=r"read_bounces\(\) expects"):
        read_bounces(42)  # type: ignore[arg-type]
    assert list(read_bounces(tmp_path)) == []
