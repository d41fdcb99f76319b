"""Help ▸ About (version and licences) and the --smoke-test run the packaged app is checked with."""

from __future__ import annotations

import os
import subprocess
import sys

from peerdesk import __version__
from peerdesk.ui.app import close_when_shown
from peerdesk.ui.dialogs import about_dialog
from peerdesk.ui.dialogs.about_dialog import AboutDialog


def test_about_shows_version_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"peerdesk {__version__}" in dialog.title.text()
    credits = dialog.credits.text()
    for name, licence in (
        ("Qt", "LGPLv3"),
        ("reportlab", "BSD"),
        ("SQLCipher", "BSD-style"),
        ("peewee", "MIT"),
        ("openpyxl", "MIT"),
        ("argon2-cffi", "MIT"),
        ("cryptography", "Apache-2.0 or BSD"),
        ("DejaVu fonts", "Bitstream Vera licence"),
    ):
        assert f"<b>{name}</b>" in credits and licence in credits, name
    import PySide6
    import reportlab

    assert PySide6.__version__ in credits and reportlab.Version in credits

    dialog.show()
    assert not dialog.licence.isVisible()
    dialog.licence_toggle.click()
    assert dialog.licence.isVisible()
    assert "Bitstream Vera Fonts Copyright" in dialog.licence.toPlainText()


def test_unknown_versions_are_left_blank():
    assert about_dialog.component_version(("no_such_module_here", "__version__")) == ""
    assert about_dialog.component_version("no-such-distribution-here") == ""
    assert about_dialog.component_version(None) == ""


def test_help_about_opens_the_dialog(demo_vault, window_factory, monkeypatch):
    window = window_factory(demo_vault.data_dir)
    opened = []
    monkeypatch.setattr(
        AboutDialog, "launch", classmethod(lambda cls, parent: opened.append(parent))
    )
    window.show_about()
    assert opened == [window]


def test_smoke_test_shows_every_pane_then_closes(demo_vault, window_factory, qtbot):
    window = window_factory(demo_vault.data_dir)
    shown = [window.sidebar.currentRow()]
    window.sidebar.currentRowChanged.connect(shown.append)
    close_when_shown(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert sorted(set(shown)) == list(range(len(window.panes)))
    assert not window.session.is_unlocked


def test_smoke_test_option_exits_zero(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "peerdesk", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
