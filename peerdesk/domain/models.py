"""The data model of design §2, bound late to an encrypted database through `database`.

Tables are created by the migration ladder (migrations.py), never by `create_tables` at run time,
so that an old file and a new one end up with the same schema.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from peerdesk.domain.signin import SIGNIN_STYLES  # noqa: F401 (re-exported)

database = DatabaseProxy()

RECURRENCES = ("weekly", "biweekly", "monthly")
MEETING_STATUSES = ("scheduled", "held", "cancelled")
ATTENDANCE_STATUSES = ("present", "late", "left early")
ROLES = ("participant", "facilitator")
NOTE_KINDS = ("general", "check-in", "concern", "follow-up")
RESOURCE_CATEGORIES = ("hotline", "service", "document", "website", "book", "event")
PREFER_NOT = "prefer not to say"


def new_uuid() -> str:
    return uuid_mod.uuid4().hex


def utcnow() -> dt.datetime:
    """Naive UTC timestamp; every stored time is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseModel(Model):
    uuid = CharField(max_length=32, unique=True, default=new_uuid)

    class Meta:
        database = database
        legacy_table_names = False


class Group(BaseModel):
    name = CharField(unique=True)
    focus = CharField(default="")
    description = TextField(default="")
    location = CharField(default="")
    weekday = IntegerField(null=True)  # 0 = Monday
    start_time = CharField(default="")  # "HH:MM"
    duration_minutes = IntegerField(default=90)
    recurrence = CharField(default="weekly")
    recurrence_nth = IntegerField(null=True)  # monthly: 1..4, or -1 for the last
    schedule_start = DateField(null=True)  # anchor for "every 2 weeks"
    facilitators = CharField(default="")
    signin_style = CharField(default="first_initial")
    confidentiality = TextField(default="")
    archived = BooleanField(default=False)
    created_at = DateTimeField(default=utcnow)


class Member(BaseModel):
    preferred_name = CharField()
    full_name = CharField(default="")
    pronouns = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    consent_contact = BooleanField(default=False)
    consent_date = DateField(null=True)
    emergency_contact = CharField(default="")
    joined_on = DateField(null=True)
    active = BooleanField(default=True)
    birth_year = CharField(default="")  # "1980", "" or "prefer not to say"
    gender = CharField(default="")
    ethnicity = CharField(default="")
    postal_code = CharField(default="")
    erased = BooleanField(default=False)
    # Folded names, email and phone (text.fold) so search needs no per-row Python.
    search_text = CharField(default="", index=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class Membership(BaseModel):
    member = ForeignKeyField(Member, backref="memberships", on_delete="CASCADE")
    group = ForeignKeyField(Group, backref="memberships", on_delete="CASCADE", index=False)
    role = CharField(default="participant")
    since = DateField(null=True)
    until = DateField(null=True)

    class Meta:
        indexes = ((("group", "member"), False),)


class Meeting(BaseModel):
    group = ForeignKeyField(Group, backref="meetings", on_delete="CASCADE", index=False)
    date = DateField()
    start_time = CharField(default="")
    location = CharField(default="")
    topic = CharField(default="")
    facilitator = CharField(default="")
    status = CharField(default="scheduled")
    anonymous_count = IntegerField(default=0)
    guest_count = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("group", "date"), False), (("date",), False))


class Attendance(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendances", on_delete="CASCADE", index=False)
    member = ForeignKeyField(Member, backref="attendances", on_delete="CASCADE", index=False)
    status = CharField(default="present")
    checked_in_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("meeting", "member"), True), (("member", "meeting"), False))


class Note(BaseModel):
    member = ForeignKeyField(Member, backref="notes", on_delete="CASCADE", index=False)
    author = CharField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    kind = CharField(default="general")
    body = TextField(default="")
    follow_up_due = DateField(null=True)
    follow_up_done = BooleanField(default=False)
    is_draft = BooleanField(default=False)

    class Meta:
        indexes = ((("member", "created_at"), False), (("follow_up_done", "follow_up_due"), False))


class Tag(BaseModel):
    name = CharField(unique=True)


class Resource(BaseModel):
    title = CharField()
    category = CharField(default="service")
    description = TextField(default="")
    phone = CharField(default="")
    url = CharField(default="")
    address = TextField(default="")
    hours = CharField(default="")
    languages = CharField(default="")
    last_reviewed = DateField(null=True)
    reviewed_by = CharField(default="")
    # Folded title, description, category and tags (text.fold) for accent-insensitive search.
    search_text = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class ResourceTag(BaseModel):
    resource = ForeignKeyField(Resource, backref="resource_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="resource_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("resource", "tag"), True),)


class Attachment(BaseModel):
    """A resource's file, kept apart so that listing resources never loads blobs."""

    resource = ForeignKeyField(Resource, backref="attachments", on_delete="CASCADE", unique=True)
    filename = CharField()
    mime_type = CharField(default="application/octet-stream")
    size = IntegerField()
    data = BlobField()
    added_at = DateTimeField(default=utcnow)


class Handout(BaseModel):
    title = CharField()
    intro = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class HandoutItem(BaseModel):
    handout = ForeignKeyField(Handout, backref="items", on_delete="CASCADE")
    resource = ForeignKeyField(Resource, backref="handout_items", on_delete="CASCADE")
    position = IntegerField()

    class Meta:
        indexes = ((("handout", "position"), False),)


class Setting(BaseModel):
    key = CharField(unique=True)
    value = TextField(default="")


class SchemaVersion(BaseModel):
    version = IntegerField()


ALL_MODELS = [
    Group,
    Member,
    Membership,
    Meeting,
    Attendance,
    Note,
    Tag,
    Resource,
    ResourceTag,
    Attachment,
    Handout,
    HandoutItem,
    Setting,
    SchemaVersion,
]
