"""A sync-collection answer in pages (RFC 6578 3.6) is followed to the end and merged in order."""

from __future__ import annotations

from desktop_app.sync.dav import Changes, Dav


class PagedServer(Dav):
    """Answers like a server that sends two objects per page (the requests themselves are tested live)."""

    def __init__(self) -> None:
        super().__init__(client=None)
        self.pages = {
            None: Changes({"a": "1", "b": "1"}, [], "t1", complete=True, truncated=True),
            "t1": Changes({"c": "1", "a": "2"}, ["b"], "t2", truncated=True),
            "t2": Changes({"b": "3"}, [], "t3"),
        }
        self.asked: list[str | None] = []

    def sync_changes(self, url: str, token: str | None) -> Changes:
        self.asked.append(token)
        page = self.pages[token]
        return Changes(dict(page.changed), list(page.deleted), page.token, page.complete, page.truncated)


def test_every_page_is_asked_for_and_later_pages_win() -> None:
    server = PagedServer()
    changes = server.all_changes("https://h/cal/", None)
    assert server.asked == [None, "t1", "t2"]
    assert changes.changed == {"a": "2", "c": "1", "b": "3"} and changes.deleted == []
    assert (changes.token, changes.complete, changes.truncated) == ("t3", True, False)
