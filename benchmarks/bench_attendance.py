"""Attendance speed at design §8's large scale: check-in search per keystroke, check-in to
durable commit, and a 60-name sign-in sheet. Prints medians; run from the worktree:

    .venv/bin/python benchmarks/bench_attendance.py

The large demo database is built once into benchmarks/.cache/ (git-ignored) and reused; the
benchmark removes the meetings and check-ins it adds, so the cache stays as built.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import open_large, summary  # noqa: E402

from peerdesk.documents.signin_sheet import build_signin_sheet
from peerdesk.domain import attendance, meetings
from peerdesk.domain.models import Attendance, Group, Meeting, Member
from peerdesk.domain.signin import sheet_for_meeting

WORDS = ["kal", "jose", "nguy", "oconnor", "zoe", "dmit", "ana", "moreau", "sam", "li"]


def _scratch_meeting(group_id: int) -> int:
    return meetings.add_meeting(group_id, dt.date.today(), topic="benchmark")


def _drop(meeting_id: int) -> None:
    Attendance.delete().where(Attendance.meeting == meeting_id).execute()
    Meeting.delete().where(Meeting.id == meeting_id).execute()


def bench_search() -> list[float]:
    samples = []
    for (gid,) in Group.select(Group.id).limit(10).tuples():
        meeting = _scratch_meeting(gid)
        for word in WORDS:
            for n in range(1, len(word) + 1):
                start = time.perf_counter()
                attendance.search_for_checkin(gid, word[:n], 8, meeting)
                samples.append(time.perf_counter() - start)
        _drop(meeting)
    return samples


def bench_check_in() -> list[float]:
    group = Group.select().first()
    meeting = _scratch_meeting(group.id)
    samples = []
    for (member,) in Member.select(Member.id).limit(200).tuples():
        start = time.perf_counter()
        attendance.check_in(meeting, member)
        samples.append(time.perf_counter() - start)
    _drop(meeting)
    return samples


def bench_sheet() -> tuple[list[float], list[float]]:
    group = Group.select().where(Group.signin_style != "anonymous").first()
    meeting = _scratch_meeting(group.id)
    data, pdf = [], []
    for _ in range(30):
        start = time.perf_counter()
        sheet = sheet_for_meeting(meeting)
        data.append(time.perf_counter() - start)
        sheet = dataclasses.replace(sheet, roster=(sheet.roster * 2)[:60])
        start = time.perf_counter()
        build_signin_sheet(io.BytesIO(), sheet)
        pdf.append(time.perf_counter() - start)
    _drop(meeting)
    return data, pdf


def main() -> int:
    open_large()
    print(f"{Member.select().count():,} members, {Attendance.select().count():,} attendance rows")
    search = bench_search()
    print(f"check-in search, per keystroke ({len(search)}): {summary(search)}  [target ≤ 5 ms]")
    commit = bench_check_in()
    print(f"check-in to durable commit ({len(commit)}): {summary(commit)}  [target ≤ 20 ms]")
    data, pdf = bench_sheet()
    total = [a + b for a, b in zip(data, pdf, strict=True)]
    print(f"sign-in sheet roster from the database: {summary(data)}")
    print(f"sign-in sheet PDF, 60 names: {summary(pdf)}")
    print(f"sign-in sheet, both together: {summary(total)}  [target ≤ 30 ms]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
