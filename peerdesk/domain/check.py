"""Health checks for `peerdesk check`: SQLite integrity, foreign keys, app-level consistency."""

from __future__ import annotations

from peerdesk.domain.models import database
from peerdesk.i18n import translate


def run_checks() -> list[str]:
    """Every problem found, each as one sentence; an empty list means healthy."""
    db = database.obj
    problems: list[str] = []
    integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        problems.append(
            translate("Database", "The database file is damaged ({detail}).").format(
                detail=integrity[0]
            )
        )
        return problems
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(
            translate(
                "Database",
                "{n} rows point to records that no longer exist (first in table {table}).",
            ).format(n=len(fk), table=fk[0][0])
        )
    checks = (
        (
            "SELECT COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.status = 'cancelled'",
            translate("Database", "{n} attendance records belong to cancelled meetings."),
        ),
        (
            "SELECT COUNT(*) FROM meeting WHERE anonymous_count < 0 OR guest_count < 0",
            translate("Database", "{n} meetings have a negative headcount."),
        ),
        (
            "SELECT COUNT(*) FROM member WHERE trim(preferred_name) = '' AND erased = 0",
            translate("Database", "{n} members have no name."),
        ),
        (
            "SELECT COUNT(*) FROM meeting WHERE status NOT IN ('scheduled', 'held', 'cancelled')",
            translate("Database", "{n} meetings have an unknown status."),
        ),
        (
            "SELECT COUNT(*) FROM attendance WHERE status NOT IN ('present', 'late', 'left early')",
            translate("Database", "{n} attendance records have an unknown status."),
        ),
        (
            "SELECT COUNT(*) - COUNT(DISTINCT version) FROM schema_version",
            translate("Database", "The schema version table has {n} duplicate rows."),
        ),
        (
            "SELECT COUNT(*) FROM membership WHERE until IS NOT NULL AND since IS NOT NULL AND until < since",
            translate("Database", "{n} group memberships end before they start."),
        ),
        (
            "SELECT COUNT(*) FROM membership WHERE role NOT IN ('participant', 'facilitator')",
            translate("Database", "{n} group memberships have an unknown role."),
        ),
        (
            "SELECT COUNT(*) FROM note WHERE kind NOT IN ('general', 'check-in', 'concern', 'follow-up')",
            translate("Database", "{n} notes have an unknown kind."),
        ),
        (
            "SELECT COUNT(*) FROM attachment WHERE size != length(data)",
            translate("Database", "{n} attached files are not the size they should be."),
        ),
        (
            "SELECT COUNT(*) FROM (SELECT handout_id, position FROM handout_item "
            "GROUP BY handout_id, position HAVING COUNT(*) > 1)",
            translate("Database", "{n} handouts list two resources in the same place."),
        ),
    )
    for sql, message in checks:
        n = db.execute_sql(sql).fetchone()[0]
        if n:
            problems.append(message.format(n=n))
    problems.extend(_app_level_problems(db))
    return problems


def _app_level_problems(db) -> list[str]:
    """Derived data that must follow the rows it is derived from (search text, settings)."""
    from peerdesk.domain import members, settings

    problems = []
    stale = sum(
        1
        for preferred, full, email, phone, text in db.execute_sql(
            "SELECT preferred_name, full_name, email, phone, search_text FROM member WHERE erased = 0"
        )
        if members.search_text_for(preferred, full, email, phone) != text
    )
    if stale:
        problems.append(
            translate(
                "Database", "{n} members cannot be found by search (their search text is stale)."
            ).format(n=stale)
        )
    for key, value in db.execute_sql("SELECT key, value FROM setting"):
        if key in settings.DEFAULTS:
            try:
                settings.validate(key, value)
            except settings.SettingError as exc:
                problems.append(
                    translate("Database", "The setting {key} is invalid: {reason}").format(
                        key=key, reason=exc
                    )
                )
    return problems


def summary() -> dict[str, int]:
    db = database.obj
    return {
        table: db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        for table in ("group", "member", "meeting", "attendance", "note", "resource")
    }
