"""Small-cell suppression for demographic tables (design §3 rule 6).

A demographic table lists people by one attribute plus a total, and the total (the number of
unduplicated participants) is also printed on the cover. Primary suppression shows every count
from 1 to k−1 as "<k". Secondary suppression then hides further cells, shown as "*", until no
hidden cell can be worked out: knowing the total, a "<k" cell lies in 1..k−1 and a "*" cell in
0..total, and every hidden cell must still have at least two possible values.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerdesk.domain.settings import MIN_SUPPRESSION_K
from peerdesk.i18n import translate

SECONDARY = "*"
TOTAL = "total"


class SuppressionError(ValueError):
    """str() is one sentence for the user."""


def check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < MIN_SUPPRESSION_K:
        raise SuppressionError(
            translate(
                "Reports",
                "The smallest count shown must be at least {k}, so that no one can be singled out.",
            ).format(k=MIN_SUPPRESSION_K)
        )
    return k


def primary(k: int) -> str:
    return f"<{k}"


def _ranges(values: Sequence[int], hidden: dict[int, str], k: int, total: int):
    return {i: (1, k - 1) if kind == "primary" else (0, total) for i, kind in hidden.items()}


def _determined(values: Sequence[int], hidden: dict[int, str], k: int, total: int) -> bool:
    """True if some hidden cell has only one value consistent with the total and the markers."""
    if not hidden:
        return False
    bounds = _ranges(values, hidden, k, total)
    rest = total - sum(v for i, v in enumerate(values) if i not in hidden)
    low_sum = sum(lo for lo, _hi in bounds.values())
    high_sum = sum(hi for _lo, hi in bounds.values())
    for _i, (lo, hi) in bounds.items():
        others_lo, others_hi = low_sum - lo, high_sum - hi
        if min(hi, rest - others_lo) <= max(lo, rest - others_hi):
            return True
    return False


def suppress(rows: Sequence[tuple[str, int]], k: int) -> list[tuple[str, int | str]]:
    """(label, count) rows → (label, shown) rows plus a final ("total", shown) row."""
    check_k(k)
    labels = [label for label, _ in rows]
    values = [int(count) for _, count in rows]
    total = sum(values)
    hidden = {i: "primary" for i, v in enumerate(values) if 0 < v < k}
    # Complementary cells, smallest first (they cost the reader the least), zeros last.
    candidates = sorted(
        (i for i in range(len(values)) if i not in hidden),
        key=lambda i: (values[i] == 0, values[i], i),
    )
    while hidden and _determined(values, hidden, k, total) and candidates:
        hidden[candidates.pop(0)] = "secondary"
    shown: list[tuple[str, int | str]] = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        kind = hidden.get(i)
        shown.append(
            (label, value if kind is None else primary(k) if kind == "primary" else SECONDARY)
        )
    shown.append((TOTAL, primary(k) if 0 < total < k else total))
    return shown
