"""Clearly fictional demo data, small (to try the app) or large (design §8's reference scale).

Everything is inserted with executemany inside one transaction: the large scale writes about a
million attendance rows and must finish in well under two minutes.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from peerdesk.domain import settings
from peerdesk.domain.demo_data import (
    CONFIDENTIALITY,
    ETHNICITIES,
    FIRST_NAMES,
    GENDERS,
    LAST_NAMES,
    NOTE_BODIES,
    RESOURCE_SEED,
    SMALL_GROUPS,
)
from peerdesk.domain.members import search_text_for
from peerdesk.domain.models import database, utcnow
from peerdesk.domain.resources import search_text_for as resource_search_text
from peerdesk.domain.schedule import occurrences

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Scale:
    groups: int
    members: int
    years: int
    attendees_per_meeting: float
    notes: int
    resources: int


SCALES = {
    "small": Scale(
        groups=6, members=120, years=1, attendees_per_meeting=9, notes=150, resources=30
    ),
    # A tenth of the reference scale, for the benchmark suite's --quick mode.
    "tenth": Scale(
        groups=5, members=500, years=10, attendees_per_meeting=40.2, notes=500, resources=40
    ),
    "large": Scale(
        groups=50, members=5000, years=10, attendees_per_meeting=40.2, notes=5000, resources=400
    ),
}


def _uuid() -> str:
    return uuid.uuid4().hex


def populate(
    scale: str = "small",
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> dict:
    """Fill the open (empty) database; returns counts of what was created."""
    if scale not in SCALES:
        raise ValueError(f"Unknown scale {scale!r}: use small or large.")
    sc = SCALES[scale]
    rng = random.Random(seed)
    today = today or dt.date.today()
    report = progress or (lambda fraction, message: None)
    now = utcnow()
    db = database.obj
    cursor = db.cursor
    counts: dict[str, int] = {}

    with database.atomic():
        settings.set_many({"organisation_name": "Riverside Peer Support (DEMO: fictional people)"})
        # Groups
        group_rows = []
        for i in range(sc.groups):
            if i < len(SMALL_GROUPS):
                name, focus, weekday, recurrence, nth, time, style, location = SMALL_GROUPS[i]
            else:
                base = SMALL_GROUPS[i % len(SMALL_GROUPS)]
                name = f"{base[0]} #{i // len(SMALL_GROUPS) + 1}"
                focus, weekday, recurrence, nth, time, style, location = base[1:]
                recurrence, nth = "weekly", None  # the large scale is weekly meetings throughout
            if scale == "large":
                recurrence, nth = "weekly", None
            group_rows.append(
                (
                    _uuid(),
                    name,
                    focus,
                    f"A fictional {focus} group for the demo.",
                    location,
                    weekday,
                    time,
                    90,
                    recurrence,
                    nth,
                    today - dt.timedelta(days=365 * sc.years),
                    "Demo Facilitator",
                    style,
                    CONFIDENTIALITY,
                    0,
                    now,
                )
            )
        cursor().executemany(
            'INSERT INTO "group" (uuid, name, focus, description, location, weekday, start_time, '
            "duration_minutes, recurrence, recurrence_nth, schedule_start, facilitators, signin_style, "
            "confidentiality, archived, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            group_rows,
        )
        group_ids = [r[0] for r in db.execute_sql('SELECT id FROM "group" ORDER BY id')]
        counts["groups"] = len(group_ids)
        report(0.02, "groups")

        # Members
        member_rows = []
        start = today - dt.timedelta(days=365 * sc.years)
        for i in range(sc.members):
            first = (
                FIRST_NAMES[i % len(FIRST_NAMES)]
                if i < len(FIRST_NAMES)
                else rng.choice(FIRST_NAMES)
            )
            last = (
                LAST_NAMES[i % len(LAST_NAMES)] if i < len(FIRST_NAMES) else rng.choice(LAST_NAMES)
            )
            full = f"{last} {first}" if last.startswith("Nguyễn") else f"{first} {last}"
            email = f"member{i + 1}@example.org" if rng.random() < 0.7 else ""
            phone = (
                f"555-{rng.randint(100, 199):03d}-{rng.randint(0, 9999):04d}"
                if rng.random() < 0.6
                else ""
            )
            joined = start + dt.timedelta(days=rng.randint(0, max(1, (today - start).days - 30)))
            consent = rng.random() < 0.6
            member_rows.append(
                (
                    _uuid(),
                    first,
                    full,
                    "",
                    phone,
                    email,
                    int(consent),
                    joined if consent else None,
                    "",
                    joined,
                    int(rng.random() < 0.92),
                    str(rng.randint(1940, 2008))
                    if rng.random() < 0.8
                    else rng.choice(("", "prefer not to say")),
                    rng.choice(GENDERS),
                    rng.choice(ETHNICITIES),
                    f"Z{rng.randint(10, 99)} {rng.randint(1, 9)}XX",
                    0,
                    search_text_for(first, full, email, phone),
                    now,
                    now,
                )
            )
        cursor().executemany(
            "INSERT INTO member (uuid, preferred_name, full_name, pronouns, phone, email, consent_contact, "
            "consent_date, emergency_contact, joined_on, active, birth_year, gender, ethnicity, postal_code, "
            "erased, search_text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            member_rows,
        )
        member_ids = [r[0] for r in db.execute_sql("SELECT id FROM member ORDER BY id")]
        counts["members"] = len(member_ids)
        report(0.05, "members")

        # Memberships: every member in one group, a fifth in a second one.
        roster: dict[int, list[int]] = {g: [] for g in group_ids}
        membership_rows = []
        for index, member_id in enumerate(member_ids):
            groups = [group_ids[index % len(group_ids)]]
            if rng.random() < 0.2:
                other = rng.choice(group_ids)
                if other not in groups:
                    groups.append(other)
            for group_id in groups:
                roster[group_id].append(member_id)
                role = "facilitator" if len(roster[group_id]) == 1 else "participant"
                membership_rows.append((_uuid(), member_id, group_id, role, start, None))
        cursor().executemany(
            "INSERT INTO membership (uuid, member_id, group_id, role, since, until) VALUES (?,?,?,?,?,?)",
            membership_rows,
        )
        report(0.08, "memberships")

        # Meetings and attendance
        meeting_count = attendance_count = 0
        regularity = {m: rng.uniform(0.15, 0.95) for m in member_ids}
        group_info = db.execute_sql(
            "SELECT id, weekday, recurrence, recurrence_nth, schedule_start, start_time, location, signin_style "
            'FROM "group" ORDER BY id'
        ).fetchall()
        meeting_sql = (
            "INSERT INTO meeting (uuid, group_id, date, start_time, location, topic, facilitator, status, "
            "anonymous_count, guest_count, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        )
        attendance_sql = "INSERT INTO attendance (uuid, meeting_id, member_id, status, checked_in_at) VALUES (?,?,?,?,?)"
        topics = (
            "Open sharing",
            "Coping with holidays",
            "Self-care",
            "Sleep",
            "Asking for help",
            "Anniversaries",
            "",
        )
        horizon = today + dt.timedelta(days=28)
        for gi, (group_id, weekday, recurrence, nth, anchor, time, location, style) in enumerate(
            group_info
        ):
            anchor_date = dt.date.fromisoformat(str(anchor)) if anchor else None
            dates = list(
                occurrences(weekday, recurrence, start, horizon, nth=nth, anchor=anchor_date)
            )
            people = roster[group_id]
            attendance_rows = []
            for day in dates:
                if day > today:
                    status = "scheduled"
                else:
                    status = "cancelled" if rng.random() < 0.03 else "held"
                anonymous = rng.randint(0, 6) if style == "anonymous" else rng.randint(0, 2)
                guests = rng.randint(0, 2) if status == "held" else 0
                cur = cursor()
                cur.execute(
                    meeting_sql,
                    (
                        _uuid(),
                        group_id,
                        day,
                        time,
                        location,
                        rng.choice(topics),
                        "Demo Facilitator",
                        status,
                        anonymous if status == "held" else 0,
                        guests,
                        now,
                    ),
                )
                meeting_id = cur.lastrowid
                meeting_count += 1
                if status != "held" or not people:
                    continue
                if scale == "large":
                    k = min(len(people), max(1, int(rng.gauss(sc.attendees_per_meeting, 3))))
                    chosen = rng.sample(people, k)
                else:
                    chosen = [m for m in people if rng.random() < regularity[m]]
                checked_in = dt.datetime.combine(day, dt.time(18, 0))
                for member_id in chosen:
                    r = rng.random()
                    attendance_rows.append(
                        (
                            _uuid(),
                            meeting_id,
                            member_id,
                            "late" if r < 0.05 else "left early" if r < 0.07 else "present",
                            checked_in,
                        )
                    )
            cursor().executemany(attendance_sql, attendance_rows)
            attendance_count += len(attendance_rows)
            report(
                0.1 + 0.8 * (gi + 1) / len(group_info),
                f"meetings of group {gi + 1} of {len(group_info)}",
            )
        counts["meetings"] = meeting_count
        counts["attendances"] = attendance_count

        # Notes
        note_rows = []
        for _ in range(sc.notes):
            kind, body = rng.choice(NOTE_BODIES)
            created = now - dt.timedelta(days=rng.randint(0, 365), hours=rng.randint(0, 23))
            due = (today + dt.timedelta(days=rng.randint(-20, 20))) if kind == "follow-up" else None
            done = int(due is not None and rng.random() < 0.4)
            note_rows.append(
                (
                    _uuid(),
                    rng.choice(member_ids),
                    "Demo Facilitator",
                    created,
                    created,
                    kind,
                    body,
                    due,
                    done,
                    0,
                )
            )
        cursor().executemany(
            "INSERT INTO note (uuid, member_id, author, created_at, updated_at, kind, body, follow_up_due, "
            "follow_up_done, is_draft) VALUES (?,?,?,?,?,?,?,?,?,?)",
            note_rows,
        )
        counts["notes"] = len(note_rows)

        # Resources and tags
        tag_ids: dict[str, int] = {}
        for i in range(sc.resources):
            category, title, description, phone, url, hours, languages, tags = RESOURCE_SEED[
                i % len(RESOURCE_SEED)
            ]
            if i >= len(RESOURCE_SEED):
                title = f"{title} — branch {i // len(RESOURCE_SEED) + 1}"
            reviewed = today - dt.timedelta(days=rng.randint(10, 600))
            cur = cursor()
            cur.execute(
                "INSERT INTO resource (uuid, title, category, description, phone, url, address, hours, languages, "
                "last_reviewed, reviewed_by, search_text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    _uuid(),
                    title,
                    category,
                    description,
                    phone,
                    f"https://{url}" if url else "",
                    f"{rng.randint(1, 999)} Example Avenue, Demo Town"
                    if category == "service"
                    else "",
                    hours,
                    languages,
                    reviewed,
                    "Demo Facilitator",
                    resource_search_text(title, description, category, tags, phone),
                    now,
                    now,
                ),
            )
            resource_id = cur.lastrowid
            for tag in tags:
                if tag not in tag_ids:
                    c2 = cursor()
                    c2.execute("INSERT INTO tag (uuid, name) VALUES (?, ?)", (_uuid(), tag))
                    tag_ids[tag] = c2.lastrowid
                cursor().execute(
                    "INSERT INTO resource_tag (uuid, resource_id, tag_id) VALUES (?,?,?)",
                    (_uuid(), resource_id, tag_ids[tag]),
                )
        counts["resources"] = sc.resources
    report(1.0, "done")
    return counts
