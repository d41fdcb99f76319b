"""Child processes for the start-up and memory figures (run by benchmarks/run.py).

    python benchmarks/probes.py bare              a bare PySide6 window, shown
    python benchmarks/probes.py window DATA_DIR   peerdesk's main window after unlock
    python benchmarks/probes.py memory DATA_DIR   every pane opened; prints peak memory

Each prints "ready …" once the window is on screen and the event loop has drawn it; the parent
measures wall time from spawning the process to that line.
"""

from __future__ import annotations

import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle(app, widget) -> None:
    widget.show()
    app.processEvents()
    widget.repaint()
    app.processEvents()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    _settle(app, window)
    print("ready", flush=True)


def _peerdesk_window(data_dir: str):
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.session import Session

    app = QApplication(sys.argv)
    session = Session(Path(data_dir))
    settings = QSettings(os.path.join(data_dir, "bench-ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(session, settings)
    window.resize(1200, 760)
    # The passphrase's own cost (Argon2id) is measured as the unlock figure; what follows it —
    # opening, filling the first pane, drawing — counts as start-up.
    started = time.perf_counter()
    data_key = session.vault.keyfile().unlock(os.environ["PEERDESK_PASSPHRASE"])
    unlock = time.perf_counter() - started
    opened = time.perf_counter()
    session._open(data_key)
    _settle(app, window)
    return app, session, window, (unlock, time.perf_counter() - opened)


def window(data_dir: str) -> None:
    app, session, win, (kdf, after) = _peerdesk_window(data_dir)
    print(f"ready kdf={kdf:.4f} after={after:.4f}", flush=True)
    _finish(app, session)


def memory(data_dir: str) -> None:
    app, session, win, _ = _peerdesk_window(data_dir)
    for index in range(len(win.panes)):
        win.show_pane(index)
        app.processEvents()
    reports = win.panes[-1]
    deadline = time.monotonic() + 120
    while getattr(reports, "data", True) is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for pane in win.panes:  # scroll every table to the end: all lazy pages loaded
        for table in pane.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QTableView):
            table.scrollToBottom()
            app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready peak_mb={peak:.1f}", flush=True)
    _finish(app, session)


def _finish(app, session) -> None:
    job = getattr(session, "integrity_job", None)
    if job is not None:
        job.wait()
    session.lock()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "window":
        window(sys.argv[2])
    elif mode == "memory":
        memory(sys.argv[2])
    else:
        sys.exit(f"unknown probe {mode}")
