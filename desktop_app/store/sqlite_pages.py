"""Reading an SQLite file page by page, without SQLite: what salvage needs when SQLite gives up.

SQLite refuses a query as soon as it meets one damaged page, so a single bad page in the notes
hides every interview behind it. This module reads the file format directly (sqlite.org/fileformat2
.html): the b-tree pages, their cells, overflow chains and records, so that a damaged page costs
only the rows on it. It never writes: the file is read with `open(..., "rb")`, and the newest
committed pages in the `-wal` file are laid over it in memory.

Everything here is defensive: a page or cell that does not parse raises `PageError`, which the
caller (store/salvage.py) counts and skips.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = b"SQLite format 3\x00"
TABLE_LEAF, TABLE_INTERIOR, INDEX_LEAF, INDEX_INTERIOR = 0x0D, 0x05, 0x0A, 0x02
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
WAL_MAGIC = (0x377F0682, 0x377F0683)

Value = int | float | str | bytes | None


class PageError(Exception):
    """A page, cell or record that cannot be read as the file format says."""


@dataclass(frozen=True)
class Cell:
    """One cell of a b-tree page: a row (table leaf), an index entry, or a child pointer."""

    rowid: int | None
    values: tuple[Value, ...] | None
    child: int | None = None


@dataclass(frozen=True)
class Page:
    number: int
    kind: int
    cells: tuple[Cell, ...]
    right_child: int | None
    bad_cells: int


def varint(data: bytes, offset: int) -> tuple[int, int]:
    """(value, next offset) of an SQLite varint (1–9 bytes, big-endian, high bit = more)."""
    if offset < len(data) and data[offset] < 0x80:  # the common case: one byte
        return data[offset], offset + 1
    value = 0
    for i in range(8):
        if offset + i >= len(data):
            raise PageError("varint runs past the page")
        byte = data[offset + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return _signed(value), offset + i + 1
    if offset + 8 >= len(data):
        raise PageError("varint runs past the page")
    value = (value << 8) | data[offset + 8]
    return _signed(value), offset + 9


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def decode_record(payload: bytes) -> tuple[Value, ...]:
    """The values of one record (its header of serial types, then the bodies)."""
    header_size, offset = varint(payload, 0)
    if not 1 <= header_size <= len(payload):
        raise PageError("record header out of range")
    types: list[int] = []
    while offset < header_size:
        serial, offset = varint(payload, offset)
        types.append(serial)
    if offset != header_size:
        raise PageError("record header does not end where it says")
    values: list[Value] = []
    body = header_size
    for serial in types:
        if serial == 0:
            values.append(None)
        elif 1 <= serial <= 6:
            size = (1, 2, 3, 4, 6, 8)[serial - 1]
            values.append(int.from_bytes(payload[body:body + size], "big", signed=True))
            body += size
        elif serial == 7:
            values.append(struct.unpack(">d", payload[body:body + 8])[0])
            body += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            size = (serial - 12) // 2
            chunk = payload[body:body + size]
            if serial % 2:
                try:
                    values.append(chunk.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    raise PageError("text that is not UTF-8") from exc
            else:
                values.append(bytes(chunk))
            body += size
        else:
            raise PageError(f"reserved serial type {serial}")
        if body > len(payload):
            raise PageError("record body runs past its payload")
    return tuple(values)


class PageFile:
    """The pages of a database file (and its committed WAL frames), read-only, in memory."""

    def __init__(self, path: Path, page_size: int | None = None) -> None:
        self.data = path.read_bytes()
        header_ok = self.data[:16] == HEADER
        size = int.from_bytes(self.data[16:18], "big") if header_ok else 0
        size = 65536 if size == 1 else size
        self.header_ok = header_ok and size in PAGE_SIZES
        self.page_size = page_size or (size if self.header_ok else guess_page_size(self.data))
        self.reserved = self.data[20] if self.header_ok else 0
        self.usable = self.page_size - self.reserved
        self.overlay: dict[int, bytes] = {}
        wal = Path(f"{path}-wal")
        if wal.exists():
            self._read_wal(wal.read_bytes())
        self.page_count = max([len(self.data) // self.page_size, *self.overlay])

    def _read_wal(self, wal: bytes) -> None:
        """Lay the WAL's committed frames over the file, as SQLite would on open."""
        if len(wal) < 32 or int.from_bytes(wal[:4], "big") not in WAL_MAGIC:
            return
        page_size = int.from_bytes(wal[8:12], "big")
        if page_size != self.page_size:
            return
        salts = wal[16:24]
        pending: dict[int, bytes] = {}
        offset = 32
        while offset + 24 + page_size <= len(wal):
            frame = wal[offset:offset + 24]
            if frame[8:16] != salts:
                break  # frames of an older generation: not part of the log any more
            number = int.from_bytes(frame[:4], "big")
            pending[number] = wal[offset + 24:offset + 24 + page_size]
            if int.from_bytes(frame[4:8], "big"):  # a commit frame: everything so far is committed
                self.overlay.update(pending)
                pending = {}
            offset += 24 + page_size

    def raw(self, number: int) -> bytes:
        if number in self.overlay:
            return self.overlay[number]
        if not 1 <= number <= self.page_count:
            raise PageError(f"page {number} is outside the file")
        start = (number - 1) * self.page_size
        page = self.data[start:start + self.page_size]
        if len(page) < self.page_size:
            raise PageError(f"page {number} is cut short")
        return page

    def header_int(self, offset: int) -> int:
        """A 4-byte field of the database header (0 when page 1 is unreadable)."""
        if not self.header_ok:
            return 0
        return int.from_bytes(self.raw(1)[offset:offset + 4], "big")

    def freelist(self) -> set[int]:
        """Pages on the freelist: old content that must not come back as rows."""
        pages: set[int] = set()
        trunk = self.header_int(32)
        while trunk and trunk not in pages and trunk <= self.page_count:
            pages.add(trunk)
            data = self.raw(trunk)
            count = int.from_bytes(data[4:8], "big")
            for i in range(min(count, (self.usable - 8) // 4)):
                pages.add(int.from_bytes(data[8 + 4 * i:12 + 4 * i], "big"))
            trunk = int.from_bytes(data[:4], "big")
        return pages

    def page(self, number: int) -> Page:
        """One b-tree page with its cells; cells that do not parse are counted, not returned."""
        data = self.raw(number)
        start = 100 if number == 1 else 0
        kind = data[start]
        if kind not in (TABLE_LEAF, TABLE_INTERIOR, INDEX_LEAF, INDEX_INTERIOR):
            raise PageError(f"page {number} is not a b-tree page")
        count = int.from_bytes(data[start + 3:start + 5], "big")
        interior = kind in (TABLE_INTERIOR, INDEX_INTERIOR)
        pointers = start + (12 if interior else 8)
        if pointers + 2 * count > self.usable:
            raise PageError(f"page {number} claims more cells than fit")
        right = int.from_bytes(data[start + 8:start + 12], "big") if interior else None
        if right is not None and not 1 <= right <= self.page_count:
            raise PageError(f"page {number} points outside the file")
        cells: list[Cell] = []
        bad = 0
        for i in range(count):
            at = int.from_bytes(data[pointers + 2 * i:pointers + 2 * i + 2], "big")
            try:
                if not pointers + 2 * count <= at < self.usable:
                    raise PageError("cell pointer outside the content area")
                cells.append(self._cell(kind, data, at))
            except (PageError, IndexError, struct.error):
                bad += 1
        if count and bad == count:
            raise PageError(f"no cell of page {number} can be read")
        return Page(number, kind, tuple(cells), right, bad)

    def _cell(self, kind: int, data: bytes, at: int) -> Cell:
        if kind == TABLE_INTERIOR:
            pointer = int.from_bytes(data[at:at + 4], "big")
            key, _ = varint(data, at + 4)
            if not 1 <= pointer <= self.page_count:
                raise PageError("child page outside the file")
            return Cell(key, None, pointer)
        child: int | None = None
        if kind == INDEX_INTERIOR:
            child = int.from_bytes(data[at:at + 4], "big")
            if not 1 <= child <= self.page_count:
                raise PageError("child page outside the file")
            at += 4
        size, at = varint(data, at)
        rowid = None
        if kind == TABLE_LEAF:
            rowid, at = varint(data, at)
        payload = self._payload(kind, data, at, size)
        values = decode_record(payload)
        if kind in (INDEX_LEAF, INDEX_INTERIOR):
            rowid = values[-1] if values and isinstance(values[-1], int) else None
        return Cell(rowid, values, child)

    def _payload(self, kind: int, data: bytes, at: int, size: int) -> bytes:
        """The cell's payload, following its overflow chain when it does not fit on the page."""
        usable = self.usable
        if size < 0 or size > 1_000_000_000:
            raise PageError("payload size out of range")
        most = usable - 35 if kind == TABLE_LEAF else ((usable - 12) * 64 // 255) - 23
        if size <= most:
            if at + size > usable:
                raise PageError("payload runs past the page")
            return data[at:at + size]
        least = ((usable - 12) * 32 // 255) - 23
        local = least + (size - least) % (usable - 4)
        if local > most:
            local = least
        if at + local + 4 > usable:
            raise PageError("payload runs past the page")
        parts = [data[at:at + local]]
        remaining = size - local
        following = int.from_bytes(data[at + local:at + local + 4], "big")
        seen: set[int] = set()
        while remaining > 0:
            if following in seen or not 1 <= following <= self.page_count:
                raise PageError("broken overflow chain")
            seen.add(following)
            overflow = self.raw(following)
            chunk = overflow[4:4 + min(remaining, usable - 4)]
            parts.append(chunk)
            remaining -= len(chunk)
            following = int.from_bytes(overflow[:4], "big")
        return b"".join(parts)


def guess_page_size(data: bytes) -> int:
    """When page 1 is damaged: the size at which the largest share of pages has a sane b-tree header."""
    best, best_score = 4096, -1.0
    for size in sorted(PAGE_SIZES, reverse=True):
        pages = len(data) // size
        if pages < 2 or len(data) % size:
            continue
        sane = sum(1 for n in range(1, pages) if _sane_header(data[n * size:(n + 1) * size]))
        score = sane / (pages - 1)
        if score > best_score:
            best, best_score = size, score
    return best


def _sane_header(page: bytes) -> bool:
    kind = page[0]
    if kind not in (TABLE_LEAF, TABLE_INTERIOR, INDEX_LEAF, INDEX_INTERIOR):
        return False
    header = 12 if kind in (TABLE_INTERIOR, INDEX_INTERIOR) else 8
    cells = int.from_bytes(page[3:5], "big")
    content = int.from_bytes(page[5:7], "big") or 65536
    return header + 2 * cells <= content <= len(page)
