"""Two-way sync with the user's own CalDAV server (docs/SYNC.md).

Imported only when a sync runs or the Sync settings page opens: the WebDAV client (webdav.py,
on the standard library's http.client, ssl and xml.etree) and icalendar stay off the start-up path.
"""
