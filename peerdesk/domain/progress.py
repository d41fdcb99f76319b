"""Progress and cancellation for long domain jobs, without any Qt.

A job takes `progress: Progress` and calls it now and then; when the user has cancelled, the call
raises Cancelled, which unwinds the job's transaction so nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from peerdesk.i18n import translate


class Cancelled(Exception):
    def __init__(self) -> None:
        super().__init__(translate("Progress", "Cancelled; nothing was changed."))


class Progress:
    def __init__(
        self,
        callback: Callable[[float, str], None] | None = None,
        cancel_event: threading.Event | None = None,
    ) -> None:
        self._callback = callback
        self._cancel = cancel_event or threading.Event()

    def __call__(self, fraction: float, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(max(0.0, min(1.0, fraction)), message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = Progress()
