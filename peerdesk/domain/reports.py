"""Report figures (design §5) computed in SQL over held meetings."""

from __future__ import annotations

import datetime as dt

from peerdesk.domain.models import database
from peerdesk.domain.text import fold


def group_summary(start: dt.date, end: dt.date, query: str = "") -> list[dict]:
    """Per group, over held meetings in [start, end]: meetings, attendances, distinct people."""
    sql = """
        SELECT g.id, g.name,
               (SELECT COUNT(*) FROM meeting m
                 WHERE m.group_id = g.id AND m.status = 'held' AND m.date BETWEEN ?1 AND ?2),
               (SELECT COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                 WHERE m.group_id = g.id AND m.status = 'held' AND m.date BETWEEN ?1 AND ?2),
               (SELECT COALESCE(SUM(m.anonymous_count + m.guest_count), 0) FROM meeting m
                 WHERE m.group_id = g.id AND m.status = 'held' AND m.date BETWEEN ?1 AND ?2),
               (SELECT COUNT(DISTINCT a.member_id) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                 WHERE m.group_id = g.id AND m.status = 'held' AND m.date BETWEEN ?1 AND ?2)
          FROM "group" g
         ORDER BY g.archived, lower(g.name)
    """
    rows = []
    words = fold(query).split()
    for gid, name, held, named, anonymous, distinct in database.obj.execute_sql(
        sql, (start.isoformat(), end.isoformat())
    ):
        if words and not all(w in fold(name) for w in words):
            continue
        total = named + anonymous
        rows.append(
            {
                "group_id": gid,
                "group": name,
                "meetings_held": held,
                "named_attendances": named,
                "anonymous_attendances": anonymous,
                "total_attendances": total,
                "unduplicated_participants": distinct,
                "average_attendance": round(total / held, 2) if held else 0,
            }
        )
    return rows
