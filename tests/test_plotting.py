"""Tests of shopanalysis.plotting: the shipped CJK font, number formats and chart helpers."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties, findfont

import shopanalysis as sa
from shopanalysis import plotting as sp

FONTS_DIR = Path(sp.__file__).parent / "fonts"
MPL_FONTS = Path(mpl.get_data_path()) / "fonts" / "ttf"  # DejaVu, always there

#: Text a report puts on a chart: metric names, sources, money, full-width punctuation.
CHINESE = "支付金额 手淘搜索 直通车 淘宝客 客单价 访客数 转化率 ¥1.23万 ￥ （）【】「」，。：；！？、 → ← ↑ ↓ ✓ • · 第4名"


def gb2312_chars() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


# --------------------------------------------------------------------------
# The shipped font
# --------------------------------------------------------------------------


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_font_covers_gb2312_and_shop_symbols(weight):
    from fontTools.ttLib import TTFont

    font = TTFont(sp.font_path(weight), lazy=True)
    cmap = font.getBestCmap()
    covered = {chr(cp) for cp in cmap}
    missing = gb2312_chars() - covered
    assert not missing, f"{len(missing)} GB 2312 characters missing: {''.join(sorted(missing))[:50]}"
    wanted = set(CHINESE.replace(" ", "")) | set("¥￥→←↑↓✓•·％＋－×÷≤≥①②③㎡℃") | {chr(c) for c in range(0x20, 0x7F)}
    assert wanted <= covered, "".join(sorted(wanted - covered))
    assert font["name"].getDebugName(1) == sp.FONT_FAMILY
    assert font["OS/2"].usWeightClass == (700 if weight == "bold" else 400)


def test_font_files_fit_the_size_budget_and_carry_licence():
    fonts = sorted(FONTS_DIR.glob("*.otf"))
    assert [f.name for f in fonts] == [sp.font_path("bold").name, sp.font_path("regular").name]
    assert sum(f.stat().st_size for f in fonts) < 10e6
    licence = (FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Adobe" in licence
    assert "make_font_subset.py" in (FONTS_DIR / "README.md").read_text(encoding="utf-8")


def test_font_path_rejects_unknown_weight():
    with pytest.raises(ValueError, match="'light'.*bold"):
        sp.font_path("light")


def test_findfont_resolves_the_shipped_files():
    assert Path(findfont(FontProperties(family=sp.FONT_FAMILY))) == sp.font_path()
    assert Path(findfont(FontProperties(family=sp.FONT_FAMILY, weight="bold"))) == sp.font_path("bold")


def test_set_style_survives_seaborn_theme():
    import seaborn as sns

    with mpl.rc_context():
        sns.set_theme()  # resets font.sans-serif to Arial, DejaVu Sans, ...
        sp.set_style("talk", style="ticks")
        assert mpl.rcParams["font.sans-serif"][0] == sp.FONT_FAMILY
        assert mpl.rcParams["axes.unicode_minus"] is False
        assert Path(findfont(FontProperties())) == sp.font_path()
        # A serif text still finds Chinese glyphs: our font is a fallback of font.family.
        mpl.rcParams["font.family"] = ["serif"]
        sp.use_cjk_font()
        assert mpl.rcParams["font.family"][:2] == ["serif", sp.FONT_FAMILY]


def test_helpers_warn_when_the_font_was_reset():
    import seaborn as sns

    with mpl.rc_context():
        sns.set_theme()
        with pytest.warns(UserWarning, match="set_style"):
            sp.plot_bar(pd.Series({"店铺A": 1.0}))


# --------------------------------------------------------------------------
# Rendering without the system's CJK fonts (fresh process, fresh font cache)
# --------------------------------------------------------------------------

_RENDER_SCRIPT = textwrap.dedent(
    r"""
    import json, logging, sys, warnings
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import font_manager as fm, ft2font

    # Hide every font that has Chinese glyphs: only the shipped one may draw them.
    def has_hanzi(entry):
        try:
            return 0x4E2D in ft2font.FT2Font(entry.fname, face_index=getattr(entry, "index", 0)).get_charmap()
        except Exception:
            return False
    fm.fontManager.ttflist = [e for e in fm.fontManager.ttflist if not has_hanzi(e)]
    fm.fontManager._findfont_cached.cache_clear()

    records = []
    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())
    logging.getLogger("matplotlib").addHandler(Collect(level=logging.WARNING))

    import matplotlib.pyplot as plt
    import pandas as pd
    import seaborn as sns

    scenario = sys.argv[1]
    if scenario == "theme_then_import":
        sns.set_theme()
        from shopanalysis import plotting as sp
    elif scenario == "set_style":
        from shopanalysis import plotting as sp
        sns.set_theme(style="darkgrid")
        sp.set_style()
    elif scenario == "reset_after_import":  # the documented mistake: no set_style after set_theme
        from shopanalysis import plotting as sp
        sns.set_theme()
    text = sys.argv[2]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
        df = pd.DataFrame({"日期": pd.date_range("2026-10-01", periods=4).repeat(2),
                           "流量来源": ["手淘搜索", "直通车"] * 4,
                           "支付金额": [12000.0, 3000, 13000, 2800, 12500, 3500, 14000, 3900]})
        sp.plot_trend(df, "日期", "支付金额", hue="流量来源", ax=ax1, yformat="yuan", title=text)
        sp.plot_bar(pd.Series({"我们的店（旗舰店）": 41000.0, "竞店A": 52000.0}), highlight="我们的店（旗舰店）",
                    ax=ax2, xformat="yuan", title="客单价：对比", xlabel="支付金额（元）")
        ax2.set_ylabel("店铺【Top】")
        fig.suptitle("月度复盘，第4名 ✓")
        fig.savefig(sys.argv[3], dpi=50)
    artists = [ax1.title, ax1.yaxis.label, ax2.xaxis.label, ax2.yaxis.label, fig._suptitle,
               *ax1.get_legend().get_texts(), *ax2.get_yticklabels()]
    print(json.dumps({
        "warnings": [str(w.message) for w in caught],
        "logs": records,
        "fonts": sorted({fm.findfont(t.get_fontproperties()) for t in artists}),
        "hidden_system_cjk": True,
    }))
    """
)


def _render_in_fresh_process(tmp_path, scenario):
    fc_conf = tmp_path / "fonts.conf"
    fc_conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig><dir>{MPL_FONTS}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    env = {
        **os.environ,
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
        "MPLBACKEND": "Agg",
        "FONTCONFIG_FILE": str(fc_conf),
    }
    out = subprocess.run(
        [sys.executable, "-c", _RENDER_SCRIPT, scenario, CHINESE, str(tmp_path / "chart.png")],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "chart.png").stat().st_size > 1000
    return json.loads(out.stdout.strip().splitlines()[-1])


def _font_problems(result):
    return [m for m in result["warnings"] + result["logs"]
            if "missing from font" in m or "Glyph" in m or "findfont" in m]


@pytest.mark.parametrize("scenario", ["theme_then_import", "set_style"])
def test_chinese_renders_with_only_the_shipped_font(tmp_path, scenario):
    result = _render_in_fresh_process(tmp_path, scenario)
    assert _font_problems(result) == []
    # Titles, labels, legend and ticks resolve to the shipped files (the highlighted tick is bold).
    fonts = {Path(f).resolve() for f in result["fonts"]}
    assert sp.font_path().resolve() in fonts
    assert fonts <= {sp.font_path().resolve(), sp.font_path("bold").resolve()}


def test_render_check_detects_a_lost_font(tmp_path):
    """Check the check: with the font settings reset, Chinese glyphs go missing."""
    result = _render_in_fresh_process(tmp_path, "reset_after_import")
    assert any("missing from font" in m for m in result["warnings"])
    assert any("set_style" in m for m in result["warnings"])


# --------------------------------------------------------------------------
# Number formats
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (0, {}, "¥0"),
        (8560, {}, "¥8,560"),
        (8560.4, {}, "¥8,560"),
        (9999.4, {}, "¥9,999"),
        (9999.6, {}, "¥1万"),
        (12345, {}, "¥1.23万"),
        (12345, {"digits": 1}, "¥1.2万"),
        (-12345, {}, "-¥1.23万"),
        (150_000, {}, "¥15万"),
        (99_999_999, {}, "¥1亿"),
        (350_000_000, {}, "¥3.5亿"),
        (89.5, {}, "¥89.50"),
        (23.4375, {}, "¥23.44"),
        (0.004, {}, "¥0"),
        (-0.004, {"sign": True}, "¥0"),
        (1234, {"sign": True}, "+¥1,234"),
        (-3120.5, {"sign": True}, "-¥3,120"),
        (float("nan"), {}, "—"),
        (None, {}, "—"),
    ],
)
def test_format_yuan(value, kwargs, expected):
    assert sp.format_yuan(value, **kwargs) == expected


@pytest.mark.parametrize(
    ("value", "args", "kwargs", "expected"),
    [
        (0.024, (), {}, "2.4%"),
        (0.0236, (), {}, "2.4%"),
        (0.0128, (2,), {}, "1.28%"),
        (0.3, (0,), {}, "30%"),
        (1.0, (), {}, "100.0%"),
        (-0.05, (), {}, "-5.0%"),
        (0.05, (), {"sign": True}, "+5.0%"),
        (-0.0001, (), {}, "0.0%"),
        (float("nan"), (), {}, "—"),
    ],
)
def test_format_pct(value, args, kwargs, expected):
    assert sp.format_pct(value, *args, **kwargs) == expected


def test_format_number():
    assert [sp.format_number(v) for v in (0, 999, 8560, 123456, 2.5e8)] == ["0", "999", "8,560", "12.35万", "2.5亿"]


def test_the_formats_are_re_exported_and_need_no_matplotlib():
    from shopanalysis import _format

    assert (sp.format_yuan, sp.format_pct, sp.format_number) == (
        _format.format_yuan, _format.format_pct, _format.format_number)
    assert {"format_yuan", "format_pct", "format_number"} <= set(sp.__all__)
    # the sentence writers use the formats at module top: they must not pull matplotlib in
    code = ("import sys, shopanalysis._format, shopanalysis.sales, shopanalysis.checklist; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    ("formatter", "ticks", "expected"),
    [
        (sp.yuan_formatter(), [0, 5000, 10000, 15000], ["¥0", "¥0.5万", "¥1万", "¥1.5万"]),
        (sp.yuan_formatter(), [0, 2000, 4000], ["¥0", "¥2,000", "¥4,000"]),
        (sp.yuan_formatter(), [-20000, 0, 20000], ["-¥2万", "¥0", "¥2万"]),
        (sp.yuan_formatter(), [0, 0.5, 1.0], ["¥0", "¥0.5", "¥1"]),
        (sp.yuan_formatter(), [1e8, 2e8], ["¥1亿", "¥2亿"]),
        (sp.yuan_formatter(digits=1), [0, 10000], ["¥0.0", "¥1.0万"]),
        (sp.number_formatter(), [0, 20000, 40000], ["0", "2万", "4万"]),
        (sp.pct_formatter(), [0, 0.025, 0.05], ["0%", "2.5%", "5%"]),
        (sp.pct_formatter(), [0, 0.2, 0.4], ["0%", "20%", "40%"]),
    ],
)
def test_tick_formatters(formatter, ticks, expected):
    assert formatter.format_ticks(ticks) == expected


# --------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------


@pytest.fixture
def steps():
    return pd.Series({"访客数": 5230.0, "转化率": -3120.5, "客单价": 1480.0})


def test_plot_waterfall(steps):
    before = steps.copy()
    ax = sp.plot_waterfall(86500, steps)
    assert isinstance(ax, Axes)
    bars = ax.containers[0]
    assert len(bars) == 5
    assert [t.get_text() for t in ax.get_xticklabels()] == ["上期", "访客数", "转化率", "客单价", "本期"]
    # Chinese convention: red up, green down.
    assert bars[1].get_facecolor() == to_rgba(sp.UP_COLOR)
    assert bars[2].get_facecolor() == to_rgba(sp.DOWN_COLOR)
    # Each step floats from the previous level.
    assert bars[2].get_y() == pytest.approx(86500 + 5230 - 3120.5)
    assert bars[4].get_height() == pytest.approx(86500 + 5230 - 3120.5 + 1480)
    labels = {t.get_text() for t in ax.texts}
    assert {"¥8.65万", "+¥5,230", "-¥3,120", "+¥1,480", "¥9.01万"} <= labels
    assert ax.get_title() == "支付金额变化拆解"
    pd.testing.assert_series_equal(steps, before)


def test_plot_waterfall_options(steps):
    ax = sp.plot_waterfall(86500, steps.to_dict(), end=86500 + steps.sum(), start_at_zero=False,
                           up_color="green", down_color="red", title=None)
    assert ax.containers[0][1].get_facecolor() == to_rgba("green")
    assert ax.get_ylim()[0] > 80000
    assert "未从 0 开始" in ax.get_ylabel()
    assert ax.get_title() == ""


def test_plot_waterfall_rejects_steps_that_do_not_add_up(steps):
    with pytest.raises(ValueError, match="start \\+ sum\\(steps\\) = 90089.50，但 end = 95000.00"):
        sp.plot_waterfall(86500, steps, end=95000)
    with sa.language("en"), pytest.raises(ValueError, match="start \\+ sum\\(steps\\) = 90089.50 but end = 95000.00"):
        sp.plot_waterfall(86500, steps, end=95000)
    with pytest.raises(ValueError, match="steps"):
        sp.plot_waterfall(86500, pd.Series(dtype=float))


@pytest.fixture
def month():
    days = pd.date_range("2026-10-01", "2026-10-31")
    actual = np.r_[np.linspace(38000, 45000, 15), [np.nan] * 16]
    return pd.DataFrame({"date": days, "actual": actual, "target": 1_300_000 / 31})


def test_plot_pacing(month):
    before = month.copy()
    ax = sp.plot_pacing(month, target_total=1_300_000)
    lines = ax.get_lines()
    assert len(lines) == 4
    actual = lines[0].get_ydata()
    assert np.nansum(np.isfinite(actual)) == 15
    assert actual[14] == pytest.approx(month["actual"].iloc[:15].sum())
    assert lines[1].get_ydata()[-1] == pytest.approx(1_300_000)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["实际累计", "目标进度", "月目标 ¥130万"]
    assert any(t.get_text().startswith("10-15 已完成") for t in ax.texts)
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert all(re.fullmatch(r"\d\d-\d\d", t) for t in ticks if t)
    pd.testing.assert_frame_equal(month, before)


def test_plot_pacing_without_target_column_and_given_today(month):
    ax = sp.plot_pacing(month.drop(columns="target"), target=None, target_total=1_000_000, today="2026-10-10")
    assert ax.get_lines()[1].get_ydata()[-1] == pytest.approx(1_000_000)
    assert any(t.get_text().startswith("10-10 已完成") for t in ax.texts)
    with pytest.raises(ValueError, match=r"\['target'\]"):
        sp.plot_pacing(month.drop(columns="target"), target_total=1)


HEALTHY = {"natural": (0.70, 1.0), "paid": (0.05, 0.10), "activity": (0.10, 0.20),
           "membership": (0.10, 0.20), "other": (0.0, 0.05)}


def test_plot_mix():
    shares = pd.Series({"natural": 0.62, "paid": 0.12, "activity": 0.15, "membership": 0.08, "other": 0.03})
    before = shares.copy()
    ax = sp.plot_mix(shares, HEALTHY)
    bars = ax.containers[0]
    assert len(bars) == 5
    colors = [b.get_facecolor() for b in bars]
    assert colors == [to_rgba(c) for c in (sp.ALERT_COLOR, sp.ALERT_COLOR, sp.TOTAL_COLOR,
                                           sp.ALERT_COLOR, sp.TOTAL_COLOR)]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[0] == "自然流量\n健康 ≥70%"
    assert ticks[1] == "付费流量\n健康 5%–10%"
    assert ticks[4] == "其他流量\n健康 <5%"
    bands = [p for p in ax.patches if p not in list(bars)]
    assert len(bands) == 5
    pd.testing.assert_series_equal(shares, before)


def test_plot_mix_without_ranges_and_bad_ranges():
    ax = sp.plot_mix({"natural": 0.8, "直播": 0.2}, labels={"直播": "直播流量"})
    assert [t.get_text() for t in ax.get_yticklabels()] == ["自然流量", "直播流量"]
    with pytest.raises(ValueError, match="'paid'"):
        sp.plot_mix({"natural": 0.8}, {"paid": (0.05, 0.1)})



def _png(fig) -> bytes:
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=200, bbox_inches="tight")
    return buf.getvalue()


def test_a_finished_chart_skips_the_render_nobody_sees_only_under_the_inline_backend(monkeypatch):
    shares = {"natural": 0.62, "paid": 0.12, "activity": 0.15, "membership": 0.08, "other": 0.03}
    ax = sp.plot_mix(shares, HEALTHY)  # the tests' Agg backend: left alone, drawn as usual
    assert ax.figure.stale
    plt.close(ax.figure)
    monkeypatch.setattr(mpl, "get_backend", lambda *a, **k: sp._INLINE_BACKEND)
    ax = sp.plot_mix(shares, HEALTHY)
    assert not ax.figure.stale  # pyplot's post-cell hook draws stale figures only
    first = _png(ax.figure)
    ax.figure.canvas.draw()  # what the hook did before: the PNG is byte for byte the same
    assert _png(ax.figure) == first
    ax.set_title("另一个标题")  # drawing on it afterwards marks it stale again
    assert ax.figure.stale
    plt.close("all")


_INLINE_SCRIPT = r"""
import json, sys
import matplotlib.figure
from IPython.core.interactiveshell import InteractiveShell

draws = []
inner = matplotlib.figure.Figure.draw
def draw(self, renderer):
    draws.append(type(renderer).__name__)
    return inner(self, renderer)
matplotlib.figure.Figure.draw = draw
shell = InteractiveShell.instance()
shell.display_pub.publish = lambda *a, **k: None  # the formatter still renders the PNG; nothing is printed
shell.run_cell('%config InlineBackend.figure_format = "retina"', silent=True)
shell.run_cell("import shopanalysis as sa; sa.set_style()", silent=True)
shares = {"natural": 0.62, "paid": 0.12, "other": 0.26}
for cell in (f"sa.plotting.plot_mix({shares!r});", f"sa.plotting.plot_bar({shares!r}); import matplotlib.pyplot as plt; plt.title('x');"):
    draws.clear()
    result = shell.run_cell(cell)
    assert result.success, result.error_in_exec
    print(json.dumps(draws))
"""


def test_a_notebook_cell_renders_a_chart_once_for_its_png():
    """In IPython with the inline backend a cell's chart is drawn for its PNG only (the tight bbox pass and the
    render), not a third time by pyplot's post-cell hook; a chart changed after the plot function still shows."""
    env = {**os.environ, "MPLBACKEND": sp._INLINE_BACKEND}
    out = subprocess.run([sys.executable, "-c", _INLINE_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    plain, changed = (json.loads(line) for line in out.stdout.splitlines() if line.startswith("["))
    assert len(plain) == 2, plain  # 3 before: the hook's render at screen dpi was thrown away
    assert len(changed) == 3, changed  # plt.title after the chart: stale again, drawn by the hook as before


def test_plot_trend():
    days = pd.date_range("2026-10-01", periods=14)
    df = pd.DataFrame({"date": np.tile(days, 3), "source": np.repeat(["手淘搜索", "直通车", "淘宝客"], 14),
                       "paid_amount": np.arange(42) * 1000.0})
    before = df.copy()
    ax = sp.plot_trend(df, "date", "paid_amount", hue="source", yformat="yuan")
    assert len([line for line in ax.get_lines() if len(line.get_xdata())]) == 3
    assert ax.get_ylabel() == "支付金额"
    assert ax.get_xlabel() == ""
    assert ax.get_legend().get_title().get_text() == "流量来源"
    plt.gcf().canvas.draw()
    xticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert xticks and all(re.fullmatch(r"\d\d-\d\d", t) for t in xticks)
    yticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "¥1万" in yticks and all(re.fullmatch(r"-?¥[\d.]+万?", t) for t in yticks)
    pd.testing.assert_frame_equal(df, before)


def test_plot_trend_single_line_and_bad_column():
    df = pd.DataFrame({"day": [1, 2, 3], "conversion_rate": [0.01, 0.02, 0.015]})
    ax = sp.plot_trend(df, "day", "conversion_rate", yformat="pct", title="转化率")
    assert len([line for line in ax.get_lines() if len(line.get_xdata())]) == 1
    assert ax.get_ylabel() == "支付转化率"
    with pytest.raises(ValueError, match="'visitors'"):
        sp.plot_trend(df, "day", "visitors")
    with pytest.raises(ValueError, match="'money'"):
        sp.plot_trend(df, "day", "conversion_rate", yformat="money")


def test_plot_bar_series_ranked_with_highlight():
    sales = pd.Series({"店铺A": 52000.0, "我们的店": 31000.0, "店铺B": 45000.0}, name="paid_amount")
    before = sales.copy()
    ax = sp.plot_bar(sales, highlight="我们的店", xformat="yuan")
    bars = ax.containers[0]
    assert len(bars) == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["店铺A", "店铺B", "我们的店"]
    assert [b.get_width() for b in bars] == [52000.0, 45000.0, 31000.0]
    assert bars[2].get_facecolor() == to_rgba(sp.TOTAL_COLOR)
    assert bars[0].get_facecolor() == to_rgba(sp.MUTED_COLOR)
    assert ax.get_xlabel() == "支付金额"
    assert {"¥5.2万", "¥4.5万", "¥3.1万"} <= {t.get_text() for t in ax.texts}
    pd.testing.assert_series_equal(sales, before)


def test_plot_bar_frame_top_and_long_names():
    df = pd.DataFrame({"shop": [f"店铺{i}" for i in range(10)] + ["我们的店" + "很长的名字" * 4],
                       "monthly_sales": [*range(100, 0, -10), 5]})
    before = df.copy()
    ax = sp.plot_bar(df, value="monthly_sales", label="shop", top=3, highlight="我们的店" + "很长的名字" * 4,
                     ascending=False)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert len(ax.containers[0]) == 4
    assert ticks[:3] == ["店铺0", "店铺1", "店铺2"]
    assert ticks[3].endswith("…（第11名）") and len(ticks[3]) <= 16 + len("（第11名）")
    assert ax.get_xlabel() == "月销量"
    pd.testing.assert_frame_equal(df, before)


def test_plot_bar_errors():
    df = pd.DataFrame({"shop": ["A"], "sales": [1.0]})
    with pytest.raises(ValueError, match="value="):
        sp.plot_bar(df)
    with pytest.raises(ValueError, match="highlight \\['B'\\]"):
        sp.plot_bar(df, value="sales", label="shop", highlight="B")


def test_helpers_draw_on_given_axes_and_render_without_glyph_warnings(steps, month):
    fig, axes = plt.subplots(2, 2, figsize=(10, 8))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert sp.plot_waterfall(86500, steps, ax=axes[0, 0]) is axes[0, 0]
        assert sp.plot_pacing(month, target_total=1_300_000, ax=axes[0, 1]) is axes[0, 1]
        assert sp.plot_mix({"natural": 0.7, "paid": 0.3}, ax=axes[1, 0]) is axes[1, 0]
        assert sp.plot_bar(pd.Series({"直通车": 3.0, "淘宝客": 2.0}), ax=axes[1, 1], title=CHINESE) is axes[1, 1]
        fig.canvas.draw()
    assert [str(w.message) for w in caught if "Glyph" in str(w.message) or "missing from font" in str(w.message)] == []


# --------------------------------------------------------------------------
# Charts in English, and the charts of the PPC and designer reviews
# --------------------------------------------------------------------------


def test_tick_formatters_count_in_k_m_b_in_english():
    assert sp.yuan_formatter(lang="en").format_ticks([0, 5000, 10000, 15000]) == ["¥0", "¥5K", "¥10K", "¥15K"]
    assert sp.number_formatter(lang="en").format_ticks([0, 2e6, 4e6]) == ["0", "2M", "4M"]
    assert sp.yuan_formatter(lang="en").format_ticks([0, 2000, 4000]) == ["¥0", "¥2,000", "¥4,000"]
    with sa.language("en"):
        made_in_english = sp.yuan_formatter()
    assert made_in_english.format_ticks([0, 20000]) == ["¥0", "¥20K"]  # the language of the chart, not of the show


def test_charts_speak_english_when_asked(steps, month):
    with sa.language("en"):
        ax = sp.plot_waterfall(86500, steps.set_axis(["Visitors", "Conversion rate", "Avg. order value"]))
        assert ax.get_title() == "What changed sales" and ax.get_ylabel() == "Sales"
        ticks = [t.get_text() for t in ax.get_xticklabels()]
        assert ticks[0] == "Before" and ticks[-1] == "After" and ticks[3] == "Avg. order\nvalue"
        assert {"¥86.5K", "+¥5,230", "¥90.1K"} <= {t.get_text() for t in ax.texts}
        ax = sp.plot_pacing(month, target_total=1_300_000, ax=plt.figure().add_subplot())
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Actual", "Target pace", "Month's target ¥1.3M"]
        assert any(t.get_text().startswith("10-15: ¥622.5K sold") for t in ax.texts)
        ax = sp.plot_mix({"natural": 0.62, "paid": 0.12}, {"paid": (0.05, 0.10)}, ax=plt.figure().add_subplot())
        assert [t.get_text() for t in ax.get_yticklabels()] == ["Natural", "Paid\nhealthy 5%–10%"]
        assert ax.get_xlabel() == "Share of visitors" and ax.get_title() == "Traffic mix"
        df = pd.DataFrame({"shop": ["A", "B", "C"], "monthly_sales": [30.0, 20, 10]})
        ax = sp.plot_bar(df, value="monthly_sales", label="shop", top=1, highlight="C", ax=plt.figure().add_subplot())
        assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "C (#3)"] and ax.get_xlabel() == "Monthly sales"


def test_enum_codes_show_their_labels_on_charts():
    days = pd.date_range("2026-10-01", periods=4)
    df = pd.DataFrame({"date": np.tile(days, 2), "channel": np.repeat(["natural", "paid"], 4), "visitors": np.arange(8.0)})
    ax = sp.plot_trend(df, "date", "visitors", hue="channel")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["自然流量", "付费流量"]
    assert ax.get_legend().get_title().get_text() == sa.vocab.label("channel")
    bars = pd.DataFrame({"decision": ["delete", "raise_bid"], "money_at_stake": [900.0, 400.0]})
    ax = sp.plot_bar(bars, value="money_at_stake", label="decision", highlight="delete", ax=plt.figure().add_subplot())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["删除", "提价"]
    assert ax.containers[0][0].get_facecolor() == to_rgba(sp.TOTAL_COLOR)  # highlighted by its code


def test_reference_lines_and_events_are_drawn_and_labelled():
    agents = pd.Series({"小美": 25.0, "阿杰": 12.0, "晓雯": 18.0}, name="first_response_s")
    ax = sp.plot_bar(agents, ascending=True, reference={"目标 20 秒": 20.0}, reference_color=sp.UP_COLOR)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["目标 20 秒"]
    assert any(list(line.get_xdata()) == [20.0, 20.0] for line in ax.get_lines())
    days = pd.date_range("2026-10-01", periods=5)
    df = pd.DataFrame({"date": days, "budget_used": [0.5, 1.0, 0.8, 1.0, 0.9]})
    ax = sp.plot_trend(df, "date", "budget_used", yformat="pct", reference={"预算用完": 1.0},
                       events={"换图": "2026-10-03"}, ax=plt.figure().add_subplot())
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["预算用完"]
    assert "换图" in {t.get_text() for t in ax.texts}
    assert len(ax.get_lines()) == 3  # the data, the reference, the event


def test_decision_colors_cover_every_ppc_decision():
    from shopanalysis import ppc

    assert set(sp.DECISION_COLORS) == set(ppc.DECISIONS)
    assert sp.DECISION_COLORS["raise_bid"] == sp.UP_COLOR and sp.DECISION_COLORS["lower_bid"] == sp.DOWN_COLOR
    assert len(set(sp.DECISION_COLORS.values())) == len(sp.DECISION_COLORS)


def test_plot_decisions_colours_keywords_by_decision_and_skips_what_a_log_scale_cannot_show():
    kw = pd.DataFrame({"keyword": ["连衣裙", "衣服女", "茶歇裙", "新词"], "ctr": [0.02, 0.004, 0.035, 0.0],
                       "roi_est": [4.1, 0.6, 2.2, 0.0], "cost": [800.0, 300.0, 150.0, 0.0],
                       "decision": ["raise_bid", "delete", "keep", "observe"]})
    before = kw.copy()
    ax = sp.plot_decisions(kw, target_roi=3.0, break_even_roi=1.8)
    points = ax.collections[0]
    assert len(points.get_offsets()) == 3
    colors = {tuple(np.round(c[:3], 3)) for c in points.get_facecolors()}
    assert colors == {tuple(np.round(to_rgba(sp.DECISION_COLORS[d])[:3], 3)) for d in ("raise_bid", "delete", "keep")}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"提价", "删除", "保持"} <= set(legend) and "raise_bid" not in legend
    notes = {t.get_text() for t in ax.texts}
    assert {"目标 ROI 3", "保本 ROI 1.80", "连衣裙"} <= notes
    assert ax.get_xscale() == ax.get_yscale() == "log"
    pd.testing.assert_frame_equal(kw, before)
    with sa.language("en"):
        ax = sp.plot_decisions(kw, target_roi=3.0, ax=plt.figure().add_subplot())
        assert "Raise bid" in [t.get_text() for t in ax.get_legend().get_texts()]
        assert ax.get_title() == "Keywords: click-through rate and ROI"


def test_plot_intervals_draws_one_row_per_estimate_top_down():
    tests = pd.DataFrame({"name": ["羊毛开衫 v1→v2", "连衣裙 v3→v4"], "lift": [0.18, -0.05],
                          "lift_low": [0.06, -0.2], "lift_high": [0.3, 0.1], "decision": ["raise_bid", "lower_bid"]})
    ax = sp.plot_intervals(tests, value="lift", low="lift_low", high="lift_high", label="name", hue="decision",
                           palette=sp.DECISION_COLORS)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["羊毛开衫 v1→v2", "连衣裙 v3→v4"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # the first row on top
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["提价", "降价"]
    with pytest.raises(ValueError, match="'lift_mid'"):
        sp.plot_intervals(tests, value="lift_mid", low="lift_low", high="lift_high", label="name")


SPLIT_ROW = {"date": pd.Timestamp("2026-10-15"), "baseline": "same_weekday_last_week", "label": "上周同日",
             "paid_amount_before": 30000.0, "paid_amount": 36000.0, "yuan_visitors": 4000.0,
             "yuan_conversion": 3000.0, "yuan_avg_order_value": -1000.0}


def test_plot_sales_split_names_the_baseline_and_the_drivers_in_the_language():
    row = pd.DataFrame([SPLIT_ROW]).set_index("baseline").loc["same_weekday_last_week"]  # as a report picks it
    ax = sp.plot_sales_split(row)
    assert ax.get_title() == "支付金额变化拆解（10-15 对比上周同日）"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["上周同日", "访客数", "支付转化率", "客单价", "10-15"]
    with sa.language("en"):
        ax = sp.plot_sales_split(pd.Series(SPLIT_ROW), ax=plt.figure().add_subplot())
    assert ax.get_title() == "What changed sales (10-15 vs Same weekday last week)"
    assert [t.get_text() for t in ax.get_xticklabels()][1:4] == ["Visitors", "Conversion\nrate", "Avg. order\nvalue"]


def test_plot_sales_split_says_when_the_baseline_has_no_data():
    row = pd.Series({**SPLIT_ROW, "baseline": "previous_day", "paid_amount_before": np.nan, "note": "数据从 10-15 开始"})
    ax = sp.plot_sales_split(row)
    assert [t.get_text() for t in ax.texts] == ["无法拆解：前一天没有数据\n数据从 10-15 开始"]


def test_a_new_figure_is_sized_for_the_chart():
    plt.close("all")
    ax = sp.plot_bar(pd.Series({f"店{i}": float(i) for i in range(20)}))
    assert ax.figure.get_size_inches()[1] > 8  # 20 bars get a tall figure
    ax = sp.plot_bar(pd.Series({"店": 1.0}), figsize=(4, 2))
    assert tuple(ax.figure.get_size_inches()) == (4, 2)


# --------------------------------------------------------------------------
# Report CSS and the PDF export
# --------------------------------------------------------------------------


def test_css_points_at_the_shipped_fonts():
    text = sp.css()
    assert "__FONT_" not in text
    for weight in ("regular", "bold"):
        assert f'url("{sp.font_path(weight).as_uri()}")' in text
    assert "size: A4" in text and "counter(page)" in text
    assert f'font-family: "{sp.FONT_FAMILY}"' in text


_PDF_SCRIPT = textwrap.dedent(
    r"""
    import logging, sys
    records = []
    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())
    logging.getLogger("weasyprint").addHandler(Collect(level=logging.WARNING))
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from shopanalysis import plotting as sp
    html = '''<html lang="zh-CN"><body><h1>月度经营复盘</h1>
      <p>支付金额 ¥130.5万，完成目标 100.4%（手淘搜索、直通车）。<b>客单价：¥89.5</b></p>
      <table><thead><tr><th>商品名称</th><th>访客数</th><th>支付转化率</th></tr></thead>
      <tbody><tr><td>2026秋冬新款加厚羊羔绒外套女韩版宽松百搭保暖棉服ABC-123456789</td><td>12,345</td><td>2.4%</td></tr></tbody></table>
      <div class="jp-CodeCell"><div class="jp-Cell-inputWrapper"><pre>代码</pre></div></div>
    </body></html>'''
    config = FontConfiguration()
    weasyprint.HTML(string=html).write_pdf(
        sys.argv[1], stylesheets=[weasyprint.CSS(string=sp.css(), font_config=config)],
        font_config=config, uncompressed_pdf=True)
    print("\n".join(records))
    """
)


def test_weasyprint_embeds_the_shipped_font(tmp_path):
    pytest.importorskip("weasyprint")
    fc_conf = tmp_path / "fonts.conf"  # a machine with no CJK font: only DejaVu
    fc_conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig><dir>{MPL_FONTS}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    pdf = tmp_path / "report.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(fc_conf), "MPLCONFIGDIR": str(tmp_path / "mpl")}
    out = subprocess.run([sys.executable, "-c", _PDF_SCRIPT, str(pdf)], env=env, capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert ".notdef" not in out.stdout, out.stdout
    fonts = set(re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", pdf.read_bytes()))
    names = {f.split(b"+")[-1].decode() for f in fonts}
    # Every text run, footer and bold included, is set in the shipped font.
    assert names == {"Noto-Sans-CJK-SC-Shopanalysis", "Noto-Sans-CJK-SC-Shopanalysis-Bold"}, names
    # The ToUnicode maps list the characters drawn: 支 is, the hidden code cell's 代码 is not.
    data = pdf.read_bytes().upper()
    assert b"<652F>" in data
    assert b"<4EE3>" not in data and b"<7801>" not in data


@pytest.mark.parametrize("lang, footer", [("zh-CN", "第1页/共1页"), ("en", "Page 1 of 1")])
def test_the_page_footer_reads_in_the_page_language(tmp_path, lang, footer):
    pytest.importorskip("weasyprint")
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from shopanalysis import runner

    html = f'<!DOCTYPE html><html lang="{lang}"><body><h1>每日复盘 Daily review</h1><p>¥1.68万</p></body></html>'
    pdf = runner.export_pdf(html, tmp_path / "page.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert footer in text  # pdftotext drops the spaces between Chinese characters


def test_cohort_heatmap_writes_percent_cells_and_cohort_sizes():
    retention = pd.DataFrame({"cohort_size": [5192, 2783], 0: [1.0, 1.0], 1: [0.081, 0.058], 2: [0.12, np.nan]},
                             index=pd.DatetimeIndex(["2025-11-01", "2025-12-01"], name="cohort"))
    before = retention.copy()
    ax = sp.cohort_heatmap(retention)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["2025-11（5,192人）", "2025-12（2,783人）"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0", "1", "2"]
    assert [t.get_text() for t in ax.texts] == ["100%", "8.1%", "12%", "100%", "5.8%"]  # no text in a missing cell
    assert ax.get_title() == "新客留存（按首购月份）" and ax.get_xlabel() == "首购后第几个月"
    mesh = ax.collections[0]
    assert mesh.norm.vmax == pytest.approx(0.12)  # period 0 (always 100%) does not set the colour scale
    pd.testing.assert_frame_equal(retention, before)
    with sa.language("en"):
        ax = sp.cohort_heatmap(retention, max_periods=1, ax=plt.figure().add_subplot(), title=None)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["2025-11 (5,192)", "2025-12 (2,783)"]
    assert ax.get_xlabel() == "Months since first purchase" and ax.get_title() == ""
    assert len(ax.texts) == 4


def test_cohort_heatmap_draws_the_demo_shop(tmp_path):
    from shopanalysis import customers

    retention = customers.cohort_retention(sa.load_demo_shop().orders)
    ax = sp.cohort_heatmap(retention)
    assert len(ax.get_yticklabels()) == len(retention) == 12
    ax.figure.savefig(tmp_path / "cohorts.png")


HEADLESS_CHART = """
import hashlib, io, sys
import pandas as pd
import shopanalysis as sa
sa.set_style()
from matplotlib.lines import Line2D
import matplotlib.pyplot as plt
ax = sa.plotting.plot_mix(pd.Series({"natural": 0.5, "paid": 0.3, "content": 0.2}), {"natural": (0.4, 0.6)})
buf = io.BytesIO()
ax.get_figure().savefig(buf, format="png", dpi=100)
print(len(Line2D.set.__doc__), hashlib.sha256(buf.getvalue()).hexdigest())
"""


def test_a_headless_kernel_skips_matplotlibs_property_docs_and_draws_the_same():
    # SHOPANALYSIS_HEADLESS=1 (set by the runner in report kernels) makes matplotlib skip the property
    # lists of its set() docstrings; the chart is the same to the byte, and without it the docs are whole.
    def run(headless: str) -> tuple[int, str]:
        env = {k: v for k, v in os.environ.items() if k != sp.HEADLESS_ENV} | {sp.HEADLESS_ENV: headless}
        out = subprocess.run([sys.executable, "-c", HEADLESS_CHART], env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        return int(out[0]), out[1]

    doc_headless, png_headless = run("1")
    doc_full, png_full = run("0")
    assert png_headless == png_full
    assert doc_headless < 1500 < doc_full  # "Properties: plt.setp(artist) lists them." against the full list
