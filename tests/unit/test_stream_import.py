"""Streaming JSON import: the same result as the whole-document path, all or nothing, cancellable."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from desktop_app.store import json_stream, json_stream_import
from desktop_app.store.demo import generate_demo
from desktop_app.store.email_store import save_draft
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.interchange import export_json, write_json
from desktop_app.store.json_stream_import import check_file_header, import_json_file
from desktop_app.store.search import search

from .conftest import MakeInterview
from .test_interchange import NOW, add_unusual_interview, counts, filled, switch_to_new_database  # noqa: F401
from .test_reply_interchange import with_findings  # noqa: F401

pytestmark = pytest.mark.usefixtures("db")


class Cancelled(Exception):
    pass


def _file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_a_streamed_import_gives_back_the_same_export(filled: str, tmp_path: Path) -> None:  # noqa: F811
    switch_to_new_database(tmp_path / "other")
    assert import_json_file(_file(filled)) == (52, len(json.loads(filled)["people"]))
    assert export_json() == filled
    assert search("marathon")  # the index was built
    assert import_json_file(_file(filled))[0] == 52  # again, now matched by id: nothing doubles
    assert export_json() == filled


def test_mail_and_cards_stream_in_too(make_interview: MakeInterview, tmp_path: Path) -> None:
    interview_id = add_unusual_interview(make_interview)
    save_draft(interview_id, 1, "Thank you", "Dear Zoë,\nthanks", NOW)
    text = export_json()
    switch_to_new_database(tmp_path / "other")
    import_json_file(_file(text))
    assert export_json() == text


def _bad_in_the_middle(text: str) -> str:
    doc = json.loads(text)
    middle = len(doc["interviews"]) // 2
    doc["interviews"][middle]["status"] = "<b>lost</b>"
    return json.dumps(doc, indent=2, ensure_ascii=False), middle + 1


def test_a_bad_record_in_the_middle_changes_nothing(filled: str, tmp_path: Path) -> None:  # noqa: F811
    switch_to_new_database(tmp_path / "other")
    generate_demo(3, now=NOW)
    before, rows = export_json(), counts()
    broken, number = _bad_in_the_middle(filled)
    with pytest.raises(ImportFormatError, match=f"Interview {number}: unknown status"):
        import_json_file(_file(broken))
    assert export_json() == before and counts() == rows  # not even the interviews before it


def test_cancelling_from_the_progress_callback_changes_nothing(
    filled: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setattr(json_stream_import, "BATCH", 10)  # a tick every ten records
    monkeypatch.setattr(json_stream, "READ_SIZE", 1024)
    switch_to_new_database(tmp_path / "other")
    before = export_json()
    seen: list[tuple[int, int | None]] = []

    def progress(done: int, size: int | None) -> None:
        seen.append((done, size))
        if done > len(filled) // 3:
            raise Cancelled

    data = filled.encode("utf-8")
    with pytest.raises(Cancelled):
        import_json_file(io.BytesIO(data), len(data), progress)
    assert len(seen) > 1 and all(size == len(data) for _, size in seen)
    assert export_json() == before


def test_progress_reaches_the_end(filled: str, tmp_path: Path) -> None:  # noqa: F811
    switch_to_new_database(tmp_path / "other")
    data = filled.encode("utf-8")
    seen: list[int] = []
    import_json_file(io.BytesIO(data), len(data), lambda done, size: seen.append(done))
    assert seen == sorted(seen) and seen[-1] == len(data)


def test_a_file_in_another_order_is_read_whole_and_imported(filled: str, tmp_path: Path) -> None:  # noqa: F811
    doc = json.loads(filled)
    reordered = {key: doc[key] for key in reversed(list(doc))}  # interviews before people, format last
    switch_to_new_database(tmp_path / "other")
    assert import_json_file(_file(json.dumps(reordered)))[0] == 52
    assert export_json() == filled


@pytest.mark.parametrize(("text", "message"), [
    ("[]", "not a Finish Strong export"),
    ('{"format": "other", "version": 3}', "not a Finish Strong export"),
    ('{"format": "finish-strong", "version": 99, "people": []}', "version 99"),
    ('{"format": "finish-strong", "version": 3, "people": [', "not valid JSON"),
    ('{"format": "finish-strong", "version": 3, "people": 5, "interviews": []}', "“people” has the wrong type"),
    ("", "not a Finish Strong export"),
])
def test_files_that_are_no_export_are_refused(text: str, message: str) -> None:
    before = export_json()
    with pytest.raises(ImportFormatError, match=message):
        import_json_file(_file(text))
    assert export_json() == before


def test_the_header_check_reads_no_further_than_the_records() -> None:
    check_file_header(_file('{"format": "finish-strong", "version": 3, "people": [1, 2, "broken'))
    with pytest.raises(ImportFormatError, match="not a Finish Strong export"):
        check_file_header(_file('{"format": "other", "version": 3, "people": []}'))
    handle = _file('{"people": [], "format": "finish-strong", "version": 3}')  # another tool's order
    check_file_header(handle)
    assert handle.tell() == 0  # rewound for the import


def test_text_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="not a UTF-8"):
        import_json_file(io.BytesIO('{"format": "finish-strong", "version": 3, "x": "café"}'.encode("latin-1")))


def test_the_reader_hands_out_members_and_elements_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "READ_SIZE", 3)  # values cut by the buffer's end everywhere
    doc = {"a": [1, {"b": "x,]}\"\n"}, [], 12345], "n": 123456789, "s": "é" * 10, "people": [], "z": None}
    for indent in (None, 2):
        got = {}
        for key, value in json_stream.members(io.StringIO(json.dumps(doc, indent=indent)), frozenset({"a", "people"})):
            got[key] = list(value) if key in ("a", "people") else value
        assert got == doc


def _export_peak(count: int) -> int:
    generate_demo(count, seed=count, now=NOW)
    tracemalloc.start()
    try:
        write_json(_Sink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class _Sink(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def test_export_memory_does_not_grow_with_the_data(tmp_path: Path) -> None:
    """Structural: interviews are held a page at a time; tripling them leaves the peak far from triple."""
    small = _export_peak(600)
    switch_to_new_database(tmp_path / "big")
    big = _export_peak(1800)
    assert big < 2 * small, (small, big)


def test_version_4_reply_radar_state_streams_in_too(with_findings: str, tmp_path: Path) -> None:  # noqa: F811
    """Issue 18's sent-mail states, referral answers and check-ins switched off, through the stream."""
    switch_to_new_database(tmp_path / "other")
    import_json_file(_file(with_findings))
    assert export_json() == with_findings
    import_json_file(_file(with_findings))  # twice: nothing added
    assert export_json() == with_findings
    doc = json.loads(with_findings)
    doc["version"] = 3  # an older file: its radar state is ignored, as the whole-document reader does
    del doc["referral_answers"], doc["check_ins_off"]
    for sent in doc["sent_emails"]:
        del sent["filed_in_sent"], sent["findings"]
    switch_to_new_database(tmp_path / "third")
    import_json_file(_file(json.dumps(doc)))
    again = json.loads(export_json())
    assert all(m["findings"] == [] and m["filed_in_sent"] is None for m in again["sent_emails"])
