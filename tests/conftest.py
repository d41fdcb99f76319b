"""Shared fixtures: offscreen Qt, a cheap KDF, and a fresh encrypted database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERDESK_LANG"] = "en"  # tests read English; translations have their own tests
os.environ.pop("PEERDESK_PASSPHRASE", None)
os.environ.pop("PEERDESK_DATA_DIR", None)

import pytest  # noqa: E402

from peerdesk.domain import db as dbmod  # noqa: E402
from peerdesk.domain import keys  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Argon2id at test strength: the real parameters cost ~0.1 s per unlock."""
    monkeypatch.setattr(
        keys, "DEFAULT_KDF", keys.KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
    )


@pytest.fixture(autouse=True)
def _close_db():
    yield
    dbmod.close_database()


@pytest.fixture
def vault(tmp_path):
    """An empty, unlocked database; `vault.recovery_key` holds its recovery key."""
    from peerdesk.domain.vault import Vault

    v = Vault(tmp_path / "data")
    v.recovery_key = v.create(PASSPHRASE, organisation="Test Org")
    return v


@pytest.fixture
def demo_vault(vault):
    from peerdesk.domain import demo

    vault.counts = demo.populate("small", seed=7)
    return vault
