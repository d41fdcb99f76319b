"""The large demo database (design §8 reference scale), built once and cached under .cache/."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from peerdesk.domain import demo
from peerdesk.domain.vault import Vault

CACHE = Path(__file__).resolve().parent / ".cache" / "large"
PASSPHRASE = "benchmark"
# The demo's dates are relative to "today"; a fixed day keeps the cached figures comparable.
TODAY = dt.date(2025, 6, 30)


def open_large() -> Vault:
    """Open the cached large database, building it first (~30 s) when missing."""
    vault = Vault(CACHE)
    if vault.db_path.exists():
        vault.open(PASSPHRASE)
        return vault
    started = time.perf_counter()
    vault.create(PASSPHRASE, organisation="Benchmark (DEMO)")
    try:
        demo.populate("large", seed=1, today=TODAY)
    except BaseException:
        vault.remove_files()
        raise
    print(f"built the large demo database in {time.perf_counter() - started:.1f} s")
    return vault
