"""ui/debrief: see docs/ARCHITECTURE.md."""
