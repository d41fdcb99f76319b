"""The contact list for a mailing: only members who agreed to be contacted, marked CONFIDENTIAL.

It is the one export that carries names, so it says so in its first line; notes and demographics
are never part of it. Cells follow the CSV rules of design §3.7 (csvsafe).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from peewee import fn

from peerdesk.domain.csvsafe import write_csv
from peerdesk.domain.models import Member, Membership
from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

MARKER = QT_TRANSLATE_NOOP(
    "Exports", "CONFIDENTIAL — contact list of members who agreed to be contacted; do not share"
)
HEADER = (
    QT_TRANSLATE_NOOP("Exports", "Preferred name"),
    QT_TRANSLATE_NOOP("Exports", "Full name"),
    QT_TRANSLATE_NOOP("Exports", "Pronouns"),
    QT_TRANSLATE_NOOP("Exports", "Email"),
    QT_TRANSLATE_NOOP("Exports", "Phone"),
    QT_TRANSLATE_NOOP("Exports", "Consent date"),
)


def contact_rows(group_id: int | None = None):
    """Active, consenting, not erased members with an email or a phone, by name."""
    q = (
        Member.select(
            Member.preferred_name,
            Member.full_name,
            Member.pronouns,
            Member.email,
            Member.phone,
            Member.consent_date,
        )
        .where(
            (Member.consent_contact == True)  # noqa: E712
            & (Member.erased == False)  # noqa: E712
            & (Member.active == True)  # noqa: E712
            & ((Member.email != "") | (Member.phone != ""))
        )
        .order_by(fn.lower(Member.preferred_name), Member.id)
    )
    if group_id is not None:
        q = q.where(
            Member.id.in_(Membership.select(Membership.member).where(Membership.group == group_id))
        )
    for row in q.tuples():
        *text, consent_date = row
        yield (*text, consent_date.isoformat() if consent_date else "")


def export_contacts(path: str | Path, group_id: int | None = None) -> int:
    """Write the list atomically; returns the number of people in it."""
    header = [translate("Exports", text) for text in HEADER]
    marker = [translate("Exports", MARKER)]
    return write_csv(path, marker, itertools.chain([header], contact_rows(group_id))) - 1
