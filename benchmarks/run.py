"""The benchmark suite: every row of design §8, measured on this machine, in one table.

    .venv/bin/python benchmarks/run.py            reference scale (builds the cache once, ~45 s)
    .venv/bin/python benchmarks/run.py --quick    a tenth of the scale, in under a minute

Each figure is the median of at least 5 runs. Where the target is relative, the reference is
measured in the same run: a bare PySide6 window for start-up, hand-written SQL for the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


@dataclass
class Row:
    figure: str
    value: str
    target: str
    reference: str = ""
    ratio: str = ""
    ok: bool = True


def _spawn_until_ready(args: list[str], env: dict | None = None) -> tuple[float, str]:
    """Seconds from spawning a probe to its "ready" line, and that line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, str(HERE / "probes.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    line = proc.stdout.readline()
    took = time.perf_counter() - started
    proc.wait(timeout=120)
    if not line.startswith("ready"):
        raise RuntimeError(f"probe {args[0]} failed")
    return took, line.strip()


def _env() -> dict:
    env = dict(os.environ, PEERDESK_PASSPHRASE=common.PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env.pop("PEERDESK_DATA_DIR", None)
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it); a machine
    # with PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _compile_bytecode() -> None:
    import compileall

    compileall.compile_dir(str(common.ROOT / "peerdesk"), quiet=1)


def startup(folder: Path, runs: int) -> tuple[Row, Row, Row]:
    bare, ours, after_unlock, unlocks = [], [], [], []
    _spawn_until_ready(["bare"], _env())  # warm the file cache for both
    for _ in range(runs):
        bare.append(_spawn_until_ready(["bare"], _env())[0])
        took, line = _spawn_until_ready(["window", str(folder)], _env())
        fields = dict(part.split("=") for part in line.split()[1:])
        ours.append(took - float(fields["kdf"]))  # the passphrase's own cost is the unlock row
        after_unlock.append(float(fields["after"]))
        unlocks.append(_unlock_once(folder))
    reference = f"bare window {common.median(bare) * 1000:.0f} ms"
    ratio = common.median(after_unlock) / common.median(bare)
    start_row = Row(
        "unlock accepted → interactive main window",
        f"{common.median(after_unlock) * 1000:.0f} ms",
        "≤ 2× bare window",
        reference,
        f"{ratio:.2f}×",
        ratio <= 2.0,
    )
    cold_ratio = common.median(ours) / common.median(bare)
    cold_row = Row(
        "process start → interactive window (minus Argon2)",
        f"{common.median(ours) * 1000:.0f} ms",
        "≤ 2× bare window",
        reference,
        f"{cold_ratio:.2f}×",
        cold_ratio <= 2.0,
    )
    unlock_row = Row(
        "unlock (key derivation + open + first query)",
        f"{common.median(unlocks) * 1000:.0f} ms",
        "≤ 500 ms",
        ok=common.median(unlocks) <= 0.5,
    )
    return start_row, cold_row, unlock_row


def _unlock_once(folder: Path) -> float:
    """Key derivation + open + the first query a pane makes, in this process."""
    from peerdesk.domain import db as dbmod
    from peerdesk.domain import members
    from peerdesk.domain.vault import Vault

    started = time.perf_counter()
    Vault(folder).open(common.PASSPHRASE, quick_check=False)
    members.list_members(limit=200)
    took = time.perf_counter() - started
    dbmod.close_database()
    return took


def attendance_rows() -> list[Row]:
    import bench_attendance as ba

    search = ba.bench_search()
    commit = ba.bench_check_in()
    data, pdf = ba.bench_sheet()
    sheet = [a + b for a, b in zip(data, pdf, strict=True)]
    ms = lambda samples: common.median(samples) * 1000  # noqa: E731
    return [
        Row("check-in search, per keystroke", f"{ms(search):.2f} ms", "≤ 5 ms", ok=ms(search) <= 5),
        Row("check-in to durable commit", f"{ms(commit):.2f} ms", "≤ 20 ms", ok=ms(commit) <= 20),
        Row(
            "sign-in sheet, 60 names (query + PDF)",
            f"{ms(sheet):.1f} ms",
            "≤ 30 ms",
            ok=ms(sheet) <= 30,
        ),
    ]


def report_rows(runs: int) -> list[Row]:
    import bench_reports as br

    from peerdesk.domain import exports, reports

    ours = common.timed(lambda: reports.as_dict(reports.compute(br.START, br.END), 11), runs)
    hand = common.timed(br.hand_written, runs)
    ratio = common.median(ours) / common.median(hand)
    rows = [
        Row(
            "funder report figures, one year, all groups",
            f"{common.median(ours) * 1000:.0f} ms",
            "≤ 1.5× hand SQL",
            f"hand SQL {common.median(hand) * 1000:.0f} ms",
            f"{ratio:.2f}×",
            ratio <= 1.5,
        )
    ]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "attendance.csv"
        rates = []
        for _ in range(max(3, runs // 2)):
            started = time.perf_counter()
            count = exports.export_attendance(dt.date(2000, 1, 1), common.TODAY, target)
            rates.append(count / (time.perf_counter() - started))
    rate = common.median(rates)
    rows.append(
        Row(
            f"attendance export, CSV ({count:,} rows)",
            f"{rate:,.0f} rows/s",
            "≥ 200,000 rows/s",
            ok=rate >= 200_000,
        )
    )
    return rows


def import_row(runs: int) -> Row:
    import bench_members as bm

    totals = [sum(bm.measure(10_000)[:2]) for _ in range(runs)]
    value = common.median(totals)
    return Row("import 10,000 members", f"{value:.2f} s", "≤ 2 s", ok=value <= 2.0)


def memory_row(folder: Path) -> Row:
    _, line = _spawn_until_ready(["memory", str(folder)], _env())
    peak = float(line.split("peak_mb=")[1])
    return Row("peak memory, every pane opened", f"{peak:.0f} MB", "≤ 250 MB", ok=peak <= 250)


def cli_rows(folder: Path, runs: int) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory() as out:
        commands = {
            "peerdesk list groups (whole process)": ["list", "groups"],
            "peerdesk signin-sheet (whole process)": [
                "signin-sheet",
                "--group",
                "Tuesday Grief Circle",
                "-o",
                str(Path(out) / "s.pdf"),
            ],
        }
        for label, args in commands.items():
            argv = [PYTHON, "-m", "peerdesk", "--data-dir", str(folder), *args]
            samples = []
            for _ in range(runs):
                started = time.perf_counter()
                subprocess.run(argv, env=_env(), check=True, capture_output=True)
                samples.append(time.perf_counter() - started)
            value = common.median(samples)
            rows.append(Row(label, f"{value * 1000:.0f} ms", "< 500 ms", ok=value < 0.5))
    return rows


def print_table(rows: list[Row], title: str) -> None:
    headings = ("figure", "median", "target", "reference (same run)", "ratio", "")
    table = [headings] + [
        (r.figure, r.value, r.target, r.reference, r.ratio, "ok" if r.ok else "MISSED")
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(headings))]
    print(title)
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale, fewer runs")
    args = parser.parse_args()
    scale = "tenth" if args.quick else "large"
    runs = 5 if args.quick else 7
    folder = common.ensure(scale)
    started = time.perf_counter()
    _compile_bytecode()

    rows = list(startup(folder, runs))
    common.open_cached(scale)
    try:
        rows += attendance_rows()
        rows += report_rows(runs)
    finally:
        from peerdesk.domain import db as dbmod

        dbmod.close_database()
    rows.append(import_row(3 if args.quick else 5))
    rows.append(memory_row(folder))
    rows += cli_rows(folder, runs)

    import platform

    title = (
        f"peerdesk benchmarks — scale {scale}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.machine()}, {dt.date.today()}"
    )
    print_table(rows, title)
    print(f"(suite took {time.perf_counter() - started:.0f} s)")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
