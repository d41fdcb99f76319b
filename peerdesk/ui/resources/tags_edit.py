"""A line edit for comma-separated tags that completes the tag being typed from existing tags."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class TagsEdit(QLineEdit):
    def __init__(self, tags: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. grief, crisis, youth"))
        self.completer_ = QCompleter(QStringListModel(tags, self), self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.activated.connect(self.insert_completion)
        self.textEdited.connect(self._update_prefix)

    def current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _update_prefix(self, _text: str) -> None:
        word = self.current_word()
        if not word:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(word)
        if self.completer_.completionCount():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def insert_completion(self, tag: str) -> None:
        """Replace the word being typed with the chosen tag, ready for the next one."""
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        new_before = f"{head}{tag}, "
        self.setText(new_before + after.lstrip(", "))
        self.setCursorPosition(len(new_before))

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]
