"""The coordinator's meeting screen: choose the group (today's meeting is opened on demand),
check people in, and reach the sign-in sheet, paper mode, kiosk, group editor and history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from peerdesk.domain import attendance, groups, meetings
from peerdesk.domain import db as dbmod
from peerdesk.domain.signin import sheet_for_meeting
from peerdesk.ui.attendance.checkin_view import CheckInView
from peerdesk.ui.attendance.group_editor import GroupEditor
from peerdesk.ui.attendance.history_view import HistoryView
from peerdesk.ui.attendance.import_dialog import AttendanceImportDialog
from peerdesk.ui.attendance.kiosk import KioskWindow
from peerdesk.ui.attendance.meetings_view import MeetingsView
from peerdesk.ui.attendance.paper_mode import PaperModeDialog
from peerdesk.ui.attendance.pdf_preview import PdfPreviewDialog
from peerdesk.ui.formatting import long_date
from peerdesk.ui.panes.base import Pane

BLANK_ROWS = 8


def _short_day(day: dt.date) -> str:
    """ "Tue 3 Mar" / "mar 3 mar", in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


class AttendancePane(Pane):
    title = QT_TRANSLATE_NOOP("AttendancePane", "Attendance")
    shortcut = "Ctrl+1"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.kiosk: KioskWindow | None = None

        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.setMinimumWidth(260)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        new_group = QPushButton(self.tr("New group…"))
        new_group.clicked.connect(self.new_group)
        self.edit_button = QPushButton(self.tr("Edit group…"))
        self.edit_button.clicked.connect(self.edit_group)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<h2>{self.display_title()}</h2>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("&Group:"), buddy=self.group_combo))
        top.addWidget(self.group_combo)
        top.addWidget(self.edit_button)
        top.addWidget(new_group)
        top.addStretch(1)

        self.meeting_label = QLabel()
        self.meeting_label.setAccessibleName(self.tr("Meeting"))
        self.meeting_label.setWordWrap(True)
        self.last_button = QPushButton()
        self.last_button.clicked.connect(lambda: self._open_date(self._choice["last_date"]))
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self._open_date(self._choice["next_date"]))
        self.today_button = QPushButton(self.tr("Add a meeting today"))
        self.today_button.clicked.connect(self.add_meeting_today)
        self._choice: dict = {}

        self.sheet_button = QPushButton(self.tr("Sign-in sheet…"))
        self.sheet_button.setToolTip(self.tr("Preview, print or save the sign-in sheet (Ctrl+P)"))
        self.sheet_button.clicked.connect(self.show_signin_sheet)
        self.paper_button = QPushButton(self.tr("Paper mode…"))
        self.paper_button.setToolTip(
            self.tr("Tick names from the paper sheet, in its printed order")
        )
        self.paper_button.clicked.connect(self.open_paper_mode)
        self.kiosk_button = QPushButton(self.tr("Kiosk…"))
        self.kiosk_button.setToolTip(
            self.tr("Full-screen self check-in; leaving needs the passphrase")
        )
        self.kiosk_button.clicked.connect(self.open_kiosk)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_label, 1)
        for button in (self.last_button, self.next_button, self.today_button):
            meeting_row.addWidget(button)
        meeting_row.addSpacing(12)
        for button in (self.sheet_button, self.paper_button, self.kiosk_button):
            meeting_row.addWidget(button)

        self.checkin = CheckInView()
        self.search = self.checkin.search  # the window's Ctrl+F focuses it
        self.meetings = MeetingsView()
        self.meetings.open_requested.connect(self.open_meeting)
        self.meetings.changed.connect(self._meetings_changed)
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.history, self.tr("History and reach out"))
        self._stale_tabs: set = set()
        self.tabs.currentChanged.connect(self._fill_visible_tab)
        self.checkin.changed.connect(self._refresh_meeting_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(meeting_row)
        layout.addWidget(self.tabs, 1)
        self._actions = self._make_actions()
        self._set_meeting(None)

    # -- actions for the menus --------------------------------------------------------------------
    def _make_actions(self) -> list[tuple[str, QAction]]:
        def action(text, slot, shortcut=None):
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            return a

        return [
            ("&File", action(self.tr("Import &attendance…"), self.import_attendance)),
            ("&Attendance", action(self.tr("&Sign-in sheet…"), self.show_signin_sheet, "Ctrl+P")),
            ("&Attendance", action(self.tr("&Paper mode…"), self.open_paper_mode, "Ctrl+Shift+P")),
            (
                "&Attendance",
                action(self.tr("&Kiosk (self check-in)…"), self.open_kiosk, "Ctrl+Shift+K"),
            ),
            ("&Attendance", action(self.tr("&New group…"), self.new_group)),
            ("&Attendance", action(self.tr("&Edit group…"), self.edit_group)),
            ("&Attendance", action(self.tr("Add a &meeting…"), self.meetings.add_meeting)),
        ]

    @property
    def model(self):
        """The chosen group's meetings (what the window's generic checks look at)."""
        return self.meetings.model

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return self._actions

    # -- groups -----------------------------------------------------------------------------------
    def group_id(self) -> int | None:
        return self.group_combo.currentData()

    def reload_groups(self, select: int | None = None) -> None:
        current = select if select is not None else self.group_id()
        rows = groups.list_groups(include_archived=False)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for row in rows:
            self.group_combo.addItem(f"{row['name']} — {row['schedule']}", row["id"])
        index = self.group_combo.findData(current)
        if index < 0:  # prefer a group that meets today
            meeting_today = meetings.groups_meeting_on(dt.date.today())
            index = next((i for i, row in enumerate(rows) if row["id"] in meeting_today), -1)
        self.group_combo.setCurrentIndex(max(0, index) if rows else -1)
        self.group_combo.blockSignals(False)
        self._group_chosen()

    def _group_chosen(self, *_args) -> None:
        group_id = self.group_id()
        self.edit_button.setEnabled(group_id is not None)
        self._stale_tabs = {self.meetings, self.history}
        self._fill_visible_tab()
        if group_id is None:
            self._choice = {}
            self._set_meeting(None)
            return
        self._choice = attendance.meeting_choice(group_id)
        self._set_meeting(self._choice["today"])

    def new_group(self) -> None:
        group_id = GroupEditor.ask(self)
        if group_id is not None:
            self.reload_groups(select=group_id)

    def edit_group(self) -> None:
        if self.group_id() is None:
            return
        if GroupEditor.ask(self, groups.get_group(self.group_id())) is not None:
            self.reload_groups()

    # -- meetings ---------------------------------------------------------------------------------
    def _set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.checkin.set_meeting(meeting_id, self.group_id())
        for button in (self.sheet_button, self.paper_button, self.kiosk_button):
            button.setEnabled(meeting_id is not None)
        self._refresh_meeting_label()

    def _refresh_meeting_label(self) -> None:
        has_group = self.group_id() is not None
        last, nxt = self._choice.get("last_date"), self._choice.get("next_date")
        self.last_button.setVisible(has_group and last is not None)
        self.next_button.setVisible(has_group and nxt is not None)
        self.today_button.setVisible(has_group and self.meeting_id is None)
        if last:
            self.last_button.setText(self.tr("Last: {date}").format(date=_short_day(last)))
        if nxt:
            self.next_button.setText(self.tr("Next: {date}").format(date=_short_day(nxt)))
        if not has_group:
            self.meeting_label.setText(self.tr("No groups yet — create one with “New group…”."))
            return
        if self.meeting_id is None:
            self.meeting_label.setText("<b>" + self.tr("This group does not meet today.") + "</b>")
            return
        m = meetings.get_meeting(self.meeting_id)
        parts = [f"<b>{long_date(m['date'])}</b>", m["start_time"], m["location"]]
        status = {
            "held": self.tr("held"),
            "scheduled": self.tr("not started"),
            "cancelled": self.tr("cancelled"),
        }
        text = " · ".join(p for p in parts if p) + f" — {status.get(m['status'], m['status'])}"
        if m["date"] != dt.date.today():
            text += " " + self.tr("(not today)")
        self.meeting_label.setText(text)
        self._stale_tabs.add(self.meetings)
        self._fill_visible_tab()

    def _fill_visible_tab(self, *_args) -> None:
        """The meetings and history tabs load when shown: the check-in tab is what opens first."""
        tab = self.tabs.currentWidget()
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            tab.set_group(self.group_id())

    def _open_date(self, day: dt.date | None) -> None:
        if day is None or self.group_id() is None:
            return
        meeting_id = meetings.meeting_on(self.group_id(), day) or attendance.meeting_for_day(
            self.group_id(), day
        )
        self.open_meeting(meeting_id or meetings.add_meeting(self.group_id(), day))

    def add_meeting_today(self) -> None:
        if self.group_id() is not None:
            self.open_meeting(meetings.add_meeting(self.group_id(), dt.date.today()))

    def open_meeting(self, meeting_id: int) -> None:
        self._set_meeting(meeting_id)
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.search.setFocus()

    def _meetings_changed(self) -> None:
        if self.group_id() is not None:
            self._choice = attendance.meeting_choice(self.group_id())
        if self.meeting_id is not None and self.meeting_id not in self.meetings.ids():
            self._set_meeting(self._choice.get("today"))
        else:
            self._set_meeting(self.meeting_id)

    # -- sheets, paper mode, kiosk, import --------------------------------------------------------
    def show_signin_sheet(self) -> PdfPreviewDialog | None:
        if self.meeting_id is None:
            return None
        sheet = sheet_for_meeting(self.meeting_id, blank_rows=BLANK_ROWS)
        name = f"sign-in {sheet.group_name} {sheet.date.isoformat()}.pdf".replace("/", "-")
        return PdfPreviewDialog.launch(
            sheet.title, name, lambda path: _build_signin_sheet(path, sheet), self
        )

    def open_paper_mode(self) -> PaperModeDialog | None:
        if self.meeting_id is None:
            return None
        dialog = PaperModeDialog.launch(meetings.get_meeting(self.meeting_id), self)
        dialog.finished.connect(self._after_change)
        return dialog

    def open_kiosk(self) -> KioskWindow | None:
        session = getattr(self.window(), "session", None)  # the main window's, for the passphrase
        if self.meeting_id is None or session is None:
            return None
        if self.kiosk is not None:
            self.kiosk.activateWindow()
            return self.kiosk
        m = meetings.get_meeting(self.meeting_id)
        self.kiosk = KioskWindow(session.vault, self.meeting_id, m["group_id"], m["group"])
        self.kiosk.closed.connect(self._kiosk_closed)
        self.kiosk.showFullScreen()
        self.kiosk.search.setFocus()
        return self.kiosk

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self._after_change()

    def _after_change(self, *_args) -> None:
        """Show what a kiosk or paper mode wrote, unless they closed because of a lock."""
        if self.meeting_id is not None and dbmod.is_open():
            self.checkin.reload()
            self._refresh_meeting_label()

    def import_attendance(self) -> AttendanceImportDialog | None:
        dialog = AttendanceImportDialog.launch(self)
        if dialog is not None:
            dialog.imported.connect(self.reload_groups)
        return dialog

    # -- lock -------------------------------------------------------------------------------------
    def on_unlocked(self) -> None:
        self.meetings.on_unlocked()
        self.reload_groups()

    def on_locked(self) -> None:
        if self.kiosk is not None:  # an unattended kiosk hides too
            self.kiosk.force_close()
        self.checkin.clear()
        self.history.clear()
        self.meetings.on_locked()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.blockSignals(False)
        self.meeting_id = None
        self._choice = {}
        self.meeting_label.clear()


def _build_signin_sheet(path, sheet) -> None:
    from peerdesk.documents.signin_sheet import build_signin_sheet  # reportlab: only when needed

    build_signin_sheet(path, sheet)
