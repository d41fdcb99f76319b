"""The schema-version ladder: step N takes a database from version N-1 to N, atomically.

Each step's SQL is frozen here, never derived from models.py, so that upgrading a file written by an
old release gives exactly the schema a new file gets. Add a step by appending to STEPS; the
backup-before-migrate rule is enforced by the caller (db.open_database).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

# Version 1: every table of design §2.
_V1_DDL = (
    'CREATE TABLE "group" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "name" VARCHAR(255) NOT NULL, "focus" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "location" VARCHAR(255) NOT NULL, "weekday" INTEGER, "start_time" VARCHAR(255) NOT NULL, "duration_minutes" INTEGER NOT NULL, "recurrence" VARCHAR(255) NOT NULL, "recurrence_nth" INTEGER, "schedule_start" DATE, "facilitators" VARCHAR(255) NOT NULL, "signin_style" VARCHAR(255) NOT NULL, "confidentiality" TEXT NOT NULL, "archived" INTEGER NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "group_uuid" ON "group" ("uuid")',
    'CREATE UNIQUE INDEX "group_name" ON "group" ("name")',
    'CREATE TABLE "member" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "preferred_name" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NOT NULL, "pronouns" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "consent_contact" INTEGER NOT NULL, "consent_date" DATE, "emergency_contact" VARCHAR(255) NOT NULL, "joined_on" DATE, "active" INTEGER NOT NULL, "birth_year" VARCHAR(255) NOT NULL, "gender" VARCHAR(255) NOT NULL, "ethnicity" VARCHAR(255) NOT NULL, "postal_code" VARCHAR(255) NOT NULL, "erased" INTEGER NOT NULL, "search_text" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "member_uuid" ON "member" ("uuid")',
    'CREATE INDEX "member_search_text" ON "member" ("search_text")',
    'CREATE TABLE "membership" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "member_id" INTEGER NOT NULL, "group_id" INTEGER NOT NULL, "role" VARCHAR(255) NOT NULL, "since" DATE, "until" DATE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE, FOREIGN KEY ("group_id") REFERENCES "group" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "membership_uuid" ON "membership" ("uuid")',
    'CREATE INDEX "membership_member_id" ON "membership" ("member_id")',
    'CREATE INDEX "membership_group_id_member_id" ON "membership" ("group_id", "member_id")',
    'CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "group_id" INTEGER NOT NULL, "date" DATE NOT NULL, "start_time" VARCHAR(255) NOT NULL, "location" VARCHAR(255) NOT NULL, "topic" VARCHAR(255) NOT NULL, "facilitator" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "anonymous_count" INTEGER NOT NULL, "guest_count" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("group_id") REFERENCES "group" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "meeting_uuid" ON "meeting" ("uuid")',
    'CREATE INDEX "meeting_group_id_date" ON "meeting" ("group_id", "date")',
    'CREATE INDEX "meeting_date" ON "meeting" ("date")',
    'CREATE TABLE "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "meeting_id" INTEGER NOT NULL, "member_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "checked_in_at" DATETIME NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "attendance_uuid" ON "attendance" ("uuid")',
    'CREATE UNIQUE INDEX "attendance_meeting_id_member_id" ON "attendance" ("meeting_id", "member_id")',
    'CREATE INDEX "attendance_member_id_meeting_id" ON "attendance" ("member_id", "meeting_id")',
    'CREATE TABLE "note" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "member_id" INTEGER NOT NULL, "author" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "kind" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "follow_up_due" DATE, "follow_up_done" INTEGER NOT NULL, "is_draft" INTEGER NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "note_uuid" ON "note" ("uuid")',
    'CREATE INDEX "note_member_id_created_at" ON "note" ("member_id", "created_at")',
    'CREATE INDEX "note_follow_up_done_follow_up_due" ON "note" ("follow_up_done", "follow_up_due")',
    'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "name" VARCHAR(255) NOT NULL)',
    'CREATE UNIQUE INDEX "tag_uuid" ON "tag" ("uuid")',
    'CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")',
    'CREATE TABLE "resource" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "title" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "url" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "hours" VARCHAR(255) NOT NULL, "languages" VARCHAR(255) NOT NULL, "last_reviewed" DATE, "reviewed_by" VARCHAR(255) NOT NULL, "search_text" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "resource_uuid" ON "resource" ("uuid")',
    'CREATE TABLE "resource_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "resource_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, FOREIGN KEY ("resource_id") REFERENCES "resource" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "resource_tag_uuid" ON "resource_tag" ("uuid")',
    'CREATE INDEX "resource_tag_resource_id" ON "resource_tag" ("resource_id")',
    'CREATE INDEX "resource_tag_tag_id" ON "resource_tag" ("tag_id")',
    'CREATE UNIQUE INDEX "resource_tag_resource_id_tag_id" ON "resource_tag" ("resource_id", "tag_id")',
    'CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "resource_id" INTEGER NOT NULL, "filename" VARCHAR(255) NOT NULL, "mime_type" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "data" BLOB NOT NULL, "added_at" DATETIME NOT NULL, FOREIGN KEY ("resource_id") REFERENCES "resource" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "attachment_uuid" ON "attachment" ("uuid")',
    'CREATE UNIQUE INDEX "attachment_resource_id" ON "attachment" ("resource_id")',
    'CREATE TABLE "handout" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "title" VARCHAR(255) NOT NULL, "intro" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "handout_uuid" ON "handout" ("uuid")',
    'CREATE TABLE "handout_item" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "handout_id" INTEGER NOT NULL, "resource_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("handout_id") REFERENCES "handout" ("id") ON DELETE CASCADE, FOREIGN KEY ("resource_id") REFERENCES "resource" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "handout_item_uuid" ON "handout_item" ("uuid")',
    'CREATE INDEX "handout_item_handout_id" ON "handout_item" ("handout_id")',
    'CREATE INDEX "handout_item_resource_id" ON "handout_item" ("resource_id")',
    'CREATE INDEX "handout_item_handout_id_position" ON "handout_item" ("handout_id", "position")',
    'CREATE TABLE "setting" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "key" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "setting_uuid" ON "setting" ("uuid")',
    'CREATE UNIQUE INDEX "setting_key" ON "setting" ("key")',
    'CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "version" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX "schema_version_uuid" ON "schema_version" ("uuid")',
)


def _step_1(db: Database) -> None:
    for statement in _V1_DDL:
        db.execute_sql(statement)


STEPS: list[Callable[[Database], None]] = [_step_1]
LATEST = len(STEPS)


class NewerSchemaError(Exception):
    """The file was written by a newer peerdesk."""


def current_version(db: Database) -> int:
    tables = set(db.get_tables())
    if "schema_version" not in tables:
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def needs_migration(db: Database) -> bool:
    return current_version(db) < LATEST


def migrate(db: Database, target: int | None = None) -> int:
    """Run every missing step up to target, each in its own transaction; returns the version."""
    target = LATEST if target is None else target
    version = current_version(db)
    if version > LATEST:
        raise NewerSchemaError(
            f"This database was written by a newer version of peerdesk (schema {version}); "
            "please update peerdesk."
        )
    from uuid import uuid4

    while version < target:
        step = STEPS[version]
        with db.atomic():
            step(db)
            version += 1
            db.execute_sql("DELETE FROM schema_version")
            db.execute_sql(
                "INSERT INTO schema_version (uuid, version) VALUES (?, ?)", (uuid4().hex, version)
            )
    return version
