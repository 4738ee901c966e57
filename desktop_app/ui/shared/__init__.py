"""ui/shared: see docs/ARCHITECTURE.md."""
