from __future__ import annotations

from PySide6.QtCore import QModelIndex

from peerdesk.ui.attendance.meetings_view import meetings_model
from peerdesk.ui.panes.members_pane import NAME, members_model
from peerdesk.ui.panes.resources_pane import resources_model
from peerdesk.ui.table_model import Column, LazyTableModel


def test_models_pass_the_model_tester(demo_vault, qtmodeltester):
    for factory in (members_model, meetings_model, resources_model):
        model = factory()
        model.set_enabled(True)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_lazy_loading_fetches_in_pages(qtmodeltester):
    calls = []

    def fetch(query, offset, limit):
        calls.append((query, offset, limit))
        data = [{"n": i} for i in range(450) if query in str(i)]
        return data[offset : offset + limit]

    model = LazyTableModel([Column("n", "N")], fetch)
    assert model.rowCount() == 0 and not calls  # disabled: never touches the source
    model.set_enabled(True)
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.set_query("44")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "44",
        "144",
        "244",
        "344",
        "440",
        "441",
        "442",
        "443",
        "444",
        "445",
        "446",
        "447",
        "448",
        "449",
    ]
    model.set_enabled(False)
    assert model.rowCount() == 0


def test_member_search_ignores_accents_and_case(demo_vault):
    model = members_model()
    model.set_enabled(True)
    model.set_query("jose")
    names = {model.index(r, NAME).data() for r in range(model.rowCount())}
    assert names == {"José"}
    model.set_query("OCONNOR")
    assert model.rowCount() > 0
    assert all("O'Connor" in model.row_object(r).full_name for r in range(model.rowCount()))
