"""`finish-strong import FILE` with hostile files: exit 0 or a one-line error (exit 1), never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.__main__ import main
from desktop_app.paths import database_path

from .conftest import expand
from .test_hostile_json import json_value


def dump(data_dir: Path) -> list[str]:
    path = database_path(data_dir)
    if not path.exists():
        return []
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@settings(max_examples=15)
@given(content=st.text(max_size=200) | json_value.map(json.dumps)
       | json_value.map(lambda v: json.dumps({"format": "finish-strong", "version": 2, "people": [], "interviews": v}))
       | st.text(max_size=200).map(lambda t: f"BEGIN:VCALENDAR\r\n{t}\r\nEND:VCALENDAR\r\n"),
       suffix=st.sampled_from([".json", ".ics", ".txt"]))
def test_cli_import_of_anything(folder: Path, content: str, suffix: str) -> None:
    data_dir = folder / "data"
    source = folder / f"input{suffix}"
    source.write_text(expand(content), encoding="utf-8", errors="surrogatepass")
    before = dump(data_dir)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["import", str(source), "--data-dir", str(data_dir)])
    assert code in (0, 1)
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert err.getvalue().count("\n") == 1 and err.getvalue().startswith("finish-strong: ")
        assert dump(data_dir) in (before, []) or dump(data_dir)[: len(before)] == before and not before
