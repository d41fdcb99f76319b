"""A member's confidential notes: hidden until asked for, drafts saved as you type.

People look over shoulders at meetings, so the timeline and the composer stay hidden until the
coordinator clicks "Show notes" for this member; switching member or locking hides them again.
Whatever is typed is written to the database after a short pause (a draft for a new note, the
note itself when editing one), so an idle lock or a crash loses nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import notes
from peerdesk.domain.models import NOTE_KINDS
from peerdesk.ui.widgets import ErrorLabel

AUTOSAVE_MS = 500


def confirm_delete(parent: QWidget) -> bool:
    """Ask before deleting a note; a seam that tests monkeypatch."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("NotesPanel", "Delete note"),
        QCoreApplication.translate(
            "NotesPanel", "Delete this note for good? It cannot be brought back."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def kind_label(kind: str) -> str:
    """A stored note kind ("check-in") as shown to the coordinator."""
    labels = {
        "general": QT_TRANSLATE_NOOP("NotesPanel", "general"),
        "check-in": QT_TRANSLATE_NOOP("NotesPanel", "check-in"),
        "concern": QT_TRANSLATE_NOOP("NotesPanel", "concern"),
        "follow-up": QT_TRANSLATE_NOOP("NotesPanel", "follow-up"),
    }
    return QCoreApplication.translate("NotesPanel", labels[kind]) if kind in labels else kind


def _note_text(note: notes.NoteView) -> str:
    when = note.created_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    head = f"{when} · {kind_label(note.kind)}"
    if note.follow_up_due:
        if note.follow_up_done:
            state = QCoreApplication.translate("NotesPanel", "done")
        else:
            state = (
                QCoreApplication.translate("NotesPanel", "OVERDUE")
                if note.is_overdue()
                else QCoreApplication.translate("NotesPanel", "open")
            )
        head += " · " + QCoreApplication.translate(
            "NotesPanel", "follow up by {date} ({state})"
        ).format(date=note.follow_up_due.isoformat(), state=state)
    return f"{head}\n{note.body}"


class NotesPanel(QWidget):
    changed = Signal()  # a note was saved, edited, deleted or its follow-up changed

    HIDDEN, SHOWN = range(2)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.editing_id: int | None = None

        hidden = QWidget()
        self.show_button = QPushButton(self.tr("Show notes"))
        self.show_button.setAccessibleName(self.tr("Show notes for this member"))
        self.show_button.clicked.connect(self.reveal)
        hint = QLabel(
            self.tr(
                "Notes are confidential and hidden in case someone is looking over your shoulder."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(hidden)
        box.addStretch(1)
        box.addWidget(hint)
        box.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

        shown = QWidget()
        self.hide_button = QPushButton(self.tr("Hide notes"))
        self.hide_button.clicked.connect(self.conceal)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Notes timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = QPushButton(self.tr("Follow-up done"))
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.kind = QComboBox()
        for kind in NOTE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of note"))
        self.has_due = QCheckBox(self.tr("Follow up by"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.due.setAccessibleName(self.tr("Follow-up date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Write a note… (saved as a draft as you type)"))
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard draft"))
        self.discard_button.clicked.connect(self.discard)
        self.draft_state = QLabel()
        self.draft_state.setAccessibleName(self.tr("Draft state"))
        self.error = ErrorLabel()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self.body.textChanged.connect(self._autosave.start)
        self.kind.currentIndexChanged.connect(self._autosave.start)
        self.has_due.toggled.connect(self._autosave.start)
        self.due.dateChanged.connect(self._autosave.start)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Confidential notes</b>")))
        top.addStretch(1)
        top.addWidget(self.hide_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.edit_button, self.done_button, self.delete_button):
            actions.addWidget(button)
        meta = QHBoxLayout()
        meta.addWidget(QLabel(self.tr("Kind")))
        meta.addWidget(self.kind)
        meta.addSpacing(12)
        meta.addWidget(self.has_due)
        meta.addWidget(self.due)
        meta.addStretch(1)
        compose = QHBoxLayout()
        compose.addWidget(self.draft_state, 1)
        compose.addWidget(self.discard_button)
        compose.addWidget(self.save_button)
        layout = QVBoxLayout(shown)
        layout.addLayout(top)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(actions)
        layout.addLayout(meta)
        layout.addWidget(self.body)
        layout.addWidget(self.error)
        layout.addLayout(compose)

        self.stack = QStackedWidget()
        self.stack.addWidget(hidden)
        self.stack.addWidget(shown)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_member(None)

    # -- visibility ----------------------------------------------------------------------------
    def is_revealed(self) -> bool:
        return self.stack.currentIndex() == self.SHOWN

    def set_member(self, member_id: int | None) -> None:
        """Another member (or none): save what was typed, then hide everything."""
        self.conceal()
        self.member_id = member_id
        self.show_button.setEnabled(member_id is not None)

    def reveal(self) -> None:
        if self.member_id is None:
            return
        self.stack.setCurrentIndex(self.SHOWN)
        self._load_composer()
        self.refresh()

    def conceal(self) -> None:
        """Save any typing, then forget every note's text from the widgets."""
        if self.is_revealed():
            self.flush()
        self._autosave.stop()
        self.stack.setCurrentIndex(self.HIDDEN)
        self.timeline.clear()
        self.editing_id = None
        self._set_composer("", "general", None)
        self.draft_state.clear()
        self.error.clear_error()

    def on_locked(self) -> None:
        """The database is about to close or has closed: drop everything without touching it."""
        self._autosave.stop()
        self.stack.setCurrentIndex(self.HIDDEN)
        self.timeline.clear()
        self.editing_id = None
        self._set_composer("", "general", None)
        self.draft_state.clear()
        self.member_id = None
        self.show_button.setEnabled(False)

    # -- timeline ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.timeline.clear()
        for note in notes.timeline(self.member_id):
            item = QListWidgetItem(_note_text(note))
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.timeline.addItem(item)
        if not self.timeline.count():
            placeholder = QListWidgetItem(self.tr("No notes yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(placeholder)
        self._update_buttons()

    def selected_note(self) -> notes.NoteView | None:
        items = self.timeline.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        note = self.selected_note()
        self.edit_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        self.done_button.setEnabled(note is not None and note.follow_up_due is not None)
        if note is not None and note.follow_up_due is not None:
            self.done_button.setText(
                self.tr("Reopen follow-up") if note.follow_up_done else self.tr("Follow-up done")
            )

    # -- composing -----------------------------------------------------------------------------
    def _set_composer(self, body: str, kind: str, due: dt.date | None) -> None:
        for widget in (self.body, self.kind, self.has_due, self.due):
            widget.blockSignals(True)
        self.body.setPlainText(body)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.has_due.setChecked(due is not None)
        self.due.setEnabled(due is not None)
        self.due.setDate(QDate(due) if due else QDate.currentDate().addDays(7))
        for widget in (self.body, self.kind, self.has_due, self.due):
            widget.blockSignals(False)

    def _load_composer(self) -> None:
        current = notes.draft(self.member_id)
        if current is None:
            self._set_composer("", "general", None)
            self.draft_state.clear()
        else:
            self._set_composer(current.body, current.kind, current.follow_up_due)
            self.draft_state.setText(self.tr("Draft restored — not saved as a note yet."))
        self.save_button.setText(self.tr("Save note"))
        self.discard_button.setText(self.tr("Discard draft"))

    def _due(self) -> dt.date | None:
        return self.due.date().toPython() if self.has_due.isChecked() else None

    def flush(self) -> None:
        """Write what is typed now: the draft, or the note being edited."""
        self._autosave.stop()
        if self.member_id is None or not self.is_revealed():
            return
        body, kind = self.body.toPlainText(), self.kind.currentData()
        if self.editing_id is not None:
            if body.strip():
                note = self.selected_note()
                done = note.follow_up_done if note and note.id == self.editing_id else False
                notes.update_note(self.editing_id, body, kind, self._due(), done)
                self.draft_state.setText(self.tr("Changes saved."))
            return
        notes.save_draft(self.member_id, body, kind, self._due())
        self.draft_state.setText(self.tr("Draft saved.") if body.strip() else "")

    def save(self) -> None:
        self.error.clear_error()
        if not self.body.toPlainText().strip():
            self.error.show_error(self.tr("The note is empty; write something before saving it."))
            return
        self.flush()
        if self.editing_id is None:
            notes.publish_draft(self.member_id)
        self.editing_id = None
        self._load_composer()
        self.draft_state.setText(self.tr("Note saved."))
        self.refresh()
        self.changed.emit()

    def discard(self) -> None:
        self._autosave.stop()
        if self.editing_id is None:
            notes.discard_draft(self.member_id)
        self.editing_id = None
        self._load_composer()

    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        self.flush()
        self.editing_id = note.id
        self._set_composer(note.body, note.kind, note.follow_up_due)
        self.save_button.setText(self.tr("Done editing"))
        self.discard_button.setText(self.tr("Stop editing"))
        self.draft_state.setText(self.tr("Editing a saved note — changes are saved as you type."))
        self.body.setFocus()

    def toggle_done(self) -> None:
        note = self.selected_note()
        if note is None or note.follow_up_due is None:
            return
        notes.mark_done(note.id, not note.follow_up_done)
        self.refresh()
        self.changed.emit()

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is None or not confirm_delete(self):
            return
        notes.delete_note(note.id)
        if self.editing_id == note.id:
            self.editing_id = None
            self._load_composer()
        self.refresh()
        self.changed.emit()
