"""Member detail, notes and the member dialogs (import, merge, remove, follow-ups)."""
