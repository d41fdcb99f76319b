"""Run a slow domain call off the UI thread, with progress, cancel and one-sentence errors."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from peerdesk.domain.progress import Cancelled, Progress


def user_error_types() -> tuple[type[BaseException], ...]:
    from peerdesk.cli.common import user_error_types as domain_errors

    return (*domain_errors(), Cancelled, OSError, ValueError, LookupError)


class _Thread(QThread):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        from peerdesk.domain.models import database

        job = self.job
        try:
            result = job.fn(*job.args, progress=job.progress_reporter, **job.kwargs)
        except user_error_types() as exc:
            job._error = _sentence(exc)
        except (
            Exception
        ) as exc:  # an unexpected bug: tell the user plainly, keep the trace on stderr
            traceback.print_exc(file=sys.stderr)
            job._error = QCoreApplication.translate(
                "Job", "Something went wrong ({error}); nothing was changed."
            ).format(error=type(exc).__name__)
        else:
            job._result = result
        finally:
            if database.obj is not None and not database.obj.is_closed():
                database.obj.close()  # this thread's own connection


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}."
    return str(exc) or type(exc).__name__


class Job(QObject):
    """Call fn(*args, progress=Progress, **kwargs) in a thread; signals arrive on the UI thread."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args, parent=None, **kwargs) -> None:
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.progress_reporter = Progress(self._report)
        self._result: Any = None
        self._error: str | None = None
        self._thread = _Thread(self)
        self._thread.finished.connect(self._done)

    def _report(self, fraction: float, message: str) -> None:
        try:
            self.progressed.emit(fraction, message)  # queued across threads by Qt
        except RuntimeError:  # the window went away while the job ran: nobody to tell
            self.progress_reporter.cancel()

    def start(self) -> Job:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.progress_reporter.cancel()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _done(self) -> None:
        if self._error is not None:
            self.failed.emit(self._error)
        else:
            self.succeeded.emit(self._result)
        self.finished.emit()
