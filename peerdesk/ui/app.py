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


# `--smoke-test` (hidden) stores this in args.demo: a demo window that closes itself once shown.
SMOKE_TEST = "smoke-test"


def close_when_shown(window, timeout: float = 20.0) -> None:
    """For --smoke-test: once the window is on screen, show each pane in turn, then close it.

    The packaged app is checked with it (scripts/build-app.sh): the exit code is 0 only if the
    window appeared, every pane filled from the database and everything shut down cleanly.
    """
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    pending = list(range(len(window.panes)))

    def step() -> None:
        handle = window.windowHandle()
        if time.monotonic() > deadline:
            print("peerdesk: the window did not appear in time.", file=sys.stderr)
            QApplication.instance().exit(1)
        elif handle is None or not handle.isExposed():
            QTimer.singleShot(10, step)
        elif pending:
            window.show_pane(pending.pop(0))
            QTimer.singleShot(0, step)
        else:
            window.close()

    QTimer.singleShot(0, step)


def run_gui(data_dir: Path | None = None, demo: bool | str = False) -> int:
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
    if demo == SMOKE_TEST:
        close_when_shown(window)
    try:
        return app.exec()
    finally:
        session.lock()
        window.backups.wait()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
