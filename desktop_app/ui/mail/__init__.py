"""ui/mail: see docs/ARCHITECTURE.md."""
