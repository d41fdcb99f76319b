"""Application-wide dialogs."""
