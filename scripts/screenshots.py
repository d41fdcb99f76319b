"""Regenerate the user guide's screenshots from the real app, on fictional demo data.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

--dark (a dark Fusion palette) and --font-size N (the system font at N pt) check that the
window follows the system look; with --out /tmp/x they do not touch the guide's pictures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "7KQ2-M4XD-9PLR-C3VH-T8WN-F6JB-2ZYA-5EGU"  # shown in the picture only; opens nothing


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2a2a2a"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#3a3a3a"),
        (role.ButtonText, "#e8e8e8"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#e8e8e8"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#8ab4f8"),
        (role.PlaceholderText, "#9a9a9a"),
    ):
        p.setColor(r, QColor(c))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    return p


class Shooter:
    def __init__(self, app, out: Path) -> None:
        self.app, self.out = app, out
        out.mkdir(parents=True, exist_ok=True)

    def settle(self, rounds: int = 5) -> None:
        from PySide6.QtTest import QTest

        for _ in range(rounds):
            self.app.processEvents()
            QTest.qWait(30)

    def __call__(self, widget, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.window().grab().save(str(path))
        print(path)


def make_window(folder: Path, settings_file: Path):
    from PySide6.QtCore import QSettings

    from peerdesk.ui.main_window import MainWindow
    from peerdesk.ui.session import Session

    session = Session(folder)
    window = MainWindow(session, QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.resize(1200, 760)
    window.show()
    return window


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-size", type=float, default=0)
    args = parser.parse_args(argv)
    os.environ.setdefault("PEERDESK_LANG", "en")

    from PySide6.QtWidgets import QApplication, QStyleFactory

    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette())
    if args.font_size:
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)

    from peerdesk.domain import attendance, keys
    from peerdesk.domain.models import Member
    from peerdesk.ui.app import make_demo_session

    keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=8192, parallelism=1)  # pictures only
    shoot = Shooter(app, args.out)
    with tempfile.TemporaryDirectory(prefix="peerdesk-shots-") as tmp:
        tmp = Path(tmp)
        # 1. first run: the welcome page, then the recovery key page
        first = make_window(tmp / "new", tmp / "ui-new.ini")
        shoot(first, "welcome")
        first.recovery.show_key(KEY)
        first.pages.setCurrentIndex(first.RECOVERY)
        shoot(first, "recovery-key")
        first.close()

        # 2. a meeting, on the demo database
        session = make_demo_session(tmp / "demo")
        from PySide6.QtCore import QSettings

        from peerdesk.ui.main_window import MainWindow

        window = MainWindow(session, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
        window.resize(1200, 760)
        window.show()
        shoot.settle()
        shoot(window, "main-window")
        pane = window.panes[0]
        if pane.meeting_id is None:
            pane.add_meeting_today()
        sheet = pane.show_signin_sheet()
        sheet.resize(760, 820)
        shoot(sheet, "signin-sheet")
        sheet.close()
        roster = [r for r in attendance.paper_rows(pane.meeting_id) if r["member_id"]][:5]
        for row in roster[:3]:
            attendance.check_in(pane.meeting_id, row["member_id"])
        attendance.change_headcount(pane.meeting_id, "anonymous", 2)
        attendance.change_headcount(pane.meeting_id, "guests", 1)
        pane.checkin.reload()
        pane.checkin.search.setText(roster[3]["label"].split()[0][:3] if len(roster) > 3 else "a")
        shoot(window, "check-in")
        pane.checkin.search.clear()
        paper = pane.open_paper_mode()
        shoot(paper, "paper-mode")
        paper.close()

        # a member's notes
        window.show_pane(1)
        members_pane = window.panes[1]
        member_id = roster[0]["member_id"] if roster else Member.select().first().id
        from peerdesk.domain import notes

        notes.add_note(
            member_id,
            author="Sam (coordinator)",
            kind="follow-up",
            body="Mentioned a new job starting next month; ask how the first week went.",
            follow_up_due=dt.date.today() + dt.timedelta(days=7),
        )
        members_pane.open_member(member_id)
        detail = members_pane.detail
        detail.tabs.setCurrentWidget(detail.notes)
        detail.notes.reveal()
        shoot(window, "member-notes")

        # 3. the funder report
        window.show_pane(3)
        reports = window.panes[3]
        reports.refresh()
        while reports.job is not None and reports.job.is_running():
            shoot.settle(1)
        shoot.settle()
        shoot(window, "reports")

        # 4. backups and recovery
        from peerdesk.domain import db as dbmod
        from peerdesk.ui.dialogs.restore_dialog import RestoreDialog

        session.vault.automatic_backup()
        restore = RestoreDialog(session.vault.list_backups(dbmod.database.obj.data_key), window)
        restore.show()
        shoot(restore, "restore")
        restore.close()
        shortcuts = window.show_shortcuts()
        shoot(shortcuts, "shortcuts")
        shortcuts.close()
        window.lock()
        window.unlock_page.show_recovery()
        shoot(window, "unlock-forgot")
        window.close()
        window.backups.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
