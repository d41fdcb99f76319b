"""Locks the session after a stretch with no keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int = 5, parent=None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, int(minutes)) * 60_000)

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
