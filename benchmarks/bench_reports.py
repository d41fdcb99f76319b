"""Funder report figures vs hand-written SQL, and attendance export speed, at design §8 scale.

Run: .venv/bin/python benchmarks/bench_reports.py  (builds benchmarks/.cache/large once, ~30 s)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import TODAY, open_large  # noqa: E402

from peerdesk.domain import exports, reports  # noqa: E402
from peerdesk.domain.models import database  # noqa: E402

START, END = dt.date(TODAY.year - 1, 1, 1), dt.date(TODAY.year - 1, 12, 31)
HELD = "m.status = 'held' AND m.date BETWEEN :s AND :e"
IN_RANGE = f"FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE {HELD}"
BEFORE = """EXISTS (SELECT 1 FROM attendance a2 JOIN meeting m2 ON m2.id = a2.meeting_id
                     WHERE a2.member_id = x.mid AND m2.status = 'held' AND m2.date < :s{group})"""
AGE = "(:y - CAST(p.birth_year AS INTEGER))"
PEOPLE = f"FROM member p WHERE p.id IN (SELECT a.member_id {IN_RANGE})"
# The same figures as a careful person writes them in a SQL console: one plain query per table,
# each using the indexes ("has an earlier attendance" as EXISTS, not a scan of all history).
HAND_SQL = [
    "SELECT COUNT(*), SUM(anonymous_count + guest_count) FROM meeting m WHERE " + HELD,
    f"SELECT COUNT(*), COUNT(DISTINCT a.member_id) {IN_RANGE}",
    f"""SELECT SUM(NOT {BEFORE.format(group="")}), SUM(x.n >= 3)
          FROM (SELECT a.member_id AS mid, COUNT(*) AS n {IN_RANGE} GROUP BY a.member_id) x""",
    f"""SELECT substr(m.date, 1, 7), COUNT(*), SUM(anonymous_count + guest_count)
          FROM meeting m WHERE {HELD} GROUP BY 1""",
    f"""SELECT month, SUM(c), COUNT(*), SUM(c >= 3) FROM (
          SELECT substr(m.date, 1, 7) AS month, a.member_id, COUNT(*) AS c {IN_RANGE} GROUP BY 1, 2)
         GROUP BY month""",
    f"""SELECT x.first_month, COUNT(*) FROM (
          SELECT a.member_id AS mid, MIN(substr(m.date, 1, 7)) AS first_month {IN_RANGE}
           GROUP BY a.member_id) x WHERE NOT {BEFORE.format(group="")} GROUP BY 1""",
    f"""SELECT m.group_id, COUNT(*), SUM(anonymous_count + guest_count)
          FROM meeting m WHERE {HELD} GROUP BY 1""",
    f"""SELECT x.gid, SUM(x.n), COUNT(*), SUM(NOT {BEFORE.format(group=" AND m2.group_id = x.gid")}),
               SUM(x.n >= 3)
          FROM (SELECT m.group_id AS gid, a.member_id AS mid, COUNT(*) AS n {IN_RANGE} GROUP BY 1, 2) x
         GROUP BY x.gid""",
    f"""SELECT CASE WHEN p.birth_year NOT GLOB '[0-9][0-9][0-9][0-9]' THEN 'unknown'
                    WHEN {AGE} < 18 THEN 'under 18' WHEN {AGE} < 25 THEN '18-24'
                    WHEN {AGE} < 35 THEN '25-34' WHEN {AGE} < 45 THEN '35-44'
                    WHEN {AGE} < 55 THEN '45-54' WHEN {AGE} < 65 THEN '55-64' ELSE '65+' END,
               COUNT(*) {PEOPLE} GROUP BY 1""",
    f"SELECT p.gender, COUNT(*) {PEOPLE} GROUP BY 1",
    f"SELECT p.ethnicity, COUNT(*) {PEOPLE} GROUP BY 1",
]


def median_time(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def hand_written() -> None:
    params = {"s": START.isoformat(), "e": END.isoformat(), "y": END.year}
    for sql in HAND_SQL:
        database.obj.execute_sql(sql, params).fetchall()


def main() -> None:
    open_large()
    ours = median_time(lambda: reports.as_dict(reports.compute(START, END), 11))
    hand = median_time(hand_written)
    print(
        f"year's figures, all groups: peerdesk {ours * 1000:.0f} ms, hand-written SQL "
        f"{hand * 1000:.0f} ms, ratio {ours / hand:.2f} (target <= 1.5)"
    )
    with tempfile.TemporaryDirectory() as folder:
        for suffix, start in ((".csv", dt.date(2000, 1, 1)), (".xlsx", START)):
            target = Path(folder) / f"attendance{suffix}"
            started = time.perf_counter()
            rows = exports.export_attendance(start, END if suffix == ".xlsx" else TODAY, target)
            took = time.perf_counter() - started
            print(
                f"attendance export {suffix}: {rows:,} rows in {took:.2f} s = {rows / took:,.0f} rows/s"
            )


if __name__ == "__main__":
    main()
