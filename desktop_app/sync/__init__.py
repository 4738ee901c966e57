"""Two-way sync with the user's own CalDAV server (docs/SYNC.md).

Imported only when a sync runs or the Sync settings page opens: the `caldav` client and its
HTTP stack stay off the start-up path.
"""
