"""Installing the window's translations: ours (.qm from resources/translations) and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator

from peerdesk import i18n
from peerdesk.paths import resource_path

SETTINGS_KEY = "ui/language"  # "" = follow the system


def chosen_language(settings: QSettings | None = None) -> str:
    value = (settings or QSettings()).value(SETTINGS_KEY, "") or ""
    return value if value in i18n.SUPPORTED else ""


def install(app, settings: QSettings | None = None) -> str:
    """Load translators for the chosen (or system) language; returns the language code."""
    code = i18n.set_language(chosen_language(settings) or None)
    QLocale.setDefault(QLocale(code))
    app._peerdesk_translators = []  # keep references: Qt does not own them
    if code == "en":
        return code
    qt = QTranslator(app)
    if qt.load(
        QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        app._peerdesk_translators.append(qt)
    for path in sorted(resource_path("translations").glob(f"*_{code}.qm")):
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            app._peerdesk_translators.append(ours)
    return code
