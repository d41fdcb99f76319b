"""Health checks for `peerdesk check`: SQLite integrity, foreign keys, app-level consistency."""

from __future__ import annotations

from peerdesk.domain.models import database


def run_checks() -> list[str]:
    """Every problem found, each as one sentence; an empty list means healthy."""
    db = database.obj
    problems: list[str] = []
    integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        problems.append(f"The database file is damaged ({integrity[0]}).")
        return problems
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(
            f"{len(fk)} rows point to records that no longer exist (first in table {fk[0][0]})."
        )
    checks = (
        (
            "SELECT COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.status = 'cancelled'",
            "{n} attendance records belong to cancelled meetings.",
        ),
        (
            "SELECT COUNT(*) FROM meeting WHERE anonymous_count < 0 OR guest_count < 0",
            "{n} meetings have a negative headcount.",
        ),
        (
            "SELECT COUNT(*) FROM member WHERE trim(preferred_name) = '' AND erased = 0",
            "{n} members have no name.",
        ),
        (
            "SELECT COUNT(*) FROM meeting WHERE status NOT IN ('scheduled', 'held', 'cancelled')",
            "{n} meetings have an unknown status.",
        ),
        (
            "SELECT COUNT(*) FROM attendance WHERE status NOT IN ('present', 'late', 'left early')",
            "{n} attendance records have an unknown status.",
        ),
        (
            "SELECT COUNT(*) - COUNT(DISTINCT version) FROM schema_version",
            "The schema version table has {n} duplicate rows.",
        ),
    )
    for sql, message in checks:
        n = db.execute_sql(sql).fetchone()[0]
        if n:
            problems.append(message.format(n=n))
    return problems


def summary() -> dict[str, int]:
    db = database.obj
    return {
        table: db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in ("group", "member", "meeting", "attendance", "note", "resource")
    }
