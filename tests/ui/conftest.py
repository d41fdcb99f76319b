from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail loudly if anything tries to open a real modal dialog."""
    from peerdesk.ui import main_window, printing

    def refuse(*args, **kwargs):
        raise AssertionError("a real modal dialog was opened")

    monkeypatch.setattr(main_window, "show_message", refuse)
    monkeypatch.setattr(printing, "ask_printer", refuse)
    monkeypatch.setattr(printing, "ask_save_path", refuse)


@pytest.fixture
def window_factory(qtbot, qsettings, no_dialogs):
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.session import Session

    def make(data_dir, demo=False):
        session = Session(data_dir, demo=demo)
        window = MainWindow(session, qsettings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make
