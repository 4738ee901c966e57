"""ui/reminders: see docs/ARCHITECTURE.md."""
