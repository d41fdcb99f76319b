"""SIGKILL a process recording check-ins and imports, over and over, and lose nothing it confirmed."""

from __future__ import annotations

import sys

import pytest

from benchmarks import kill_test


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")
def test_killed_writer_loses_nothing_it_confirmed(tmp_path):
    result = kill_test.run(tmp_path / "data", kills=120, seed=7)
    assert result["kills"] == 120
    assert result["integrity_failures"] == 0
    assert result["checkins_confirmed"] > 100  # the workers did get work done between kills
    assert result["checkins_found"] == result["checkins_confirmed"]
    assert result["imports_confirmed"] > 0
    assert result["imports_missing"] == 0
    assert result["imports_half_applied"] == 0
