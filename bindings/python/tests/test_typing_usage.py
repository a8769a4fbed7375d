"""The typed user code of typing_usage.py also runs."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest


def test_typing_usage_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(Path(__file__).with_name("typing_usage.py")), run_name="__main__")
    output = capsys.readouterr().out
    assert "5.1.1" in output
    assert "4.1.99 (subject)" in output
