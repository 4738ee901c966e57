"""ui/cards: see docs/ARCHITECTURE.md."""
