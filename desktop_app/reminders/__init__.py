"""Reminders: the next-due timer, the notifier chain and start at login (PySide6 core/dbus)."""
