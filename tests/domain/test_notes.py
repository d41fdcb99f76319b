"""Notes: timeline, drafts that survive, follow-ups across members."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.domain import members, notes


def test_drafts_are_kept_apart_and_published(vault):
    mid = members.create_member({"preferred_name": "Ann"})
    notes.save_draft(mid, "half a thou", "concern")
    notes.save_draft(mid, "half a thought, finished", "concern", dt.date(2025, 1, 2))
    assert notes.timeline(mid) == []
    draft = notes.draft(mid)
    assert (draft.body, draft.kind, draft.follow_up_due) == (
        "half a thought, finished",
        "concern",
        dt.date(2025, 1, 2),
    )
    note_id = notes.publish_draft(mid)
    assert notes.draft(mid) is None
    assert [(n.id, n.body) for n in notes.timeline(mid)] == [(note_id, "half a thought, finished")]
    notes.save_draft(mid, "x")
    notes.save_draft(mid, "   ")  # emptied: the draft goes
    assert notes.draft(mid) is None
    with pytest.raises(notes.NoteError, match="no note being written"):
        notes.publish_draft(mid)
    with pytest.raises(notes.NoteError, match="empty"):
        notes.add_note(mid, "  ")


def test_follow_ups_overdue_first_and_done(vault):
    today = dt.date(2025, 6, 10)
    ann = members.create_member({"preferred_name": "Ann"})
    bo = members.create_member({"preferred_name": "Bo"})
    later = notes.add_note(ann, "next month", "follow-up", dt.date(2025, 7, 1))
    overdue = notes.add_note(bo, "last week", "follow-up", dt.date(2025, 6, 3))
    notes.add_note(ann, "no date")
    rows = notes.open_follow_ups(today)
    assert [(r.note_id, r.member_name, r.overdue) for r in rows] == [
        (overdue, "Bo", True),
        (later, "Ann", False),
    ]
    notes.mark_done(overdue)
    assert [r.note_id for r in notes.open_follow_ups(today)] == [later]
    members.erase_member(ann)
    assert notes.open_follow_ups(today) == []
