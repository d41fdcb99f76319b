"""Funder report figures (design §5), computed in one SQL statement over held meetings.

Every figure is counted by SQLite: the statement materialises the selected held meetings, their
attendances and one row per person, then returns a handful of tagged aggregate rows (overall,
per month, per group, demographics) that Python only files into place. No per-attendance Python.

"First attendance ever" looks at held meetings of the selected groups (for a group's row: that
group), so a person is new when they have no such attendance before the range starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peerdesk.domain.models import Group, database
from peerdesk.domain.progress import NO_PROGRESS, Progress
from peerdesk.i18n import translate

FIGURES = (
    "meetings_held",
    "named_attendances",
    "anonymous_attendances",
    "total_attendances",
    "unduplicated_participants",
    "new_participants",
    "returning_participants",
    "average_attendance",
    "retained_participants",
)
AGE_BANDS = ("under 18", "18–24", "25–34", "35–44", "45–54", "55–64", "65+", "unknown")
UNKNOWN = "unknown"
DEMOGRAPHICS = ("age_band", "gender", "ethnicity")


class ReportError(ValueError):
    """str() is one sentence for the user."""


@dataclass
class Report:
    start: dt.date
    end: dt.date
    groups: list[str]  # names of the selected groups; empty means all groups
    figures: dict
    by_month: list[dict]
    by_group: list[dict]
    demographics: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def groups_label(self) -> str:
        return ", ".join(self.groups) if self.groups else translate("Reports", "All groups")


def figures_from(held: int, named: int, anonymous: int, unduplicated: int, new: int, retained: int):
    """The nine §5 figures from the six counted ones."""
    total = named + anonymous
    return {
        "meetings_held": held,
        "named_attendances": named,
        "anonymous_attendances": anonymous,
        "total_attendances": total,
        "unduplicated_participants": unduplicated,
        "new_participants": new,
        "returning_participants": unduplicated - new,
        "average_attendance": round(total / held, 2) if held else 0,
        "retained_participants": retained,
    }


def months_between(start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """("YYYY-MM", first day in range, last day in range) for every calendar month touched."""
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        months.append(
            (f"{year:04d}-{month:02d}", max(first, start), min(end, nxt - dt.timedelta(1)))
        )
        year, month = nxt.year, nxt.month
    return months


def resolve_groups(names: Iterable[str]) -> list[Group]:
    """Groups by name (case-insensitive), in the order given; ReportError for an unknown one."""
    from peerdesk.domain.groups import UnknownGroup, get_by_name

    chosen: dict[int, Group] = {}
    for name in names:
        try:
            group = get_by_name(name)
        except UnknownGroup as exc:
            raise ReportError(str(exc)) from None
        chosen[group.id] = group
    return list(chosen.values())


def _group_filter(column: str, group_ids: Sequence[int] | None) -> str:
    if group_ids is None:
        return ""
    ids = ",".join(str(int(g)) for g in group_ids) or "NULL"
    return f" AND {column} IN ({ids})"


def _age_band_sql(year_param: str) -> str:
    age = f"({year_param} - CAST(trim(p.birth_year) AS INTEGER))"
    return f"""CASE
        WHEN trim(p.birth_year) NOT GLOB '[0-9][0-9][0-9][0-9]' OR {age} < 0 THEN 'unknown'
        WHEN {age} < 18 THEN 'under 18' WHEN {age} < 25 THEN '18–24'
        WHEN {age} < 35 THEN '25–34' WHEN {age} < 45 THEN '35–44'
        WHEN {age} < 55 THEN '45–54' WHEN {age} < 65 THEN '55–64' ELSE '65+' END"""


def _attribute_sql(column: str) -> str:
    value = f"trim(p.{column})"
    return f"CASE WHEN {value} = '' OR lower({value}) = 'prefer not to say' THEN 'unknown' ELSE {value} END"


def figures_sql(group_ids: Sequence[int] | None) -> str:
    """The one statement behind a report; parameters :s, :e (ISO dates) and :y (end year)."""
    sel_filter = _group_filter("group_id", group_ids)
    prior_filter = _group_filter("m.group_id", group_ids)
    demographics = "\n".join(
        f"""UNION ALL SELECT '{name}', v, NULL, NULL, NULL, COUNT(*), NULL, NULL FROM (
              SELECT {expr} AS v FROM people JOIN member p ON p.id = people.mid) GROUP BY v COLLATE NOCASE"""
        for name, expr in (
            ("age_band", _age_band_sql(":y")),
            ("gender", _attribute_sql("gender")),
            ("ethnicity", _attribute_sql("ethnicity")),
        )
    )
    return f"""
    WITH sel AS MATERIALIZED (
        SELECT id, group_id, date, substr(date, 1, 7) AS month,
               anonymous_count + guest_count AS anon
          FROM meeting WHERE status = 'held' AND date BETWEEN :s AND :e{sel_filter}),
    att AS MATERIALIZED (
        SELECT a.member_id AS mid, s.group_id AS gid, s.month AS month
          FROM attendance a JOIN sel s ON s.id = a.meeting_id),
    pairs AS MATERIALIZED (
        SELECT mid, gid, COUNT(*) AS n, EXISTS (
                 SELECT 1 FROM meeting m JOIN attendance a ON a.meeting_id = m.id
                  WHERE m.group_id = gid AND a.member_id = mid
                    AND m.status = 'held' AND m.date < :s) AS before
          FROM att GROUP BY mid, gid),
    people AS MATERIALIZED (
        SELECT mid, COUNT(*) AS n, MIN(month) AS first_month, EXISTS (
                 SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                  WHERE a.member_id = mid AND m.status = 'held' AND m.date < :s{prior_filter}
               ) AS before
          FROM att GROUP BY mid)
    SELECT 'all', NULL, (SELECT COUNT(*) FROM sel), (SELECT COALESCE(SUM(anon), 0) FROM sel),
           (SELECT COUNT(*) FROM att), COUNT(*), COALESCE(SUM(NOT before), 0),
           COALESCE(SUM(n >= 3), 0) FROM people
    UNION ALL SELECT 'month', month, COUNT(*), SUM(anon), NULL, NULL, NULL, NULL
                FROM sel GROUP BY month
    UNION ALL SELECT 'month', month, NULL, NULL, SUM(c), COUNT(*), NULL, SUM(c >= 3)
                FROM (SELECT month, mid, COUNT(*) AS c FROM att GROUP BY month, mid) GROUP BY month
    UNION ALL SELECT 'month', first_month, NULL, NULL, NULL, NULL, COUNT(*), NULL
                FROM people WHERE NOT before GROUP BY first_month
    UNION ALL SELECT 'group', group_id, COUNT(*), SUM(anon), NULL, NULL, NULL, NULL
                FROM sel GROUP BY group_id
    UNION ALL SELECT 'group', gid, NULL, NULL, SUM(n), COUNT(*), SUM(NOT before), SUM(n >= 3)
                FROM pairs GROUP BY gid
    {demographics}
    """


_COUNTED = ("held", "anonymous", "named", "unduplicated", "new", "retained")


def compute(
    start: dt.date,
    end: dt.date,
    group_names: Sequence[str] = (),
    progress: Progress = NO_PROGRESS,
) -> Report:
    """Every §5 figure for [start, end] over the named groups (all groups when none)."""
    if end < start:
        raise ReportError(translate("Reports", "The end date is before the start date."))
    progress(0.0, translate("Progress", "Counting"))
    chosen = resolve_groups(group_names)
    group_ids = [g.id for g in chosen] if chosen else None
    params = {"s": start.isoformat(), "e": end.isoformat(), "y": end.year}
    rows = database.obj.execute_sql(figures_sql(group_ids), params).fetchall()
    progress(0.8, translate("Progress", "Arranging"))

    buckets: dict[tuple[str, object], dict[str, int]] = {}
    demographics: dict[str, list[tuple[str, int]]] = {name: [] for name in DEMOGRAPHICS}
    for kind, key, *counts in rows:
        if kind in demographics:
            demographics[kind].append((key, counts[3]))
            continue
        bucket = buckets.setdefault((kind, key), dict.fromkeys(_COUNTED, 0))
        for name, value in zip(_COUNTED, counts, strict=True):
            if value is not None:
                bucket[name] = value

    def figures(kind: str, key) -> dict:
        b = buckets.get((kind, key)) or dict.fromkeys(_COUNTED, 0)
        return figures_from(
            b["held"], b["named"], b["anonymous"], b["unduplicated"], b["new"], b["retained"]
        )

    by_month = [
        {"month": key, "from": first.isoformat(), "to": last.isoformat(), **figures("month", key)}
        for key, first, last in months_between(start, end)
    ]
    if chosen:
        listed = chosen
    else:
        counted = {key for kind, key in buckets if kind == "group"}
        listed = [
            g for g in Group.select().order_by(Group.name) if not g.archived or g.id in counted
        ]
    by_group = [{"group": g.name, **figures("group", g.id)} for g in listed]
    demographics["age_band"] = _in_band_order(demographics["age_band"])
    for name in ("gender", "ethnicity"):
        demographics[name] = _unknown_last(demographics[name])
    progress(1.0, translate("Progress", "Done"))
    return Report(
        start=start,
        end=end,
        groups=[g.name for g in chosen],
        figures=figures("all", None),
        by_month=by_month,
        by_group=by_group,
        demographics=demographics,
    )


def _in_band_order(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    counts = dict(rows)
    return [(band, counts.get(band, 0)) for band in AGE_BANDS]


def _unknown_last(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    known = sorted((r for r in rows if r[0] != UNKNOWN), key=lambda r: r[0].casefold())
    return known + [(UNKNOWN, dict(rows).get(UNKNOWN, 0))]


def as_dict(report: Report, k: int) -> dict:
    """The report as JSON-ready data with design §5 names; demographics suppressed with k."""
    from peerdesk.domain.suppression import suppress

    return {
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "groups": report.groups or "all",
        "min_cell": k,
        **report.figures,
        "by_month": report.by_month,
        "by_group": report.by_group,
        "demographics": {
            name: [
                {"category": label, "participants": shown}
                for label, shown in suppress(report.demographics[name], k)
            ]
            for name in DEMOGRAPHICS
        },
    }
