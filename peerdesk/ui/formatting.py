"""Dates and numbers as the user's locale writes them (QLocale), for everything on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def long_date(day: dt.date) -> str:
    """ "Thursday, 26 November 2026" in English, "jueves, 26 de noviembre de 2026" in Spanish."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    return (
        QLocale().toString(float(value), "f", decimals)
        if decimals
        else QLocale().toString(int(value))
    )
