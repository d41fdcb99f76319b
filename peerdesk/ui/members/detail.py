"""The right-hand side of the Members pane: one member's profile, groups, attendance and notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import groups, members
from peerdesk.domain.models import ROLES
from peerdesk.ui import translated
from peerdesk.ui.members.notes_panel import NotesPanel
from peerdesk.ui.members.profile_form import ProfileForm
from peerdesk.ui.table_model import Column, LazyTableModel
from peerdesk.ui.widgets import ErrorLabel

GROUP_COLUMNS = (
    Column("group", QT_TRANSLATE_NOOP("MemberDetail", "Group")),
    Column("role", QT_TRANSLATE_NOOP("MemberDetail", "Role"), format=lambda r: role_label(r)),
    Column("since", QT_TRANSLATE_NOOP("MemberDetail", "Since")),
)
ATTENDANCE_COLUMNS = (
    Column("date", QT_TRANSLATE_NOOP("MemberDetail", "Date")),
    Column("group", QT_TRANSLATE_NOOP("MemberDetail", "Group")),
    Column(
        "status", QT_TRANSLATE_NOOP("MemberDetail", "Attendance"), format=lambda s: status_label(s)
    ),
    Column(
        "meeting_status",
        QT_TRANSLATE_NOOP("MemberDetail", "Meeting"),
        format=lambda s: status_label(s),
    ),
)


def role_label(role: str) -> str:
    """A stored role ("participant") as shown to the coordinator."""
    labels = {
        "participant": QT_TRANSLATE_NOOP("MemberDetail", "participant"),
        "facilitator": QT_TRANSLATE_NOOP("MemberDetail", "facilitator"),
    }
    return QCoreApplication.translate("MemberDetail", labels.get(role, role))


def status_label(status) -> str:
    """Attendance and meeting states are stored in English; show them in the window's language."""
    labels = {
        "present": QT_TRANSLATE_NOOP("MemberDetail", "present"),
        "late": QT_TRANSLATE_NOOP("MemberDetail", "late"),
        "left early": QT_TRANSLATE_NOOP("MemberDetail", "left early"),
        "held": QT_TRANSLATE_NOOP("MemberDetail", "held"),
        "cancelled": QT_TRANSLATE_NOOP("MemberDetail", "cancelled"),
        "scheduled": QT_TRANSLATE_NOOP("MemberDetail", "scheduled"),
    }
    text = "" if status is None else str(status)
    return QCoreApplication.translate("MemberDetail", labels[text]) if text in labels else text


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class GroupsTab(QWidget):
    """Groups and roles (add, change role, remove) and the attendance history, newest first."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.groups_model = LazyTableModel(
            translated.columns("MemberDetail", GROUP_COLUMNS),
            lambda _q, offset, limit: self._groups()[offset : offset + limit],
            self,
        )
        self.attendance_model = LazyTableModel(
            translated.columns("MemberDetail", ATTENDANCE_COLUMNS),
            lambda _q, offset, limit: members.attendance_history(self.member_id, offset, limit),
            self,
        )
        self.groups_view = _table(self.groups_model)
        self.groups_view.setAccessibleName(self.tr("Groups of this member"))
        self.groups_view.setMaximumHeight(150)
        self.attendance_view = _table(self.attendance_model)
        self.attendance_view.setAccessibleName(self.tr("Attendance history"))
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(self.tr("Group to add"))
        self.group_choice.setMinimumContentsLength(12)  # long group names must not widen the pane
        self.group_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_choice = QComboBox()
        for role in ROLES:
            self.role_choice.addItem(role_label(role), role)
        self.role_choice.setAccessibleName(self.tr("Role"))
        self.add_button = QPushButton(self.tr("Add / set role"))
        self.add_button.clicked.connect(self.add_group)
        self.remove_button = QPushButton(self.tr("Remove from group"))
        self.remove_button.clicked.connect(self.remove_group)
        self.error = ErrorLabel()
        self.attendance_label = QLabel()
        row = QHBoxLayout()  # two rows, so the detail beside the list can stay narrow
        row.addWidget(self.group_choice, 1)
        row.addWidget(self.role_choice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Groups</b>")))
        layout.addWidget(self.groups_view)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.attendance_view, 1)

    def _groups(self) -> list[dict]:
        return members.member_groups(self.member_id) if self.member_id is not None else []

    def set_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        enabled = member_id is not None
        self.groups_model.set_enabled(enabled)
        self.attendance_model.set_enabled(enabled)
        for widget in (self.group_choice, self.role_choice, self.add_button, self.remove_button):
            widget.setEnabled(enabled)
        self.group_choice.clear()
        self.error.clear_error()
        if enabled:
            for g in groups.list_groups(include_archived=False):
                self.group_choice.addItem(g["name"], g["id"])
            count = members.attendance_count(member_id)
            self.attendance_label.setText(
                self.tr("<b>Attendance</b> — {count} meetings").format(count=f"{count:,}")
            )
        else:
            self.attendance_label.clear()

    def add_group(self) -> None:
        group_id = self.group_choice.currentData()
        if group_id is None:
            return
        try:
            members.set_membership(self.member_id, group_id, self.role_choice.currentData())
        except members.MemberError as exc:
            self.error.show_error(str(exc))
            return
        self.groups_model.reload()
        self.changed.emit()

    def remove_group(self) -> None:
        rows = self.groups_view.selectionModel().selectedRows()
        if not rows:
            self.error.show_error(self.tr("Select a group in the list first."))
            return
        group = self.groups_model.row_object(rows[0].row())
        members.remove_membership(self.member_id, group["group_id"])
        self.groups_model.reload()
        self.changed.emit()


class MemberDetail(QWidget):
    """Shows nothing until a member is chosen; `saved` says the list should refresh."""

    saved = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Member name"))
        self.profile = ProfileForm()
        self.profile.saved.connect(self._on_saved)
        self.groups_tab = GroupsTab()
        self.groups_tab.changed.connect(lambda: self.saved.emit(self.member_id))
        self.notes = NotesPanel()
        self.notes.changed.connect(lambda: self.saved.emit(self.member_id))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Profile"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.profile)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Profile"))
        self.tabs.addTab(self.groups_tab, self.tr("Groups && attendance"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.empty = QLabel(self.tr("Choose a member in the list, or click “New member”."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def show_member(self, member_id: int) -> None:
        self.member_id = member_id
        self.profile.load(member_id)
        self.groups_tab.set_member(member_id)
        self.notes.set_member(member_id)
        self._set_title()
        self.empty.hide()
        self.tabs.show()

    def new_member(self) -> None:
        self.clear()
        self.profile.clear()
        self.profile.fields["active"].setChecked(True)
        self.title.setText(self.tr("<h3>New member</h3>"))
        self.empty.hide()
        self.tabs.show()
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setTabEnabled(2, False)
        self.profile.fields["preferred_name"].setFocus()

    def clear(self) -> None:
        self.member_id = None
        self.notes.set_member(None)
        self.profile.clear()
        self.groups_tab.set_member(None)
        self.title.clear()
        self.tabs.hide()
        self.empty.show()

    def on_locked(self) -> None:
        self.notes.on_locked()
        self.member_id = None
        self.profile.clear()
        self.groups_tab.set_member(None)
        self.title.clear()
        self.tabs.hide()
        self.empty.show()

    def _set_title(self) -> None:
        data = self.profile.values()
        name = data["preferred_name"]
        if data["full_name"] and data["full_name"] != name:
            name += f" ({data['full_name']})"
        self.title.setText(f"<h3>{html.escape(name)}</h3>")
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, True)

    def _on_saved(self, member_id: int) -> None:
        new = self.member_id != member_id
        self.member_id = member_id
        if new:
            self.show_member(member_id)
        else:
            self._set_title()
        self.saved.emit(member_id)
