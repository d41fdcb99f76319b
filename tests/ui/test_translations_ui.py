"""The window in Spanish, and the language choice in the settings dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from peerdesk import i18n
from peerdesk.ui import translations


def test_settings_dialog_stores_the_language_for_the_next_start(vault, window_factory, qtbot):
    from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

    window = window_factory(vault.data_dir)
    settings = window.qsettings
    dialog = SettingsDialog(vault, window, settings)
    qtbot.addWidget(dialog)
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == ["", "en", "es"]
    assert dialog.language.currentData() == ""  # nothing chosen yet: follow the system
    assert dialog.language.itemText(2) == "Español"
    assert any("restarts" in label.text() for label in dialog.findChildren(QLabel))
    dialog.language.setCurrentIndex(2)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value(translations.SETTINGS_KEY) == "es"
    assert translations.chosen_language(settings) == "es"

    again = SettingsDialog(vault, window, settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"
    again.language.setCurrentIndex(0)
    again.save()
    assert translations.chosen_language(settings) == ""


def test_cancelled_settings_keep_the_language(vault, window_factory, qtbot):
    from peerdesk.ui.dialogs.settings_dialog import SettingsDialog

    window = window_factory(vault.data_dir)
    window.qsettings.setValue(translations.SETTINGS_KEY, "en")
    dialog = SettingsDialog(vault, window, window.qsettings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(2)
    dialog.reject()
    assert translations.chosen_language(window.qsettings) == "en"


@pytest.fixture
def spanish(tmp_path):
    """Spanish translators installed on the running application, removed afterwards."""
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "lang.ini"), QSettings.Format.IniFormat)
    settings.setValue(translations.SETTINGS_KEY, "es")
    try:
        assert translations.install(app, settings) == "es"
        yield settings
    finally:
        for translator in getattr(app, "_peerdesk_translators", []):
            app.removeTranslator(translator)
        app._peerdesk_translators = []
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en"))


def test_main_window_speaks_spanish(spanish, demo_vault, window_factory):
    window = window_factory(demo_vault.data_dir)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Asistencia", "Miembros", "Recursos", "Informes"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Archivo", "&Ir"]
    assert "A&sistencia" in menus and "Ay&uda" in menus
    assert window.lock_action.text() == "&Bloquear ahora"
    pane = window.panes[0]
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "Registro",
        "Reuniones",
        "Historial y seguimiento",
    ]
    model = pane.checkin.checked_model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nombre"
    assert window.state_label.text() == "🔓 Desbloqueado"
    window.lock()
    assert window.unlock_page.unlock_button.text() == "Desbloquear"
