"""Column titles marked with QT_TRANSLATE_NOOP at definition, translated when a model is built."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from peerdesk.ui.table_model import Column


def columns(context: str, cols: Sequence[Column]) -> list[Column]:
    """The same columns with their titles in the window's language."""
    return [
        dataclasses.replace(c, title=QCoreApplication.translate(context, c.title)) for c in cols
    ]
