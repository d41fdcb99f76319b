"""Import 10,000 members from a CSV into a fresh encrypted database (design §8 target: ≤ 2 s).

Run: .venv/bin/python benchmarks/bench_members.py
Prints the time to read + check (plan) and to write (apply), and their total.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from peerdesk.domain import db as dbmod
from peerdesk.domain import member_import as mi
from peerdesk.domain.keys import KdfParams
from peerdesk.domain.tabular import read_table

FIRST = ["José", "Zoë", "Ann", "Dmitri", "Αλέξανδρος", "Ólafur", "Nguyễn", "Mary", "Sam", "Aisha"]
LAST = ["García", "Ørsted", "Lee", "Ivanov", "Papadopoulos", "Jónsson", "Thị Ánh", "O'Neil"]


def write_csv(path: Path, n: int) -> None:
    rng = random.Random(1)
    lines = ["First name,Last name,Email,Phone,Birth year,Gender,Postal code,Consent"]
    for i in range(n):
        lines.append(
            f"{rng.choice(FIRST)},{rng.choice(LAST)},person{i}@example.org,"
            f"555-{rng.randint(100, 999)}-{i:04d},{rng.randint(1940, 2008)},"
            f"{rng.choice(['woman', 'man', ''])},Z{rng.randint(10, 99)} 1XX,{rng.choice(['yes', 'no'])}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(n: int = 10_000) -> tuple[float, float, int]:
    """Import n generated members into a fresh database: (read + check s, write s, created)."""
    from peerdesk.domain.vault import Vault

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "members.csv"
        write_csv(source, n)
        Vault(folder / "data").create(
            "bench", kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
        )
        try:
            start = time.perf_counter()
            plan = mi.plan_import(read_table(source), source.name)
            planned = time.perf_counter()
            result = mi.apply_import(plan, group_name="Imported")
            done = time.perf_counter()
        finally:
            dbmod.close_database()
    return planned - start, done - planned, result.created


def main(n: int = 10_000) -> None:
    plan_s, write_s, created = measure(n)
    print(f"import {created:,} members")
    print(f"  read + check: {plan_s:.3f} s")
    print(f"  write:        {write_s:.3f} s")
    print(f"  total:        {plan_s + write_s:.3f} s  (target ≤ 2 s)")


if __name__ == "__main__":
    main()
