"""ui/main: see docs/ARCHITECTURE.md."""
