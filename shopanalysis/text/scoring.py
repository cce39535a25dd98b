"""Messages of the shared scorecard rules (``shopanalysis._scoring``)."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "scoring",
    {
        "weights.unknown": ("权重里有未知的考核项：{unknown}；可用的考核项：{accepted}",
                            "the weights name unknown component(s): {unknown}; accepted: {accepted}"),
        "weights.not_numbers": ("权重必须是不小于 0 的数字，且合计大于 0；收到的是 {weights}",
                                "weights must be zero or positive numbers with a positive sum; got {weights}"),
        "grades.empty": ("等级至少要有一档，例如 A 90 分、B 75 分、C 60 分、D 0 分",
                         "grades must name at least one grade, e.g. A 90, B 75, C 60, D 0"),
    },
    labels={  # the columns both scorecards (designers, customer service) and their pay tables show
        "total": ("总分", "Total"),
        "grade": ("评级", "Grade"),
        "bonus": ("奖金", "Bonus"),
    },
)
