"""Confidential notes about a member: the timeline, drafts saved as you type, and follow-ups.

A note being written is stored as a draft row (`Note.is_draft`) on every pause in typing, so an
idle lock or a crash loses nothing; the draft comes back when the member is opened again. Notes
never leave the app: no export or report reads this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peerdesk.domain.models import NOTE_KINDS, Member, Note, database, utcnow
from peerdesk.i18n import translate


class NoteError(ValueError):
    """str() is one sentence for the user."""


@dataclass(frozen=True)
class NoteView:
    id: int
    member_id: int
    author: str
    created_at: dt.datetime
    updated_at: dt.datetime
    kind: str
    body: str
    follow_up_due: dt.date | None
    follow_up_done: bool

    def is_overdue(self, today: dt.date | None = None) -> bool:
        due = self.follow_up_due
        return due is not None and not self.follow_up_done and due < (today or dt.date.today())


def _view(note: Note) -> NoteView:
    return NoteView(
        note.id,
        note.member_id,
        note.author,
        note.created_at,
        note.updated_at,
        note.kind,
        note.body,
        note.follow_up_due,
        bool(note.follow_up_done),
    )


def _check(kind: str, body: str, due) -> None:
    if kind not in NOTE_KINDS:
        raise NoteError(
            translate("Notes", "A note's kind must be one of: {kinds}.").format(
                kinds=", ".join(NOTE_KINDS)
            )
        )
    if not body.strip():
        raise NoteError(translate("Notes", "The note is empty; write something before saving it."))
    if due is not None and not isinstance(due, dt.date):
        raise NoteError(translate("Notes", "The follow-up date must be a date."))


def timeline(member_id: int) -> list[NoteView]:
    """Saved notes of one member, newest first (drafts are not part of the timeline)."""
    q = (
        Note.select()
        .where((Note.member == member_id) & (Note.is_draft == False))  # noqa: E712
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
    return [_view(n) for n in q]


def add_note(
    member_id: int,
    body: str,
    kind: str = "general",
    follow_up_due: dt.date | None = None,
    author: str = "",
) -> int:
    _check(kind, body, follow_up_due)
    return Note.create(
        member=member_id, body=body.strip(), kind=kind, follow_up_due=follow_up_due, author=author
    ).id


def update_note(
    note_id: int, body: str, kind: str, follow_up_due: dt.date | None, follow_up_done: bool
) -> None:
    _check(kind, body, follow_up_due)
    changed = (
        Note.update(
            body=body.strip(),
            kind=kind,
            follow_up_due=follow_up_due,
            follow_up_done=follow_up_done,
            updated_at=utcnow(),
        )
        .where(Note.id == note_id)
        .execute()
    )
    if not changed:
        raise NoteError(translate("Notes", "That note no longer exists."))


def delete_note(note_id: int) -> None:
    Note.delete().where(Note.id == note_id).execute()


# -- drafts ----------------------------------------------------------------------------------


def draft(member_id: int) -> NoteView | None:
    """The member's unsaved note, if one was being written."""
    note = (
        Note.select()
        .where((Note.member == member_id) & (Note.is_draft == True))  # noqa: E712
        .order_by(Note.id.desc())
        .first()
    )
    return _view(note) if note is not None else None


def save_draft(
    member_id: int,
    body: str,
    kind: str = "general",
    follow_up_due: dt.date | None = None,
    author: str = "",
) -> None:
    """Store what is typed so far (one draft per member); an empty body discards the draft."""
    with database.atomic():
        existing = draft(member_id)
        if not body.strip():
            discard_draft(member_id)
            return
        if kind not in NOTE_KINDS:
            kind = "general"
        if existing is None:
            Note.create(
                member=member_id,
                body=body,
                kind=kind,
                follow_up_due=follow_up_due,
                author=author,
                is_draft=True,
            )
        else:
            Note.update(
                body=body, kind=kind, follow_up_due=follow_up_due, updated_at=utcnow()
            ).where(Note.id == existing.id).execute()


def publish_draft(member_id: int) -> int:
    """Turn the draft into a saved note (timestamped now); returns its id."""
    current = draft(member_id)
    if current is None:
        raise NoteError(translate("Notes", "There is no note being written for this member."))
    _check(current.kind, current.body, current.follow_up_due)
    now = utcnow()
    Note.update(is_draft=False, body=current.body.strip(), created_at=now, updated_at=now).where(
        Note.id == current.id
    ).execute()
    return current.id


def discard_draft(member_id: int) -> None:
    Note.delete().where(
        (Note.member == member_id) & (Note.is_draft == True)  # noqa: E712
    ).execute()


# -- follow-ups ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    note_id: int
    member_id: int
    member_name: str
    due: dt.date
    kind: str
    overdue: bool


def open_follow_ups(today: dt.date | None = None) -> list[FollowUp]:
    """Every open follow-up across members, overdue first, then by due date."""
    today = today or dt.date.today()
    q = (
        Note.select(
            Note.id,
            Note.member,
            Member.preferred_name,
            Member.full_name,
            Note.follow_up_due,
            Note.kind,
        )
        .join(Member)
        .where(
            (Note.is_draft == False)  # noqa: E712
            & (Note.follow_up_done == False)  # noqa: E712
            & Note.follow_up_due.is_null(False)
            & (Member.erased == False)  # noqa: E712
        )
        .order_by(Note.follow_up_due, Note.id)
        .tuples()
    )
    return [
        FollowUp(note_id, member_id, full or name, due, kind, due < today)
        for note_id, member_id, name, full, due, kind in q
    ]


def follow_up_summary(note_id: int, length: int = 80) -> str:
    """The start of a follow-up's text, shown only once the coordinator asks to see it."""
    note = Note.get_or_none(Note.id == note_id)
    if note is None:
        return ""
    text = " ".join(note.body.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def mark_done(note_id: int, done: bool = True) -> None:
    Note.update(follow_up_done=done, updated_at=utcnow()).where(Note.id == note_id).execute()


def overdue_count(today: dt.date | None = None) -> int:
    return sum(1 for f in open_follow_ups(today) if f.overdue)
