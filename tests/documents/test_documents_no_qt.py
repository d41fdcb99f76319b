import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import datetime, io, sys
import peerdesk.documents.base
import peerdesk.documents.fonts
import peerdesk.documents.recovery_sheet
import peerdesk.documents.signin_sheet as s
import peerdesk.domain.signin
s.build_signin_sheet(io.BytesIO(), s.SignInSheet(
    organisation="o", group_name="g", date=datetime.date(2026, 1, 1), time_text="", location="",
    facilitator="", confidentiality="", style="full_name", roster=["A"]))
bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"})
print(bad)
sys.exit(1 if bad else 0)
"""


def test_documents_do_not_import_qt():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
