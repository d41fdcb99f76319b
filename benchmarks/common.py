"""The cached benchmark databases and small timing helpers shared by every benchmark.

Databases are built once per scale into benchmarks/.cache/<scale>/ (git-ignored) with the real
key-derivation settings, so unlocking them is measured as a user would experience it.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peerdesk.domain import demo  # noqa: E402
from peerdesk.domain.vault import Vault  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "benchmark"
# The demo's dates are relative to "today"; a fixed day keeps cached figures comparable.
TODAY = dt.date(2025, 6, 30)


def data_dir(scale: str = "large") -> Path:
    return CACHE / scale


def ensure(scale: str = "large") -> Path:
    """Build the scale's database if it is not cached yet; returns its data folder."""
    folder = data_dir(scale)
    vault = Vault(folder)
    if vault.db_path.exists():
        return folder
    from peerdesk.domain import db as dbmod

    print(f"building the {scale} demo database once…", file=sys.stderr)
    started = time.perf_counter()
    vault.create(PASSPHRASE, organisation="Benchmark (DEMO)")
    try:
        demo.populate(scale, seed=1, today=TODAY)
        dbmod.database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        dbmod.close_database()
        vault.remove_files()
        raise
    dbmod.close_database()
    print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def open_cached(scale: str = "large") -> Vault:
    vault = Vault(ensure(scale))
    vault.open(PASSPHRASE, quick_check=False)
    return vault


def open_large() -> Vault:
    return open_cached("large")


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def summary(samples: list[float]) -> str:
    p95 = sorted(samples)[int(len(samples) * 0.95)]
    return f"median {median(samples) * 1000:.2f} ms (p95 {p95 * 1000:.2f} ms)"
