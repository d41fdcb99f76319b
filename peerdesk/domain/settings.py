"""Settings that belong to the data (design §2); UI state lives in QSettings instead."""

from __future__ import annotations

from peerdesk.domain.models import Setting, database
from peerdesk.i18n import translate

DEFAULTS: dict[str, str] = {
    "organisation_name": "",
    "paper_size": "letter",
    "suppression_k": "11",
    "idle_lock_minutes": "5",
}
PAPER_SIZES = ("letter", "a4")
MIN_SUPPRESSION_K = 5


class SettingError(ValueError):
    pass


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def get_int(key: str) -> int:
    try:
        return int(get(key))
    except ValueError:
        return int(DEFAULTS[key])


def all_settings() -> dict[str, str]:
    values = dict(DEFAULTS)
    values.update({row.key: row.value for row in Setting.select()})
    return values


def validate(key: str, value: str) -> str:
    value = str(value).strip()
    if key == "paper_size" and value.lower() not in PAPER_SIZES:
        raise SettingError(translate("Settings", "Paper size must be Letter or A4."))
    if key == "suppression_k" and (not value.isdigit() or int(value) < MIN_SUPPRESSION_K):
        raise SettingError(
            translate(
                "Settings", "The suppression threshold must be a whole number of at least {k}."
            ).format(k=MIN_SUPPRESSION_K)
        )
    if key == "idle_lock_minutes" and (not value.isdigit() or not 1 <= int(value) <= 240):
        raise SettingError(
            translate("Settings", "The idle lock must be between 1 and 240 minutes.")
        )
    return value.lower() if key == "paper_size" else value


def set_many(values: dict[str, str]) -> None:
    clean = {key: validate(key, value) for key, value in values.items()}
    with database.atomic():
        for key, value in clean.items():
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()


def set_value(key: str, value: str) -> None:
    set_many({key: value})
