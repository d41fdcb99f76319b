"""Starting the window: QApplication, the session (or a throwaway demo) and the event loop."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

DEMO_PASSPHRASE = "demo"


def make_demo_session(folder: Path):
    """A demo database in `folder`, created and left unlocked."""
    from peerdesk.domain import demo
    from peerdesk.ui.session import Session

    session = Session(folder, demo=True)
    session.vault.create(DEMO_PASSPHRASE, organisation="Riverside Peer Support (DEMO)")
    demo.populate("small")
    return session


def app_icon():
    from PySide6.QtGui import QIcon

    from peerdesk.paths import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path("icons", f"peerdesk-{size}.png")))
    return icon


def run_gui(data_dir: Path | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from peerdesk import __version__, paths
    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("peerdesk")
    app.setOrganizationName("peerdesk")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("peerdesk")
    app.setDesktopFileName("peerdesk")
    app.setWindowIcon(app_icon())
    from peerdesk.ui import translations

    translations.install(app)

    temp_dir = None
    if demo:
        temp_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
        session = make_demo_session(temp_dir / "data")
    else:
        session = Session(Path(data_dir).expanduser() if data_dir else paths.default_data_dir())
    window = MainWindow(session)
    window.show()
    try:
        return app.exec()
    finally:
        session.lock()
        window.backups.wait()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
