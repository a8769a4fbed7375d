"""The stubs name exactly what the modules have. (stubtest, run by `cargo xtask test`, also
compares the signatures; this check runs with pytest alone.)"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from types import ModuleType

import pytest

import ndr_codes
from ndr_codes import _native


def stub_of(module: ModuleType) -> ast.Module:
    path = Path(str(module.__file__))
    return ast.parse(path.with_name(path.name.split(".")[0] + ".pyi").read_text(encoding="utf-8"))


def stub_all(tree: ast.Module) -> set[str]:
    """The names in the stub's `__all__ = [...]`, with those of any `__all__ += [...]`."""
    names: set[str] | None = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            names = set(ast.literal_eval(node.value))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "__all__":
            assert names is not None, "`__all__ +=` before `__all__ =`"
            names |= set(ast.literal_eval(node.value))
    assert names is not None, "the stub has no __all__"
    return names


def declared(body: list[ast.stmt]) -> set[str]:
    """Functions, classes, assignments and re-exports declared in a stub body."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom) and node.module != "typing":
            names.update(alias.asname or alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("name", ["ndr_codes", "ndr_codes._native", "ndr_codes._status"])
def test_stub_exports_what_the_module_exports(name: str) -> None:
    module = importlib.import_module(name)
    tree = stub_of(module)
    assert stub_all(tree) == set(module.__all__)
    assert set(module.__all__) <= declared(tree.body)
    assert all(hasattr(module, n) for n in module.__all__)


def test_native_classes_declare_exactly_their_public_attributes() -> None:
    for node in stub_of(_native).body:
        if isinstance(node, ast.ClassDef):
            runtime = getattr(_native, node.name)
            actual = {n for n in dir(runtime) if not n.startswith("_")}
            stubbed = {n for n in declared(node.body) if not n.startswith("_")}
            assert stubbed == actual, node.name


def test_status_stub_lists_every_member_and_property() -> None:
    (status,) = [n for n in stub_of(ndr_codes._status).body if isinstance(n, ast.ClassDef)]
    names = declared(status.body)
    assert {n for n in names if n.isupper()} == set(ndr_codes.Status.__members__)
    for name in (n for n in names if not n.isupper() and not n.startswith("_")):
        assert hasattr(ndr_codes.Status, name), name
