"""Dialogs, one module each; each has a seam (`ask`/`launch`) that tests monkeypatch."""
