"""domain/ and documents/ must never pull in Qt (design §7)."""

import pkgutil
import subprocess
import sys

import peerdesk.documents
import peerdesk.domain


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def test_domain_and_documents_do_not_import_qt():
    modules = _modules(peerdesk.domain) + _modules(peerdesk.documents)
    assert "peerdesk.domain.db" in modules and "peerdesk.documents.signin_sheet" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
