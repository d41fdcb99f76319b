"""Key wrapping: one random data key, wrapped under the passphrase and under a recovery key.

The data key is SQLCipher's raw key, so the database never sees the passphrase. Changing the
passphrase only rewraps the data key; the printed recovery key unwraps it when the passphrase is
forgotten. A wrong passphrase fails AES-GCM authentication before any database file is touched.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.domain.files import write_private_atomic
from peerdesk.i18n import translate

KEYFILE_FORMAT = "peerdesk-key"
KEYFILE_VERSION = 1
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I/O/0/1: easy to read back
_RECOVERY_LENGTH = 32  # 32 symbols of 5 bits = 160 bits


class KeyError_(Exception):
    """Base for key problems; str() is one sentence for the user."""


class WrongPassphrase(KeyError_):
    def __init__(self) -> None:
        super().__init__(translate("Keys", "Wrong passphrase."))


class WrongRecoveryKey(KeyError_):
    def __init__(self) -> None:
        super().__init__(translate("Keys", "That recovery key does not match this database."))


class EmptyPassphrase(KeyError_):
    def __init__(self) -> None:
        super().__init__(translate("Keys", "The passphrase cannot be empty."))


class KeyFileError(KeyError_):
    pass


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _argon2(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"peerdesk recovery").derive(
        secret
    )


def new_recovery_key() -> str:
    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
    return "-".join(symbols[i : i + 4] for i in range(0, _RECOVERY_LENGTH, 4))


def normalize_recovery_key(text: str) -> str:
    """Forgive case, spaces and dashes in what a person types back from the sheet."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def _recovery_secret(text: str) -> bytes:
    return normalize_recovery_key(text).encode("ascii")


def _check_passphrase(passphrase: str) -> None:
    if passphrase is None or passphrase == "" or passphrase.strip() == "":
        raise EmptyPassphrase()


def _wrap(kek: bytes, data_key: bytes, purpose: str) -> dict:
    nonce = os.urandom(12)
    ct = AESGCM(kek).encrypt(nonce, data_key, f"peerdesk:{purpose}".encode())
    return {"nonce": _b64(nonce), "wrapped": _b64(ct)}


def _unwrap(kek: bytes, entry: dict, purpose: str) -> bytes:
    return AESGCM(kek).decrypt(
        _unb64(entry["nonce"]), _unb64(entry["wrapped"]), f"peerdesk:{purpose}".encode()
    )


def _passphrase_entry(data_key: bytes, passphrase: str, params: KdfParams) -> dict:
    salt = os.urandom(16)
    entry = {
        "kdf": "argon2id",
        "salt": _b64(salt),
        "time_cost": params.time_cost,
        "memory_cost": params.memory_cost,
        "parallelism": params.parallelism,
    }
    entry.update(_wrap(_argon2(passphrase, salt, params), data_key, "passphrase"))
    return entry


def _recovery_entry(data_key: bytes, recovery_key: str) -> dict:
    salt = os.urandom(16)
    entry = {"kdf": "hkdf-sha256", "salt": _b64(salt)}
    entry.update(_wrap(_hkdf(_recovery_secret(recovery_key), salt), data_key, "recovery"))
    return entry


@dataclass
class KeyFile:
    passphrase: dict
    recovery: dict

    def to_bytes(self) -> bytes:
        doc = {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "passphrase": self.passphrase,
            "recovery": self.recovery,
        }
        return json.dumps(doc, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: Path | None = None) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != KEYFILE_FORMAT:
                raise ValueError
            if int(doc.get("version", 0)) > KEYFILE_VERSION:
                raise KeyFileError(
                    translate(
                        "Keys", "The key file {path} was written by a newer version of peerdesk."
                    ).format(path=path)
                    if path
                    else translate(
                        "Keys", "The key file was written by a newer version of peerdesk."
                    )
                )
            return cls(passphrase=dict(doc["passphrase"]), recovery=dict(doc["recovery"]))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeyFileError(
                translate("Keys", "The key file {path} is damaged and cannot be read.").format(
                    path=path
                )
                if path
                else translate("Keys", "The key file is damaged and cannot be read.")
            ) from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(
                translate("Keys", "The key file {path} is missing.").format(path=path)
            ) from None
        except OSError as exc:
            raise KeyFileError(
                translate("Keys", "The key file {path} cannot be read ({reason}).").format(
                    path=path, reason=exc.strerror
                )
            ) from None
        return cls.from_bytes(data, path)

    def save(self, path: Path) -> None:
        write_private_atomic(Path(path), self.to_bytes())

    def unlock(self, passphrase: str) -> bytes:
        _check_passphrase(passphrase)
        entry = self.passphrase
        try:
            params = KdfParams(
                int(entry["time_cost"]), int(entry["memory_cost"]), int(entry["parallelism"])
            )
            kek = _argon2(passphrase, _unb64(entry["salt"]), params)
            return _unwrap(kek, entry, "passphrase")
        except InvalidTag:
            raise WrongPassphrase() from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(
                translate("Keys", "The key file is damaged and cannot be read.")
            ) from exc

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        try:
            kek = _hkdf(_recovery_secret(recovery_key), _unb64(self.recovery["salt"]))
            return _unwrap(kek, self.recovery, "recovery")
        except InvalidTag:
            raise WrongRecoveryKey() from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(
                translate("Keys", "The key file is damaged and cannot be read.")
            ) from exc

    def set_passphrase(self, data_key: bytes, passphrase: str, params: KdfParams | None = None):
        _check_passphrase(passphrase)
        self.passphrase = _passphrase_entry(data_key, passphrase, params or DEFAULT_KDF)

    def new_recovery_key(self, data_key: bytes) -> str:
        key = new_recovery_key()
        self.recovery = _recovery_entry(data_key, key)
        return key


def create_keyfile(passphrase: str, params: KdfParams | None = None) -> tuple[KeyFile, bytes, str]:
    """A new data key wrapped both ways; returns (keyfile, data_key, recovery_key)."""
    _check_passphrase(passphrase)
    data_key = os.urandom(32)
    recovery = new_recovery_key()
    keyfile = KeyFile(
        passphrase=_passphrase_entry(data_key, passphrase, params or DEFAULT_KDF),
        recovery=_recovery_entry(data_key, recovery),
    )
    return keyfile, data_key, recovery


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough 0-4 score and a hint; long passphrases of plain words score well."""
    n = len(passphrase)
    classes = sum(
        bool(f(passphrase))
        for f in (
            lambda s: any(c.islower() for c in s),
            lambda s: any(c.isupper() for c in s),
            lambda s: any(c.isdigit() for c in s),
            lambda s: any(not c.isalnum() for c in s),
        )
    )
    words = len(passphrase.split())
    if n == 0:
        return 0, translate("PassphraseStrength", "Enter a passphrase.")
    if n < 8:
        return 0, translate(
            "PassphraseStrength", "Too short: use at least 12 characters, or four or more words."
        )
    if n < 12 and classes < 3:
        return 1, translate(
            "PassphraseStrength", "Weak: a few more words would make it much stronger."
        )
    if n < 16 and words < 3:
        return 2, translate(
            "PassphraseStrength", "Fair: consider a longer phrase of several words."
        )
    if n < 24 and words < 4:
        return 3, translate("PassphraseStrength", "Good.")
    return 4, translate("PassphraseStrength", "Strong.")
