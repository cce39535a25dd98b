"""The scoring both KPI scorecards share: weights checked, a weighted total, a grade and a rank.

:func:`shopanalysis.designers.scorecard` and :func:`shopanalysis.customer_service.scorecard`
score different things (on-time delivery and image tests; 询单转化率 and response time),
but a KPI sheet turns scores into pay the same way in both, so the rules live once here:

- weights are zero or positive, with a positive sum, and name only known components;
- the total is the weighted mean of the components a person *has* (one with nothing to
  judge is left out and the other weights count for more, so nobody is punished for
  work that was not asked for);
- a grade is the highest whose lowest total the person reaches (A >= 90, B >= 75, ...);
- rank 1 is the best total; people without a total rank last.

Examples
--------
>>> scores = {"a": pd.Series([100.0, 40.0]), "b": pd.Series([50.0, np.nan])}
>>> total = weighted_total(scores, {"a": 0.5, "b": 0.5})
>>> total.tolist(), grade(total, {"A": 90, "B": 75, "C": 60, "D": 0}).tolist(), rank(total).tolist()
([75.0, 40.0], ['B', 'D'], [1, 2])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from .text.scoring import T

__all__ = ["check_weights", "check_grades", "weighted_total", "grade", "rank"]


def check_weights(weights: Mapping[str, float], components: Iterable[str]) -> dict[str, float]:
    """Return ``weights`` as floats, or raise a ValueError naming what is wrong with them.

    Examples
    --------
    >>> check_weights({"a": 1}, ["a", "b"])
    {'a': 1.0}
    """
    components = list(components)
    unknown = sorted(set(weights) - set(components))
    if unknown:
        raise ValueError(T("weights.unknown", unknown=", ".join(map(str, unknown)),
                           accepted=", ".join(components)))
    try:
        out = {k: float(w) for k, w in weights.items()}
    except (TypeError, ValueError):
        raise ValueError(T("weights.not_numbers", weights=dict(weights))) from None
    if any(not np.isfinite(w) or w < 0 for w in out.values()) or sum(out.values()) <= 0:
        raise ValueError(T("weights.not_numbers", weights=dict(weights)))
    return out


def check_grades(grades: Mapping[str, float]) -> list[tuple[str, float]]:
    """Return the grade ladder, best first, or raise a ValueError when there is no grade."""
    if not grades:
        raise ValueError(T("grades.empty"))
    return sorted(((str(k), float(v)) for k, v in grades.items()), key=lambda kv: kv[1], reverse=True)


def weighted_total(scores: Mapping[str, pd.Series], weights: Mapping[str, float]) -> pd.Series:
    """Return each row's weighted mean of the component scores it has (NaN with none)."""
    index = next(iter(scores.values())).index
    num = pd.Series(0.0, index=index)
    den = pd.Series(0.0, index=index)
    for name, w in weights.items():
        score = scores[name].astype(float)
        have = score.notna()
        num += np.where(have, float(w) * score.fillna(0.0), 0.0)
        den += np.where(have, float(w), 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return pd.Series(np.where(den > 0, num / den.where(den > 0, 1.0), np.nan), index=index)


def grade(total: pd.Series, grades: Mapping[str, float]) -> pd.Series:
    """Return each total's grade: the best grade whose lowest total it reaches (None without a total)."""
    ladder = check_grades(grades)

    def one(x):
        if not np.isfinite(x):
            return None
        return next((name for name, low in ladder if round(x, 9) >= low), ladder[-1][0])

    return pd.Series([one(x) for x in total], index=total.index, dtype="str")


def rank(total: pd.Series) -> pd.Series:
    """Return each total's rank, 1 for the best (ties share the better rank; no total, no rank)."""
    return total.rank(ascending=False, method="min").astype("Int64")
