"""The resource library: listing and the review-due rule."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from peerdesk.domain.models import Resource, ResourceTag, Tag
from peerdesk.domain.text import fold

REVIEW_INTERVAL_MONTHS = 12


def search_text_for(
    title: str, description: str = "", category: str = "", tags=(), phone: str = ""
) -> str:
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return " ".join(
        p for p in (fold(title), fold(description), category, fold(" ".join(tags)), digits) if p
    )


def review_due_date(last_reviewed: dt.date | None) -> dt.date | None:
    if last_reviewed is None:
        return None
    try:
        return last_reviewed.replace(year=last_reviewed.year + 1)
    except ValueError:  # 29 February
        return last_reviewed.replace(year=last_reviewed.year + 1, day=28)


def is_review_due(last_reviewed: dt.date | None, today: dt.date | None = None) -> bool:
    due = review_due_date(last_reviewed)
    return due is None or due <= (today or dt.date.today())


def list_resources(
    query: str = "", offset: int = 0, limit: int = 200, today: dt.date | None = None
) -> list[dict]:
    tags = (
        ResourceTag.select(ResourceTag.resource, fn.GROUP_CONCAT(Tag.name, ", ").alias("tags"))
        .join(Tag)
        .group_by(ResourceTag.resource)
        .alias("t")
    )
    from peewee import JOIN

    q = Resource.select(
        Resource.id,
        Resource.uuid,
        Resource.title,
        Resource.category,
        Resource.phone,
        Resource.url,
        Resource.description,
        Resource.last_reviewed,
        tags.c.tags,
    ).join(tags, JOIN.LEFT_OUTER, on=(tags.c.resource_id == Resource.id))
    for word in fold(query).split():
        q = q.where(Resource.search_text.contains(word))
    q = q.order_by(fn.lower(Resource.title), Resource.id).offset(offset).limit(limit)
    keys = (
        "id",
        "uuid",
        "title",
        "category",
        "phone",
        "url",
        "description",
        "last_reviewed",
        "tags",
    )
    rows = []
    for values in q.tuples():
        row = dict(zip(keys, values, strict=True))
        row["tags"] = row["tags"] or ""
        row["review_due"] = is_review_due(row["last_reviewed"], today)
        rows.append(row)
    return rows
