"""The resource library's domain rules: lenient validation, tags, reviews, filters and sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.domain import resources
from peerdesk.domain.models import Resource, Tag
from peerdesk.domain.resources import Filters, ResourceData, ResourceError

TODAY = dt.date(2026, 3, 1)


def make(title, **kw):
    return resources.create_resource(ResourceData(title=title, **kw), today=TODAY)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.org", "https://example.org"),
        ("www.example.org/help?x=1", "https://www.example.org/help?x=1"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://Example.org", "HTTPS://Example.org"),
        ("//example.org/a", "https://example.org/a"),
        ("example.org:8080/x", "https://example.org:8080/x"),
        ("mailto:help@example.org", "mailto:help@example.org"),
        ("  ", ""),
    ],
)
def test_url_gets_a_scheme(typed, stored):
    assert resources.normalize_url(typed) == stored


@pytest.mark.parametrize("bad", ["not a url", "justaword", "https://nodot"])
def test_bad_urls_are_refused(bad):
    with pytest.raises(ValueError):
        resources.normalize_url(bad)


def test_create_keeps_phone_as_typed_and_fills_search_text(vault):
    rid = make(
        "Café Crisis Line",
        category="Hotlines",
        phone="+1 (555) 010-0",
        url="crisis.example.org",
        tags=["Crisis", "24/7", "crisis"],
    )
    r = resources.get_resource(rid)
    assert r.phone == "+1 (555) 010-0"
    assert r.url == "https://crisis.example.org"
    assert r.category == "hotline"
    assert r.tags == ["24/7", "Crisis"]
    row = Resource.get_by_id(rid)
    assert "cafe crisis line" in row.search_text and "15550100" in row.search_text
    assert resources.list_resources("cafe")[0]["id"] == rid
    assert resources.list_resources("crisis 5550100")[0]["id"] == rid


def test_validation_names_every_bad_field(vault):
    with pytest.raises(ResourceError) as exc:
        resources.create_resource(
            ResourceData(
                title=" ",
                category="pizza",
                url="two words",
                last_reviewed=TODAY + dt.timedelta(days=1),
            ),
            today=TODAY,
        )
    assert set(exc.value.problems) == {"title", "category", "url", "last_reviewed"}
    assert Resource.select().count() == 0


def test_edit_updates_tags_and_search_and_drops_unused_tags(vault):
    rid = make("Grief line", tags=["grief"])
    data = resources.get_resource(rid)
    data.title, data.tags = "Loss line", ["loss"]
    resources.update_resource(rid, data, today=TODAY)
    assert resources.all_tags() == ["loss"]
    assert resources.list_resources("grief") == []
    assert resources.list_resources("loss")[0]["tags"] == "loss"
    resources.delete_resource(rid)
    assert Tag.select().count() == 0


def test_existing_tag_is_reused_ignoring_case_and_accents(vault):
    make("A", tags=["Éducation"])
    b = make("B", tags=["education"])
    assert resources.all_tags() == ["Éducation"]
    assert resources.get_resource(b).tags == ["Éducation"]
    assert resources.ids_with_tag("EDUCATION") == [1, b]


def test_mark_reviewed(vault):
    rid = make("Old", last_reviewed=dt.date(2024, 1, 1))
    with pytest.raises(ResourceError):
        resources.mark_reviewed(rid, " ")
    resources.mark_reviewed(rid, "Sam", TODAY)
    r = resources.get_resource(rid)
    assert (r.last_reviewed, r.reviewed_by) == (TODAY, "Sam")


def test_filters_and_review_due(vault):
    fresh = make(
        "Fresh",
        category="hotline",
        tags=["grief"],
        languages="English, Spanish",
        last_reviewed=dt.date(2025, 6, 1),
    )
    due = make(
        "Due",
        category="service",
        tags=["food"],
        languages="English",
        last_reviewed=dt.date(2025, 3, 1),
    )
    never = make("Never", category="service", tags=["grief", "food"])
    ids = lambda f: {r["id"] for r in resources.list_resources(filters=f, today=TODAY)}  # noqa: E731
    assert ids(Filters(category="service")) == {due, never}
    assert ids(Filters(tag="Grief")) == {fresh, never}
    assert ids(Filters(language="spanish")) == {fresh}
    assert ids(Filters(review_due=True)) == {due, never}
    assert ids(Filters(review_due=True, tag="food", query="nev")) == {never}
    assert resources.count_resources(Filters(review_due=True), today=TODAY) == 2
    assert resources.all_languages() == ["English", "Spanish"]
    rows = {r["id"]: r for r in resources.list_resources(today=TODAY)}
    assert not rows[fresh]["review_due"] and rows[due]["review_due"] and rows[never]["review_due"]


def test_sorting(vault):
    a = make("b title", category="service", last_reviewed=dt.date(2025, 1, 1))
    b = make("A title", category="hotline")
    c = make("c title", category="book", last_reviewed=dt.date(2024, 1, 1))
    order = lambda **kw: [r["id"] for r in resources.list_resources(**kw)]  # noqa: E731
    assert order() == [b, a, c]
    assert order(sort="title", descending=True) == [c, a, b]
    assert order(sort="category") == [c, b, a]
    assert order(sort="review_due") == [b, c, a]  # never reviewed, then oldest review
    with pytest.raises(ValueError):
        order(sort="uuid; DROP")


@settings(max_examples=300, deadline=None)
@given(
    st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)),
    st.integers(min_value=300, max_value=430),
)
def test_sql_cutoff_agrees_with_is_review_due(today, days_ago):
    reviewed = today - dt.timedelta(days=days_ago)
    assert resources.is_review_due(reviewed, today) == (reviewed <= resources.review_cutoff(today))


def test_leap_day_review():
    assert resources.is_review_due(dt.date(2024, 2, 29), dt.date(2025, 2, 28))
    assert resources.review_cutoff(dt.date(2025, 2, 28)) == dt.date(2024, 2, 29)
    assert resources.review_cutoff(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
