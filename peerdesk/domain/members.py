"""Members: search and listing for the panes and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from peerdesk.domain.models import Member, Membership
from peerdesk.domain.text import fold


def search_text_for(
    preferred_name: str, full_name: str = "", email: str = "", phone: str = ""
) -> str:
    """What search matches against: folded names and email, and the phone's digits."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return " ".join(
        p for p in (fold(preferred_name), fold(full_name), (email or "").lower(), digits) if p
    )


def search_clause(query: str):
    """AND of every folded word of the query, each matched anywhere in search_text."""
    clause = None
    for word in fold(query).split():
        part = Member.search_text.contains(word)
        clause = part if clause is None else clause & part
    return clause


@dataclass(frozen=True)
class MemberRow:
    id: int
    preferred_name: str
    full_name: str
    email: str
    phone: str
    active: bool
    joined_on: object


def list_members(query: str = "", offset: int = 0, limit: int = 200, group_id: int | None = None):
    q = Member.select(
        Member.id,
        Member.preferred_name,
        Member.full_name,
        Member.email,
        Member.phone,
        Member.active,
        Member.joined_on,
    ).where(Member.erased == False)  # noqa: E712
    clause = search_clause(query)
    if clause is not None:
        q = q.where(clause)
    if group_id is not None:
        q = q.where(
            Member.id.in_(Membership.select(Membership.member).where(Membership.group == group_id))
        )
    q = q.order_by(fn.lower(Member.preferred_name), Member.id).offset(offset).limit(limit)
    return [MemberRow(*row) for row in q.tuples()]


def count_members(query: str = "") -> int:
    q = Member.select().where(Member.erased == False)  # noqa: E712
    clause = search_clause(query)
    if clause is not None:
        q = q.where(clause)
    return q.count()
