"""Kill test: SIGKILL a process that records check-ins and imports, at random moments, many times.

    .venv/bin/python benchmarks/kill_test.py --kills 1000

A "zygote" process imports everything once, then forks one worker per round; the worker unlocks
the database and records check-ins (one commit each, "saved <uuid>" printed only after the commit
returns) and imports (100 rows in one transaction, "imported <batch>" after the commit). The parent
kills the worker after a random delay, sometimes before it has even finished opening. Afterwards
the database must pass integrity_check, hold every check-in reported saved, and hold each import
batch entirely or not at all. The same code runs (with fewer kills) in tests/domain/test_crash.py.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "kill test passphrase"
MEMBERS = 300
BATCH = 100


def _fast_kdf():
    from peerdesk.domain.keys import KdfParams

    return KdfParams(time_cost=1, memory_cost=8192, parallelism=1)


def setup(data_dir: Path) -> None:
    """A database with one group and MEMBERS members."""
    from peerdesk.domain import db as dbmod
    from peerdesk.domain.models import Group, Member, database
    from peerdesk.domain.vault import Vault

    Vault(data_dir).create(PASSPHRASE, kdf=_fast_kdf())
    with database.atomic():
        group = Group.create(name="Kill test circle")
        for i in range(MEMBERS):
            Member.create(preferred_name=f"Person {i}", search_text=f"person {i}")
    assert group.id
    dbmod.close_database()


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # one write: a line is either whole or absent


def worker(data_dir: Path, seed: int) -> None:
    """Record check-ins and imports until killed."""
    import datetime as dt

    from peerdesk.domain.models import Attendance, Group, Meeting, Member, database
    from peerdesk.domain.vault import Vault

    rng = random.Random(seed)
    Vault(data_dir).open(PASSPHRASE)
    group = Group.get()
    member_ids = [m.id for m in Member.select(Member.id)]
    _say("ready")
    meeting, waiting = None, []
    while True:
        if rng.random() < 0.12:
            batch = f"{seed}-{rng.randrange(10**9)}"
            with database.atomic():
                m = Meeting.create(
                    group=group, date=dt.date.today(), topic=f"import {batch}", status="held"
                )
                Attendance.insert_many(
                    [
                        {"meeting": m.id, "member": mid, "status": "present"}
                        for mid in member_ids[:BATCH]
                    ]
                ).execute()
            _say(f"imported {batch}")
            continue
        if not waiting:
            with database.atomic():
                meeting = Meeting.create(
                    group=group, date=dt.date.today(), topic="door", status="held"
                )
            waiting = rng.sample(member_ids, len(member_ids))
        with database.atomic():
            row = Attendance.create(meeting=meeting, member=waiting.pop(), status="present")
        _say(f"saved {row.uuid}")


def zygote(data_dir: Path) -> None:
    """Fork a worker for each 'go SEED' line; report 'child PID', then 'dead PID' once reaped."""
    import peerdesk.domain.models  # noqa: F401 (import once, before forking)
    import peerdesk.domain.vault  # noqa: F401

    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                worker(data_dir, seed)
            finally:
                os._exit(1)
        _say(f"child {pid}")
        os.waitpid(pid, 0)
        _say(f"dead {pid}")


def verify(data_dir: Path, saved: set[str], imported: set[str]) -> dict:
    from peerdesk.domain import db as dbmod
    from peerdesk.domain.models import Attendance, Meeting, database
    from peerdesk.domain.vault import Vault

    Vault(data_dir).open(PASSPHRASE)
    try:
        integrity = database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0]
        found = saved & {uuid for (uuid,) in Attendance.select(Attendance.uuid).tuples()}
        batches = {}
        for meeting in Meeting.select().where(Meeting.topic.startswith("import ")):
            batches[meeting.topic[len("import ") :]] = meeting.attendances.count()
    finally:
        dbmod.close_database()
    return {
        "integrity_failures": int(integrity != "ok"),
        "checkins_found": len(found),
        "imports_confirmed": len(imported),
        "imports_missing": len(imported - set(batches)),
        "imports_half_applied": sum(1 for n in batches.values() if n != BATCH),
    }


def run(data_dir: Path, kills: int, *, seed: int = 1, max_delay: float = 0.06) -> dict:
    data_dir = Path(data_dir)
    if not (data_dir / "peerdesk.db").exists():
        setup(data_dir)
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--zygote", str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        bufsize=1,
    )
    saved: set[str] = set()
    imported: set[str] = set()
    try:
        for round_no in range(kills):
            proc.stdin.write(f"go {seed * 100_000 + round_no}\n")
            proc.stdin.flush()
            pid = int(proc.stdout.readline().split()[1])
            if rng.random() < 0.8:  # most kills land while recording; the rest during the unlock
                line = proc.stdout.readline()
                if not line.startswith("ready"):
                    raise RuntimeError(f"worker failed to open the database: {line!r}")
            time.sleep(rng.uniform(0, max_delay))
            os.kill(pid, signal.SIGKILL)
            for line in proc.stdout:
                word, _, value = line.strip().partition(" ")
                if word == "saved":
                    saved.add(value)
                elif word == "imported":
                    imported.add(value)
                elif word == "dead":
                    break
                elif word != "ready":
                    raise RuntimeError(f"unexpected worker output: {line!r}")
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    result = {"kills": kills, "checkins_confirmed": len(saved)}
    result.update(verify(data_dir, saved, imported))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zygote", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.zygote:
        zygote(args.zygote)
        return 0
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="peerdesk-kill-") as tmp:
        start = time.perf_counter()
        r = run(Path(tmp) / "data", args.kills, seed=args.seed)
        elapsed = time.perf_counter() - start
    print(f"kills:                  {r['kills']}")
    print(f"check-ins confirmed:    {r['checkins_confirmed']}")
    print(f"check-ins found:        {r['checkins_found']}")
    print(f"imports confirmed:      {r['imports_confirmed']} (missing {r['imports_missing']})")
    print(f"half-applied imports:   {r['imports_half_applied']}")
    print(f"integrity failures:     {r['integrity_failures']}")
    print(f"time:                   {elapsed:.1f} s")
    ok = (
        r["checkins_found"] == r["checkins_confirmed"]
        and not r["imports_missing"]
        and not r["imports_half_applied"]
        and not r["integrity_failures"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
