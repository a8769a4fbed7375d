"""Benchmarks of ndr_codes against the pure-Python way of doing the same, in the same run.

    .venv/bin/python -m pytest bindings/python/bench/bench_lookup.py

Each group pairs the package with its baseline; pytest-benchmark prints them side by side with
the ratio to the fastest in brackets. Results go to BENCHMARKS.md, section "Python".

- lookup: 1000 calls of `ndr_codes.lookup("5.1.1")` against 1000 calls of `dict.get("5.1.1")`
  on a dict prepared from the same table (target: within 3x).
- find_codes: one mail log of about 4 MB, as str and as bytes, against a `re.finditer` loop
  with the same boundary rules that builds the same (code, start, end) results (target: at
  least 5x faster).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

import ndr_codes
from ndr_codes import Status

ROOT = Path(__file__).resolve().parents[3]
CALLS = 1000

# A well-formed code that is neither preceded by an ASCII letter, digit or "." nor followed by
# an ASCII letter, a digit, or "." and a digit: the rule of find_codes, written as a regex.
# [A-Za-z0-9] and not \w, which would also match non-ASCII letters.
CODE = r"(?<![A-Za-z0-9.])[245]\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})(?![A-Za-z0-9]|\.[0-9])"
CODE_STR = re.compile(CODE)
CODE_BYTES = re.compile(CODE.encode())


def mail_log() -> str:
    """About 4 MB of log lines: the UTF-8 texts of tests/find_codes.txt (replies, NDRs, logs
    with IP addresses and version numbers), over and over."""
    lines = []
    for line in (ROOT / "tests" / "find_codes.txt").read_bytes().splitlines():
        if line and not line.startswith(b"#") and b"\\x" not in line:
            lines.append(line.partition(b"\t")[2].decode("utf-8").replace("\\n", "\n"))
    one_pass = "\n".join(lines) + "\n"
    return one_pass * (4_000_000 // len(one_pass) + 1)


LOG = mail_log()
LOG_BYTES = LOG.encode("utf-8")


def regex_loop(pattern: re.Pattern[str]) -> Callable[[str], list[tuple[str, int, int]]]:
    def find(text: str) -> list[tuple[str, int, int]]:
        return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]

    return find


def regex_loop_bytes(pattern: re.Pattern[bytes]) -> Callable[[bytes], list[tuple[bytes, int, int]]]:
    def find(text: bytes) -> list[tuple[bytes, int, int]]:
        return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]

    return find


def package_loop_str(text: str) -> list[tuple[str, int, int]]:
    return [(str(f.code), f.start, f.end) for f in ndr_codes.find_codes(text)]


def package_loop_bytes(text: bytes) -> list[tuple[bytes, int, int]]:
    return [(str(f.code).encode(), f.start, f.end) for f in ndr_codes.find_codes(text)]


def test_the_baselines_find_the_same_codes() -> None:
    assert package_loop_str(LOG) == regex_loop(CODE_STR)(LOG)
    assert package_loop_bytes(LOG_BYTES) == regex_loop_bytes(CODE_BYTES)(LOG_BYTES)
    table = {str(m): m for m in Status}
    assert ndr_codes.lookup("5.1.1") is table.get("5.1.1") is not None


@pytest.mark.benchmark(group="lookup: 1000 calls")
def test_lookup(benchmark: BenchmarkFixture) -> None:
    lookup = ndr_codes.lookup

    def run() -> None:
        for _ in range(CALLS):
            lookup("5.1.1")

    benchmark(run)


@pytest.mark.benchmark(group="lookup: 1000 calls")
def test_dict_get_baseline(benchmark: BenchmarkFixture) -> None:
    get = {str(m): m for m in Status}.get

    def run() -> None:
        for _ in range(CALLS):
            get("5.1.1")

    benchmark(run)


@pytest.mark.benchmark(group="find_codes: 4 MB str")
def test_find_codes_str(benchmark: BenchmarkFixture) -> None:
    benchmark(ndr_codes.find_codes, LOG)


@pytest.mark.benchmark(group="find_codes: 4 MB str")
def test_find_codes_str_as_tuples(benchmark: BenchmarkFixture) -> None:
    benchmark(package_loop_str, LOG)


@pytest.mark.benchmark(group="find_codes: 4 MB str")
def test_re_finditer_str_baseline(benchmark: BenchmarkFixture) -> None:
    benchmark(regex_loop(CODE_STR), LOG)


@pytest.mark.benchmark(group="find_codes: 4 MB bytes")
def test_find_codes_bytes(benchmark: BenchmarkFixture) -> None:
    benchmark(ndr_codes.find_codes, LOG_BYTES)


@pytest.mark.benchmark(group="find_codes: 4 MB bytes")
def test_re_finditer_bytes_baseline(benchmark: BenchmarkFixture) -> None:
    benchmark(regex_loop_bytes(CODE_BYTES), LOG_BYTES)
