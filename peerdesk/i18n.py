"""Translations without Qt, for the PDFs and the command line (the window uses QTranslator).

Both read the same sources: resources/translations/*_<lang>.ts, written by Qt's own workflow
(scripts/update-translations.sh runs pyside6-lupdate and pyside6-lrelease). Code marks a string
with translate("Context", "text"), which lupdate extracts like Qt's own calls.
"""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from functools import lru_cache

from peerdesk.paths import resource_path

SUPPORTED = {"en": "English", "es": "Español"}
_state = threading.local()
_default_language: str | None = None


def system_language() -> str:
    """PEERDESK_LANG, else the system locale's language if we have it, else English."""
    wanted = os.environ.get("PEERDESK_LANG") or ""
    if not wanted:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            if os.environ.get(var):
                wanted = os.environ[var]
                break
        else:
            wanted = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    code = wanted.split(":")[0].split(".")[0].split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def set_language(code: str | None) -> str:
    """Use this language for translate() from now on (None: the system's); returns it."""
    global _default_language
    _default_language = code if code in SUPPORTED else system_language()
    return _default_language


def language() -> str:
    return _default_language or set_language(None)


@lru_cache(maxsize=8)
def _catalog(code: str) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    folder = resource_path("translations")
    if code == "en" or not folder.is_dir():
        return catalog
    for path in sorted(folder.glob(f"*_{code}.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    catalog[(name, source)] = node.text
    return catalog


def translate(context: str, text: str) -> str:
    """The text in the current language, or the text itself when it has no translation."""
    return _catalog(language()).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a module-level constant for lupdate without Qt; translate() it when it is shown."""
    del context
    return text


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def long_date(day) -> str:
    """ "Thursday 26 November 2026" / "jueves 26 de noviembre de 2026", for printed documents."""
    weekday = translate("Dates", _WEEKDAYS[day.weekday()])
    month = translate("Dates", _MONTHS[day.month - 1])
    pattern = translate("Dates", "{weekday} {day} {month} {year}")
    return pattern.format(weekday=weekday, day=day.day, month=month, year=day.year)


def _mark_for_lupdate() -> None:  # never called: lets lupdate see the names used above
    for name in (
        translate("Dates", "Monday"), translate("Dates", "Tuesday"),
        translate("Dates", "Wednesday"), translate("Dates", "Thursday"),
        translate("Dates", "Friday"), translate("Dates", "Saturday"),
        translate("Dates", "Sunday"), translate("Dates", "January"),
        translate("Dates", "February"), translate("Dates", "March"),
        translate("Dates", "April"), translate("Dates", "May"), translate("Dates", "June"),
        translate("Dates", "July"), translate("Dates", "August"),
        translate("Dates", "September"), translate("Dates", "October"),
        translate("Dates", "November"), translate("Dates", "December"),
        translate("Dates", "{weekday} {day} {month} {year}"),
    ):  # fmt: skip
        del name
