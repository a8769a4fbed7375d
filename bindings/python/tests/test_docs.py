"""The examples in the package docstring and in bindings/python/README.md run as written."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import ndr_codes

README = Path(__file__).resolve().parents[1] / "README.md"


def test_package_docstring_examples() -> None:
    result = doctest.testmod(ndr_codes, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_readme_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert blocks, "README.md has no python example"
    for block in blocks:
        exec(compile(block, str(README), "exec"), {})
    assert "5.1.1" in capsys.readouterr().out
