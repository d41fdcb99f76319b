"""Resource categories as the window shows them: singular ("Hotline") and plural ("Hotlines")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.domain.resources import CATEGORY_LABELS

_SINGULAR = {
    "hotline": QT_TRANSLATE_NOOP("Categories", "Hotline"),
    "service": QT_TRANSLATE_NOOP("Categories", "Service"),
    "document": QT_TRANSLATE_NOOP("Categories", "Document"),
    "website": QT_TRANSLATE_NOOP("Categories", "Website"),
    "book": QT_TRANSLATE_NOOP("Categories", "Book"),
    "event": QT_TRANSLATE_NOOP("Categories", "Event"),
}


def category_name(category: str) -> str:
    """ "Hotline" for "hotline"; an unknown category is shown as stored, capitalised."""
    english = _SINGULAR.get(category)
    return QCoreApplication.translate("Categories", english) if english else category.capitalize()


def category_heading(category: str) -> str:
    """ "Hotlines" for "hotline" (the plurals are marked in documents/handout.py)."""
    english = CATEGORY_LABELS.get(category)
    return QCoreApplication.translate("Categories", english) if english else category.capitalize()
