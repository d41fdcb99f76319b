"""Packaging: build.spec parses and bundles what the app looks up at run time; CI builds it.

The real build and its smoke test run in CI through scripts/build-app.sh, not here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def test_build_spec_parses_and_bundles_resources():
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source, filename=str(SPEC))
    for bundled in ('"resources/fonts"', '"resources/icons"', '"resources/translations"'):
        assert bundled in source
    assert 'RESOURCES / "peerdesk.desktop"' in source
    assert "COMMAND_MODULES" in source  # commands are imported by name
    for module in ("sqlcipher3", "PySide6.QtPdfWidgets", "PySide6.QtSvgWidgets", "openpyxl"):
        assert f'"{module}"' in source


def test_files_named_in_the_spec_exist():
    source = SPEC.read_text(encoding="utf-8")
    icons = re.findall(r'ICONS / "([^"]+)"', source)
    assert {"peerdesk.ico", "peerdesk.icns"} <= set(icons)
    for name in icons:
        assert (ROOT / "resources" / "icons" / name).is_file(), name
    for name in ("fonts", "peerdesk.desktop"):
        assert (ROOT / "resources" / name).exists(), name
    assert (ROOT / "peerdesk" / "__main__.py").is_file()
    for hook in re.findall(r'ROOT / "packaging" / "([^"]+)"', source):
        assert (ROOT / "packaging" / hook).is_file(), hook


def test_resources_are_found_through_the_one_helper():
    """Frozen, files live under sys._MEIPASS: nothing may find resources/ relative to itself."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "peerdesk").rglob("*.py")
        if path.name != "paths.py" and "__file__" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_ci_runs_the_readme_tests_then_the_smoke_build():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = re.search(r"## Quick start\s+```sh\n(.*?)```", readme, re.S).group(1)
    test_command = quick_start.strip().splitlines()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci
    assert "scripts/build-app.sh" in ci
    assert ci.index("scripts/build-app.sh") > ci.index(test_command)
