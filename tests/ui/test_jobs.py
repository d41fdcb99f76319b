from __future__ import annotations

import threading

from peerdesk.ui.jobs import Job


def test_job_reports_progress_and_result(qtbot):
    def work(n, progress):
        for i in range(n):
            progress(i / n, f"step {i}")
        return n * 2

    job = Job(work, 5)
    seen = []
    job.progressed.connect(lambda f, m: seen.append(m))
    with qtbot.waitSignal(job.succeeded) as blocker:
        job.start()
    job.wait()
    assert blocker.args == [10]
    qtbot.waitUntil(lambda: len(seen) == 5)


def test_job_turns_user_errors_into_a_sentence(qtbot):
    def work(progress):
        raise ValueError("The file is empty.")

    job = Job(work)
    with qtbot.waitSignal(job.failed) as blocker:
        job.start()
    job.wait()
    assert blocker.args == ["The file is empty."]


def test_job_can_be_cancelled(qtbot):
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            progress(0.5, "waiting")

    job = Job(work)
    job.start()
    assert started.wait(5)
    with qtbot.waitSignal(job.failed) as blocker:
        job.cancel()
    job.wait()
    assert blocker.args == ["Cancelled; nothing was changed."]
