"""The contact list: only consenting, active, reachable members; formulas neutralised."""

from __future__ import annotations

import csv

from peerdesk.domain import members
from peerdesk.domain.contacts_export import MARKER, export_contacts


def test_only_consenting_members_with_safe_cells(vault, tmp_path):
    def add(name, **kw):
        return members.create_member({"preferred_name": name, **kw})

    add("=HYPERLINK(1)", email="x@example.org", consent_contact=True)
    add("Ann", email="ann@example.org", consent_contact=True)
    add("Bo", email="bo@example.org")  # no consent
    add("Cy", consent_contact=True)  # nothing to contact them with
    add("Di", phone="555-1234", consent_contact=True, active=False)
    erased = add("Ed", email="ed@example.org", consent_contact=True)
    members.erase_member(erased)
    path = tmp_path / "c.csv"
    assert export_contacts(path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == [MARKER]
    assert [r[0] for r in rows[2:]] == ["'=HYPERLINK(1)", "Ann"]
