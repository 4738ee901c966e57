"""ui/settings: see docs/ARCHITECTURE.md."""
