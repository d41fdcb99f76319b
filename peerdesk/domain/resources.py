"""The resource library: create and edit with lenient validation, tags, reviews and filtered listing.

Coordinators type phone numbers and web addresses however they like; we keep the phone as typed
and only add the missing "https://" to a URL, so that a QR code on a handout opens in a browser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from peewee import JOIN, fn

from peerdesk.domain.models import RESOURCE_CATEGORIES, Resource, ResourceTag, Tag, database, utcnow
from peerdesk.domain.text import fold
from peerdesk.i18n import translate

REVIEW_INTERVAL_MONTHS = 12
CATEGORY_LABELS = {
    "hotline": "Hotlines",
    "service": "Services",
    "document": "Documents",
    "website": "Websites",
    "book": "Books",
    "event": "Events",
}
# Sort keys the list accepts; "review_due" sorts by the last review (oldest, then never, first).
SORT_KEYS = ("title", "category", "phone", "tags", "last_reviewed", "review_due")


class ResourceError(ValueError):
    """A resource cannot be saved; `problems` maps field name -> sentence; str() is the first."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(next(iter(problems.values())))
        self.problems = problems


class UnknownResource(LookupError):
    def __init__(self, resource_id) -> None:
        super().__init__(
            translate("Resources", "There is no resource with ID {id}.").format(id=resource_id)
        )


@dataclass
class ResourceData:
    """Every editable field of a resource (design §2) as plain data."""

    title: str = ""
    category: str = "service"
    description: str = ""
    phone: str = ""
    url: str = ""
    address: str = ""
    hours: str = ""
    languages: str = ""
    tags: list[str] = field(default_factory=list)
    last_reviewed: dt.date | None = None
    reviewed_by: str = ""
    id: int | None = None
    uuid: str = ""


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


def review_cutoff(today: dt.date) -> dt.date:
    """The latest review date that is due on `today` (so SQL can filter what is_review_due says)."""
    try:
        cutoff = today.replace(year=today.year - 1)
    except ValueError:  # today is 29 February: a review on 28 Feb last year falls due today
        return today.replace(year=today.year - 1, day=28)
    if cutoff.month == 2 and cutoff.day == 28:
        try:  # a review on 29 Feb of a leap year falls due on 28 Feb
            return cutoff.replace(day=29)
        except ValueError:
            pass
    return cutoff


# -- validation ------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def normalize_url(text: str) -> str:
    """ "example.org/help" -> "https://example.org/help"; raises ValueError for a non-address."""
    url = (text or "").strip()
    if not url:
        return ""
    if any(ch.isspace() for ch in url):
        raise ValueError(translate("Resources", "A web address cannot contain spaces."))
    if url.startswith("//"):
        url = "https:" + url
    elif not _SCHEME.match(url) or re.match(r"^[^:/]+:\d", url):  # "host:8080" has no scheme
        url = "https://" + url
    scheme, _, rest = url.partition(":")
    if scheme.lower() in ("http", "https"):
        host = rest.lstrip("/").split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        host = host.rsplit("@", 1)[-1].split(":", 1)[0]
        if "." not in host and host.lower() != "localhost":
            raise ValueError(
                translate("Resources", "“{text}” does not look like a web address.").format(
                    text=text.strip()
                )
            )
    return url


def normalize_category(text: str) -> str:
    """Lenient: "Hotlines", " SERVICE " and "" (service) are accepted; raises ValueError otherwise."""
    value = fold(text).replace(" ", "")
    if not value:
        return "service"
    for category in RESOURCE_CATEGORIES:
        if value in (category, category + "s", CATEGORY_LABELS[category].lower()):
            return category
    if value in ("helpline", "helplines", "crisisline", "phone"):
        return "hotline"
    raise ValueError(
        translate("Resources", "“{text}” is not a category; use one of: {categories}.").format(
            text=text.strip(), categories=", ".join(RESOURCE_CATEGORIES)
        )
    )


def split_tags(text: str) -> list[str]:
    """Tags typed as "grief, crisis; youth" -> ["grief", "crisis", "youth"], repeats removed."""
    out: list[str] = []
    seen: set[str] = set()
    for part in re.split(r"[,;]", text or ""):
        tag = " ".join(part.split())
        if tag and fold(tag) not in seen:
            seen.add(fold(tag))
            out.append(tag)
    return out


def cleaned(data: ResourceData, today: dt.date | None = None) -> ResourceData:
    """A validated copy: text stripped, URL with a scheme, category checked, tags de-duplicated.

    Raises ResourceError naming every field that is wrong.
    """
    problems: dict[str, str] = {}
    out = ResourceData(
        **{f.name: getattr(data, f.name) for f in fields(ResourceData) if f.name != "tags"}
    )
    for name in ("title", "description", "phone", "address", "hours", "languages", "reviewed_by"):
        setattr(out, name, (getattr(data, name) or "").strip())
    if not out.title:
        problems["title"] = translate("Resources", "A resource needs a title.")
    try:
        out.category = normalize_category(data.category)
    except ValueError as exc:
        problems["category"] = str(exc)
    try:
        out.url = normalize_url(data.url)
    except ValueError as exc:
        problems["url"] = str(exc)
    out.tags = split_tags(", ".join(data.tags))
    if data.last_reviewed and data.last_reviewed > (today or dt.date.today()):
        problems["last_reviewed"] = translate(
            "Resources", "The last review cannot be in the future."
        )
    if problems:
        raise ResourceError(problems)
    return out


# -- writing ---------------------------------------------------------------------------------


def _tag_ids(names: list[str]) -> list[int]:
    """Existing tags match ignoring case and accents; new ones are created as typed."""
    existing = {fold(t.name): t.id for t in Tag.select(Tag.id, Tag.name)}
    ids = []
    for name in names:
        tag_id = existing.get(fold(name))
        if tag_id is None:
            tag_id = Tag.create(name=name).id
            existing[fold(name)] = tag_id
        ids.append(tag_id)
    return ids


def _write(resource: Resource, data: ResourceData) -> None:
    for name in (
        "title",
        "category",
        "description",
        "phone",
        "url",
        "address",
        "hours",
        "languages",
        "last_reviewed",
        "reviewed_by",
    ):
        setattr(resource, name, getattr(data, name))
    resource.search_text = search_text_for(
        data.title, data.description, data.category, data.tags, data.phone
    )
    resource.updated_at = utcnow()
    resource.save()
    ResourceTag.delete().where(ResourceTag.resource == resource.id).execute()
    for tag_id in _tag_ids(data.tags):
        ResourceTag.create(resource=resource.id, tag=tag_id)


def create_resource(data: ResourceData, today: dt.date | None = None) -> int:
    data = cleaned(data, today)
    with database.atomic():
        resource = Resource(uuid=data.uuid) if data.uuid else Resource()
        _write(resource, data)
    return resource.id


def update_resource(resource_id: int, data: ResourceData, today: dt.date | None = None) -> None:
    data = cleaned(data, today)
    with database.atomic():
        _write(_get(resource_id), data)
        _drop_unused_tags()


def delete_resource(resource_id: int) -> None:
    with database.atomic():
        _get(resource_id).delete_instance(recursive=True)
        _drop_unused_tags()


def mark_reviewed(resource_id: int, reviewer: str, day: dt.date | None = None) -> None:
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ResourceError(
            {"reviewed_by": translate("Resources", "Say who reviewed the resource.")}
        )
    resource = _get(resource_id)
    resource.last_reviewed = day or dt.date.today()
    resource.reviewed_by = reviewer
    resource.updated_at = utcnow()
    resource.save()


def _drop_unused_tags() -> None:
    Tag.delete().where(Tag.id.not_in(ResourceTag.select(ResourceTag.tag))).execute()


def _get(resource_id: int) -> Resource:
    resource = Resource.get_or_none(Resource.id == resource_id)
    if resource is None:
        raise UnknownResource(resource_id)
    return resource


# -- reading ---------------------------------------------------------------------------------


def tags_of(resource_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {rid: [] for rid in resource_ids}
    q = (
        ResourceTag.select(ResourceTag.resource, Tag.name)
        .join(Tag)
        .where(ResourceTag.resource.in_(resource_ids))
        .order_by(fn.lower(Tag.name))
    )
    for rid, name in q.tuples():
        out[rid].append(name)
    return out


def get_resource(resource_id: int) -> ResourceData:
    r = _get(resource_id)
    return ResourceData(
        title=r.title,
        category=r.category,
        description=r.description,
        phone=r.phone,
        url=r.url,
        address=r.address,
        hours=r.hours,
        languages=r.languages,
        tags=tags_of([r.id])[r.id],
        last_reviewed=r.last_reviewed,
        reviewed_by=r.reviewed_by,
        id=r.id,
        uuid=r.uuid,
    )


def get_resources(resource_ids: list[int]) -> list[ResourceData]:
    """In the order given; raises UnknownResource for an ID that does not exist."""
    return [get_resource(rid) for rid in resource_ids]


def all_tags() -> list[str]:
    return [t for (t,) in Tag.select(Tag.name).order_by(fn.lower(Tag.name)).tuples()]


def all_languages() -> list[str]:
    """Each language named in any resource ("English, Spanish" counts as two)."""
    seen: dict[str, str] = {}
    for (text,) in Resource.select(Resource.languages).distinct().tuples():
        for part in re.split(r"[,;/]", text or ""):
            name = part.strip()
            if name and fold(name) not in seen:
                seen[fold(name)] = name
    return sorted(seen.values(), key=fold)


def ids_with_tag(tag: str) -> list[int]:
    """Resources carrying the tag (ignoring case and accents), by title."""
    wanted = [t.id for t in Tag.select(Tag.id, Tag.name) if fold(t.name) == fold(tag)]
    q = (
        Resource.select(Resource.id)
        .join(ResourceTag)
        .where(ResourceTag.tag.in_(wanted))
        .order_by(fn.lower(Resource.title), Resource.id)
    )
    return [rid for (rid,) in q.tuples()]


@dataclass(frozen=True)
class Filters:
    """What the list shows: words to search plus the filter bar's choices (None = any)."""

    query: str = ""
    category: str | None = None
    tag: str | None = None
    language: str | None = None
    review_due: bool = False


def _filtered(filters: Filters, today: dt.date):
    q = Resource.select(Resource.id)
    for word in fold(filters.query).split():
        q = q.where(Resource.search_text.contains(word))
    if filters.category:
        q = q.where(Resource.category == filters.category)
    if filters.tag:
        tag_ids = [t.id for t in Tag.select(Tag.id, Tag.name) if fold(t.name) == fold(filters.tag)]
        q = q.where(
            Resource.id.in_(
                ResourceTag.select(ResourceTag.resource).where(ResourceTag.tag.in_(tag_ids))
            )
        )
    if filters.language:
        q = q.where(fn.lower(Resource.languages).contains(filters.language.strip().lower()))
    if filters.review_due:
        q = q.where(
            Resource.last_reviewed.is_null() | (Resource.last_reviewed <= review_cutoff(today))
        )
    return q


def count_resources(filters: Filters = Filters(), today: dt.date | None = None) -> int:  # noqa: B008
    return _filtered(filters, today or dt.date.today()).count()


def list_resources(
    query: str = "",
    offset: int = 0,
    limit: int = 200,
    today: dt.date | None = None,
    *,
    filters: Filters | None = None,
    sort: str = "title",
    descending: bool = False,
) -> list[dict]:
    """One page of the library as dicts (tags joined with ", ", `review_due` computed)."""
    today = today or dt.date.today()
    filters = filters or Filters(query=query)
    tags = (
        ResourceTag.select(ResourceTag.resource, fn.GROUP_CONCAT(Tag.name, ", ").alias("tags"))
        .join(Tag)
        .group_by(ResourceTag.resource)
        .alias("t")
    )
    q = (
        Resource.select(
            Resource.id,
            Resource.uuid,
            Resource.title,
            Resource.category,
            Resource.phone,
            Resource.url,
            Resource.description,
            Resource.languages,
            Resource.last_reviewed,
            tags.c.tags,
        )
        .join(tags, JOIN.LEFT_OUTER, on=(tags.c.resource_id == Resource.id))
        .where(Resource.id.in_(_filtered(filters, today)))
    )
    if sort not in SORT_KEYS:
        raise ValueError(f"Cannot sort by {sort!r}.")
    key = {
        "title": fn.lower(Resource.title),
        "category": Resource.category,
        "phone": Resource.phone,
        "tags": fn.lower(fn.COALESCE(tags.c.tags, "")),
        # never reviewed counts as the oldest review
        "last_reviewed": fn.COALESCE(Resource.last_reviewed, ""),
        "review_due": fn.COALESCE(Resource.last_reviewed, ""),
    }[sort]
    order = key.desc() if descending else key.asc()
    q = q.order_by(order, fn.lower(Resource.title), Resource.id).offset(offset).limit(limit)
    keys = (
        "id",
        "uuid",
        "title",
        "category",
        "phone",
        "url",
        "description",
        "languages",
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
