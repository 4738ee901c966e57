"""Reading a large JSON object member by member, its big arrays one element at a time.

The standard library parses whole documents only, and a 100,000-interview export parsed at
once takes gigabytes. This reader walks the top-level object itself and hands each member
to `json`'s C decoder (`raw_decode`): a scalar or small object member whole, an array member
as an iterator of its elements. So memory holds one element plus a read-ahead buffer, and
the time is linear in the file. Syntax errors are raised as `ValueError` (json's own
`JSONDecodeError`), with the position in the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

READ_SIZE = 1 << 16
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


class NotAnObject(ValueError):
    """The document is not a JSON object at the top (an array, a number…)."""


class _Buffer:
    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.text = ""
        self.pos = 0
        self.consumed = 0  # characters dropped from the front (for error positions)
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.handle.read(READ_SIZE)
        if not chunk:
            self.eof = True
            return False
        if self.pos > READ_SIZE:  # drop what was read already: the buffer stays small
            self.consumed += self.pos
            self.text = self.text[self.pos:]
            self.pos = 0
        self.text += chunk
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            self.fail(f"Expecting '{char}'")
        self.pos += 1

    def value(self) -> Any:
        """One complete JSON value; reads on while the buffer holds only part of it."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():  # maybe cut off by the buffer's end: try again with more
                    continue
                raise json.JSONDecodeError(exc.msg, self.text, exc.pos) from None
            if end == len(self.text) and self.more():  # a number may go on ("12" of "123")
                continue
            self.pos = end
            return value

    def fail(self, message: str) -> None:
        raise json.JSONDecodeError(message, self.text, self.pos)


def members(handle: TextIO, streamed: frozenset[str]) -> Iterator[tuple[str, Any]]:
    """(key, value) for each member of the top-level object, in file order.

    For a key in `streamed` whose value is an array, the value is an iterator over its
    elements; it must be used up before the next member is asked for.
    """
    buffer = _Buffer(handle)
    if buffer.peek() == "\ufeff":  # a byte-order mark (Windows editors) is not content
        buffer.pos += 1
    if buffer.peek() != "{":
        raise NotAnObject("the document is not a JSON object")
    buffer.pos += 1
    if buffer.peek() == "}":
        buffer.pos += 1
    else:
        while True:
            key = buffer.value()
            if not isinstance(key, str):
                buffer.fail("Expecting property name enclosed in double quotes")
            buffer.expect(":")
            if key in streamed and buffer.peek() == "[":
                buffer.pos += 1
                elements = _elements(buffer)
                yield key, elements
                for _ in elements:  # whatever the caller left unread
                    pass
            else:
                yield key, buffer.value()
            if buffer.peek() == ",":
                buffer.pos += 1
                continue
            buffer.expect("}")
            break
    if buffer.peek() != "":
        buffer.fail("Extra data")


def _elements(buffer: _Buffer) -> Iterator[Any]:
    if buffer.peek() == "]":
        buffer.pos += 1
        return
    while True:
        yield buffer.value()
        if buffer.peek() == ",":
            buffer.pos += 1
            continue
        buffer.expect("]")
        return
