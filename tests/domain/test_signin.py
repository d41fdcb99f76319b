import pytest

from peerdesk.domain.signin import SIGNIN_STYLES, order_roster, signin_label


@pytest.mark.parametrize(
    ("preferred", "full", "expected"),
    [
        ("José", "José García López", "José L."),
        ("Ánh", "Nguyễn Thị Ánh", "Ánh N."),
        ("Sam", None, "Sam"),
        ("Sam", "", "Sam"),
        ("Jo", "Joanna O'Connor", "Jo O."),
        ("Zoë", "Zoë", "Zoë"),
        ("Dima", "Дмитрий Иванов", "Dima И."),
        ("Ólafur", "Ólafur Ørsted", "Ólafur Ø."),
        ("anh", "Nguyễn Thị Ánh", "anh N."),  # equality ignores case and accents
        ("  Kim  ", "  Kim   Lee ", "Kim L."),
    ],
)
def test_first_initial(preferred, full, expected):
    assert signin_label(preferred, full, "first_initial") == expected


def test_full_name_style_falls_back_to_preferred():
    assert signin_label("Ánh", "Nguyễn Thị Ánh", "full_name") == "Nguyễn Thị Ánh"
    assert signin_label("Sam", None, "full_name") == "Sam"
    assert signin_label("Sam", "   ", "full_name") == "Sam"


def test_anonymous_is_empty():
    assert signin_label("José", "José García", "anonymous") == ""


def test_labels_are_nfc():
    decomposed = "Zoe\u0308"  # Zoë written as e + combining diaeresis
    assert signin_label(decomposed, None, "full_name") == "Zo\u00eb"


def test_unknown_style():
    with pytest.raises(ValueError):
        signin_label("Sam", None, "nickname")
    with pytest.raises(ValueError):
        order_roster([(1, "Sam", None)], "nickname")


def test_styles_constant():
    assert SIGNIN_STYLES == ("full_name", "first_initial", "anonymous")


def test_order_is_accent_insensitive_with_id_ties():
    people = [
        (5, "Zoë", None),
        (2, "Ólafur", "Ólafur Ørsted"),
        (3, "Oliver", "Oliver Twist"),
        (9, "Zoe", None),
        (1, "Ánh", "Nguyễn Thị Ánh"),
        (4, "Jo", "Jo O'Connor"),
    ]
    assert order_roster(people, "first_initial") == [
        (1, "Ánh N."),
        (4, "Jo O."),
        (2, "Ólafur Ø."),
        (3, "Oliver T."),
        (5, "Zoë"),
        (9, "Zoe"),
    ]


def test_order_is_deterministic_regardless_of_input_order():
    people = [(i, name, None) for i, name in enumerate(["b", "B", "á", "A", "a", "c"], start=1)]
    expected = order_roster(people, "full_name")
    assert order_roster(list(reversed(people)), "full_name") == expected
    assert [label for _, label in expected] == ["á", "A", "a", "b", "B", "c"]
    assert [mid for mid, _ in expected] == [3, 4, 5, 1, 2, 6]


def test_anonymous_order_is_by_id():
    assert order_roster([(3, "C", None), (1, "A", None)], "anonymous") == [(1, ""), (3, "")]


def test_accepts_generator():
    assert order_roster(((i, n, None) for i, n in [(2, "b"), (1, "a")]), "full_name") == [
        (1, "a"),
        (2, "b"),
    ]
