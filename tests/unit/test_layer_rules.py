"""The rule "only store/ knows peewee and sqlite3" covers every module, also the next one added.

import-linter's forbidden contract checks only the modules it lists; a new top-level module
(another CLI command, say) would be unchecked until someone remembers to list it. This test
is that reminder, and it reads the source itself as a second opinion.
"""

from __future__ import annotations

import ast
import pkgutil
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ROOT = REPO / "desktop_app"
PYPROJECT = REPO / "pyproject.toml"
STORAGE = {"peewee", "playhouse", "sqlite3", "_sqlite3"}


def _contract(name: str) -> dict[str, Any]:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["name"] == name)


def test_the_storage_contract_lists_every_module_but_store() -> None:
    listed = set(_contract("Only store/ knows peewee and sqlite3")["source_modules"])
    modules = {f"desktop_app.{m.name}" for m in pkgutil.iter_modules([str(ROOT)])} - {"desktop_app.store"}
    assert "desktop_app.ui" in modules and "desktop_app.cli" in modules  # the walk found the package
    assert modules - listed == set(), "add these to the contract in pyproject.toml"
    assert "desktop_app.store" not in listed


def test_no_module_outside_store_imports_peewee_or_sqlite3() -> None:
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                          if n.split(".")[0] in STORAGE]
    assert offenders == []
