"""Saved handouts: an ordered selection of resources with a title and an intro, reused each month."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import JOIN, fn

from peerdesk.domain.models import Handout, HandoutItem, Resource, database, utcnow
from peerdesk.i18n import translate


class HandoutError(ValueError):
    """str() is one sentence for the user."""


@dataclass
class HandoutData:
    title: str
    intro: str = ""
    resource_ids: list[int] = field(default_factory=list)
    id: int | None = None


def _check(data: HandoutData) -> HandoutData:
    title = (data.title or "").strip()
    if not title:
        raise HandoutError(translate("Handouts", "A handout needs a title."))
    ids = list(dict.fromkeys(data.resource_ids))  # each resource once, first place wins
    if not ids:
        raise HandoutError(translate("Handouts", "Add at least one resource to the handout."))
    known = {rid for (rid,) in Resource.select(Resource.id).where(Resource.id.in_(ids)).tuples()}
    missing = [rid for rid in ids if rid not in known]
    if missing:
        raise HandoutError(
            translate("Handouts", "There is no resource with ID {id}.").format(id=missing[0])
        )
    return HandoutData(title, (data.intro or "").strip(), ids, data.id)


def save_handout(data: HandoutData) -> int:
    """Create (id None) or overwrite a saved handout; returns its id."""
    data = _check(data)
    with database.atomic():
        if data.id is None:
            handout = Handout.create(title=data.title, intro=data.intro)
        else:
            handout = Handout.get_or_none(Handout.id == data.id)
            if handout is None:
                raise HandoutError(translate("Handouts", "That handout no longer exists."))
            handout.title, handout.intro, handout.updated_at = data.title, data.intro, utcnow()
            handout.save()
            HandoutItem.delete().where(HandoutItem.handout == handout.id).execute()
        HandoutItem.insert_many(
            [
                {"handout": handout.id, "resource": rid, "position": i}
                for i, rid in enumerate(data.resource_ids)
            ]
        ).execute()
    return handout.id


def get_handout(handout_id: int) -> HandoutData:
    handout = Handout.get_or_none(Handout.id == handout_id)
    if handout is None:
        raise HandoutError(translate("Handouts", "That handout no longer exists."))
    ids = [
        rid
        for (rid,) in HandoutItem.select(HandoutItem.resource)
        .where(HandoutItem.handout == handout_id)
        .order_by(HandoutItem.position)
        .tuples()
    ]
    return HandoutData(handout.title, handout.intro, ids, handout.id)


def list_handouts() -> list[dict]:
    """Saved handouts, most recently changed first, with how many resources each holds."""
    q = (
        Handout.select(Handout.id, Handout.title, Handout.updated_at, fn.COUNT(HandoutItem.id))
        .join(HandoutItem, JOIN.LEFT_OUTER, on=(HandoutItem.handout == Handout.id))
        .group_by(Handout.id)
        .order_by(Handout.updated_at.desc(), Handout.id.desc())
    )
    return [
        {"id": hid, "title": title, "updated_at": updated, "count": count}
        for hid, title, updated, count in q.tuples()
    ]


def delete_handout(handout_id: int) -> None:
    Handout.delete().where(Handout.id == handout_id).execute()
