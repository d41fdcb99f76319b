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
AGE = "(:y - CAST(p.birth_year AS INTEGER))"
# The same figures, written by hand as one would in a SQL console: one query per table.
HAND_SQL = [
    f"SELECT COUNT(*), SUM(anonymous_count + guest_count) FROM meeting m WHERE {HELD}",
    f"""SELECT COUNT(*), COUNT(DISTINCT a.member_id) FROM attendance a
        JOIN meeting m ON m.id = a.meeting_id WHERE {HELD}""",
    f"""SELECT COUNT(*), SUM(first >= :s), SUM(n >= 3) FROM (
          SELECT a.member_id, COUNT(*) AS n,
                 (SELECT MIN(m2.date) FROM attendance a2 JOIN meeting m2 ON m2.id = a2.meeting_id
                   WHERE a2.member_id = a.member_id AND m2.status = 'held') AS first
            FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE {HELD}
           GROUP BY a.member_id)""",
    f"""SELECT substr(m.date, 1, 7), COUNT(DISTINCT m.id), COUNT(a.id), COUNT(DISTINCT a.member_id)
          FROM meeting m LEFT JOIN attendance a ON a.meeting_id = m.id WHERE {HELD} GROUP BY 1""",
    f"""SELECT month, SUM(c >= 3) FROM (SELECT substr(m.date, 1, 7) AS month, a.member_id, COUNT(*) AS c
          FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE {HELD} GROUP BY 1, 2)
         GROUP BY month""",
    """SELECT substr(first, 1, 7), COUNT(*) FROM (
          SELECT a.member_id, MIN(m.date) AS first FROM attendance a
            JOIN meeting m ON m.id = a.meeting_id WHERE m.status = 'held' GROUP BY a.member_id)
         WHERE first BETWEEN :s AND :e GROUP BY 1""",
    f"""SELECT m.group_id, COUNT(*), COUNT(DISTINCT a.member_id) FROM attendance a
          JOIN meeting m ON m.id = a.meeting_id WHERE {HELD} GROUP BY 1""",
    """SELECT group_id, SUM(first >= :s), SUM(n >= 3) FROM (
          SELECT m.group_id, a.member_id, COUNT(*) FILTER (WHERE m.date >= :s) AS n, MIN(m.date) AS first
            FROM attendance a JOIN meeting m ON m.id = a.meeting_id
           WHERE m.status = 'held' AND m.date <= :e GROUP BY 1, 2)
         WHERE n > 0 GROUP BY group_id""",
    f"""SELECT CASE WHEN {AGE} < 18 THEN 0 WHEN {AGE} < 25 THEN 1 WHEN {AGE} < 35 THEN 2
                    WHEN {AGE} < 45 THEN 3 WHEN {AGE} < 55 THEN 4 WHEN {AGE} < 65 THEN 5 ELSE 6 END,
               p.gender, p.ethnicity, COUNT(*)
          FROM member p WHERE p.id IN (SELECT a.member_id FROM attendance a
               JOIN meeting m ON m.id = a.meeting_id WHERE {HELD}) GROUP BY 1, 2, 3""",
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
