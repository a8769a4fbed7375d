"""Shared helpers: where the repository is, and the language-neutral fixtures it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

# bindings/python/tests -> the repository root.
ROOT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class FindCase:
    """One line of tests/find_codes.txt."""

    line: int
    expected: list[str]
    data: bytes


_ESCAPE = re.compile(rb"\\(x[0-9A-Fa-f]{2}|[tnr\\])")
_SIMPLE = {b"t": b"\t", b"n": b"\n", b"r": b"\r", b"\\": b"\\"}


def _unescape(text: bytes) -> bytes:
    def replace(match: re.Match[bytes]) -> bytes:
        escape = match.group(1)
        if escape.startswith(b"x"):
            return bytes([int(escape[1:], 16)])
        return _SIMPLE[escape]

    return _ESCAPE.sub(replace, text)


def load_find_cases() -> list[FindCase]:
    """Every case of tests/find_codes.txt (format in its header)."""
    cases = []
    raw = (ROOT / "tests" / "find_codes.txt").read_bytes()
    for number, line in enumerate(raw.split(b"\n"), start=1):
        line = line.rstrip(b"\r")
        if not line or line.startswith(b"#"):
            continue
        expected, sep, text = line.partition(b"\t")
        assert sep, f"tests/find_codes.txt:{number}: no tab between EXPECTED and TEXT"
        codes = [] if expected == b"-" else expected.decode("ascii").split(" ")
        cases.append(FindCase(number, codes, _unescape(text)))
    return cases


@dataclass(frozen=True)
class CatalogEntry:
    """The code (or range) and id of one entry, read from catalog.yaml without a YAML parser."""

    notation: str
    id: str


def load_catalog_entries() -> list[CatalogEntry]:
    """Entries of catalog.yaml: each `- code:` line and the `id:` line that follows it."""
    entries: list[CatalogEntry] = []
    code: str | None = None
    for line in (ROOT / "catalog.yaml").read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^\s*- code:\s*(\S+)\s*$", line):
            code = match.group(1).strip("\"'")
        elif code is not None and (match := re.match(r"^\s+id:\s*(\w+)\s*$", line)):
            entries.append(CatalogEntry(code, match.group(1)))
            code = None
    return entries


def count_code_lines() -> int:
    """How many `- code:` lines catalog.yaml has: one per entry."""
    text = (ROOT / "catalog.yaml").read_text(encoding="utf-8")
    return len(re.findall(r"^\s*- code:", text, flags=re.MULTILINE))


def upper_snake(identifier: str) -> str:
    """`BadDestinationMailbox` -> `BAD_DESTINATION_MAILBOX`, the rule the generator follows:
    a word starts at a capital after a lower-case letter or digit, or at the last capital of
    an acronym followed by a lower-case letter (`DKIMFailed` -> `DKIM_FAILED`)."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", identifier)
    return words.upper()


@pytest.fixture(scope="session")
def find_cases() -> list[FindCase]:
    return load_find_cases()
