"""ui/app: see docs/ARCHITECTURE.md."""
