"""What one sync did: `finish-strong sync --json` prints it, the status bar sums it up."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import SyncError


@dataclass
class SyncReport:
    """Counts up (created, updated, deleted) and down (ticked, moved, put back, adopted, and interviews
    deleted on another computer: moved to the trash here), and any error."""

    up: dict[str, int] = field(default_factory=lambda: {"created": 0, "updated": 0, "deleted": 0})
    down: dict[str, int] = field(default_factory=lambda: {"ticked": 0, "moved": 0, "restored": 0, "adopted": 0,
                                                          "deleted": 0})
    trashed: list[int] = field(default_factory=list)  # their ids: the window offers Undo for each
    requests: int = 0
    writes: int = 0
    conflicts_merged: int = 0
    queued: int = 0  # interviews still waiting to go up
    error: SyncError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok, "up": self.up, "down": self.down, "requests": self.requests, "writes": self.writes,
            "conflicts_merged": self.conflicts_merged, "queued": self.queued,
            "error": None if self.error is None else {"kind": self.error.kind.value, "message": str(self.error)},
        }
