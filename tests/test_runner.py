"""Tests for the runner and the CLI on tiny report notebooks built in tmp_path.

The real reports are run in tests/test_reports.py; here the machinery is tested:
parameter checking, batches, metrics.json, HTML without code, atomic writes,
failures, and the command line as a user types it.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

import shopanalysis as sa
from shopanalysis import cli, runner
from shopanalysis._record import METRIC_MIME, read_recorded

PARAMS = '''date: str = "2026-10-15"  # the day to report (YYYY-MM-DD)
month: str = "2026-10"  # the month
top_n: int = 5  # how many rows to show
ratio: float = 0.5  # a threshold
interactive: bool = False  # widgets
data_dir: str = ""  # folder of exports
fail: bool = False  # make the notebook raise
bands: dict = {"paid": [0.05, 0.1]}  # healthy ranges
'''

BODY = '''import shopanalysis as sa
if fail:
    raise ValueError("the data for " + date + " has no 访客数 column")
print("SECRET_CODE_MARKER")
sa.record("top_n", top_n)
sa.record("date", date)
sa.record("doubled", ratio * 2)
sa.record("data_dir_given", bool(data_dir))
sa.record("interactive", interactive)
sa.record("bands", bands)
'''


def _make_report(directory: Path, name="toy_report", body=BODY, params=PARAMS):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["shopanalysis"] = {"title": "玩具报告", "period": "date"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 玩具报告\nA toy report."),
        nbformat.v4.new_code_cell(params, metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(body),
        nbformat.v4.new_markdown_cell("Done: 完成."),
    ]
    path = directory / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    """Chinese, the default, here and in the command lines the tests start, whatever the shell says."""
    monkeypatch.setenv("SHOPANALYSIS_LANG", "zh")
    sa.set_language(None)


@pytest.fixture
def reports(tmp_path, monkeypatch):
    d = tmp_path / "notebooks"
    d.mkdir()
    _make_report(d)
    monkeypatch.setenv("SHOPANALYSIS_REPORTS", str(d))
    return d


def test_parameters_are_read_with_types_and_help(reports):
    report = runner.get_report("toy-report")
    p = report.parameters
    assert [n for n in p] == ["date", "month", "top_n", "ratio", "interactive", "data_dir", "fail", "bands"]
    assert p["bands"].type == "dict" and p["bands"].default == {"paid": [0.05, 0.1]}
    assert (p["date"].type, p["month"].type, p["top_n"].type, p["ratio"].type, p["interactive"].type) == (
        "date", "month", "int", "float", "bool")
    assert p["top_n"].default == 5 and p["date"].default == "2026-10-15"
    assert p["top_n"].help == "how many rows to show"
    assert report.period == "date" and report.title == "玩具报告"


@pytest.mark.parametrize(
    "pair, message",
    [
        ("nope=1", "has no parameter 'nope'; it accepts: date (an ISO date"),
        ("top_n=five", "'top_n' takes a whole number; got 'five'"),
        ("date=2026-13-01", "'date' takes an ISO date such as 2026-10-15; got '2026-13-01'"),
        ("date=15/10/2026", "'date' takes an ISO date"),
        ("month=2026-1", "'month' takes a month such as 2026-10"),
        ("interactive=maybe", "'interactive' takes true or false"),
        ("ratio=half", "'ratio' takes a number"),
        ("date", "NAME=VALUE"),
        ("date=2026-10-05..2026-10-01", "ends before it starts"),
        ("bands=[1, 2]", "'bands' takes a JSON object"),
        ("bands={paid: 1}", "'bands' takes a JSON object"),
    ],
)
def test_bad_parameters_are_one_line_errors(reports, pair, message):
    report = runner.get_report("toy-report")
    with sa.language("en"), pytest.raises(runner.ParameterError) as info:
        runner.parse_parameters(report, [pair])
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    with pytest.raises(runner.ParameterError) as info:  # the same, in Chinese
        runner.parse_parameters(report, [pair])
    assert "\n" not in str(info.value) and re.search(r"[\u4e00-\u9fff]", str(info.value))


@pytest.mark.parametrize(
    "pair, message",
    [
        ("nope=1", "toy-report 没有参数 'nope'；它的参数有：date（日期，如 2026-10-15）、month（月份，如 2026-10）"),
        ("top_n=five", "参数 'top_n' 要写整数；收到的是 'five'"),
        ("date", "参数要写成 NAME=VALUE"),
        ("date=2026-10-05..2026-10-01", "结束早于开始"),
        ("bands=[1, 2]", "'bands' 要写JSON 对象"),
    ],
)
def test_parameter_errors_read_in_chinese_by_default(reports, pair, message):
    with pytest.raises(runner.ParameterError, match=re.escape(message)):
        runner.parse_parameters(runner.get_report("toy-report"), [pair])


def test_parameters_convert_and_hyphens_work(reports):
    report = runner.get_report("toy-report")
    got = runner.parse_parameters(report, ["top-n=7", "ratio=0.25", "interactive=yes", "date=2026-02-28",
                                           'bands={"paid": [0.02, 0.2]}'])
    assert got == {"top_n": 7, "ratio": 0.25, "interactive": True, "date": "2026-02-28",
                   "bands": {"paid": [0.02, 0.2]}}


def test_batch_ranges_expand_over_month_ends_and_lists(reports):
    report = runner.get_report("toy-report")
    params = runner.parse_parameters(report, ["date=2026-02-27..2026-03-02,2026-10-15", "month=2026-11..2027-01"])
    runs = runner.expand_batch(report, params)
    dates = sorted({r["date"] for r in runs})
    assert dates == ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-10-15"]
    assert sorted({r["month"] for r in runs}) == ["2026-11", "2026-12", "2027-01"]
    assert len(runs) == 15


def test_unknown_report_lists_the_available_ones(reports):
    with pytest.raises(runner.ParameterError, match="现有的报告：toy-report"):
        runner.get_report("daily-reveiw")
    with sa.language("en"), pytest.raises(runner.ParameterError, match="available: toy-report"):
        runner.get_report("daily-reveiw")


def test_run_writes_notebook_html_and_metrics(reports, tmp_path):
    out = tmp_path / "out"
    res = runner.run_report("toy-report", {"date": "2026-10-01", "top_n": 3, "ratio": 1.5}, out_dir=out)
    folder = out / "toy_report" / "2026-10-01"
    assert res.folder == folder
    assert sorted(f.name for f in folder.iterdir()) == ["metrics.json", "toy_report.html", "toy_report.ipynb"]
    doc = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))
    assert doc["metrics"] == {"top_n": 3, "date": "2026-10-01", "doubled": 3.0, "data_dir_given": False,
                              "interactive": False, "bands": {"paid": [0.05, 0.1]}}
    assert doc["parameters"]["top_n"] == 3
    html = (folder / "toy_report.html").read_text(encoding="utf-8")
    assert "SECRET_CODE_MARKER" in html  # outputs are kept
    assert "sa.record" not in html and "import shopanalysis" not in html  # code is not
    assert "玩具报告" in html and METRIC_MIME not in html
    nb = nbformat.read(folder / "toy_report.ipynb", as_version=4)
    assert read_recorded(nb)["top_n"] == 3
    # nothing temporary is left beside the report
    assert sorted(p.name for p in (out / "toy_report").iterdir()) == ["2026-10-01"]


def test_existing_report_is_kept_without_force(reports, tmp_path):
    out = tmp_path / "out"
    runner.run_report("toy-report", {"top_n": 1}, out_dir=out)
    metrics = out / "toy_report" / "2026-10-15" / "metrics.json"
    before = metrics.read_text(encoding="utf-8")
    with pytest.raises(runner.ReportExistsError, match="--force"):
        runner.run_report("toy-report", {"top_n": 2}, out_dir=out)
    assert metrics.read_text(encoding="utf-8") == before
    runner.run_report("toy-report", {"top_n": 2}, out_dir=out, force=True)
    assert json.loads(metrics.read_text(encoding="utf-8"))["metrics"]["top_n"] == 2


def test_failing_notebook_keeps_good_report_and_the_failed_notebook(reports, tmp_path):
    out = tmp_path / "out"
    runner.run_report("toy-report", {}, out_dir=out)
    good = (out / "toy_report" / "2026-10-15" / "metrics.json").read_text(encoding="utf-8")
    with pytest.raises(runner.ReportFailedError) as info:
        runner.run_report("toy-report", {"fail": True}, out_dir=out, force=True)
    msg = str(info.value)
    assert re.match(r"toy-report 运行失败，出错的是第 \d+ 个单元格：", msg)
    assert "ValueError: the data for 2026-10-15 has no 访客数 column" in msg
    assert "运行到一半的笔记本保留在" in msg
    assert len(msg.splitlines()) <= 8
    failed = out / "toy_report" / "2026-10-15.failed.ipynb"
    assert info.value.failed_notebook == failed and failed.exists()
    assert (out / "toy_report" / "2026-10-15" / "metrics.json").read_text(encoding="utf-8") == good
    assert sorted(p.name for p in (out / "toy_report").iterdir()) == ["2026-10-15", "2026-10-15.failed.ipynb"]


def test_interrupted_write_leaves_the_old_report_and_no_temp_files(reports, tmp_path, monkeypatch):
    out = tmp_path / "out"
    runner.run_report("toy-report", {"top_n": 1}, out_dir=out)
    folder = out / "toy_report" / "2026-10-15"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "export_html", interrupted)
    with pytest.raises(KeyboardInterrupt):
        runner.run_report("toy-report", {"top_n": 9}, out_dir=out, force=True)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in (out / "toy_report").iterdir()) == ["2026-10-15"]


def test_data_dir_is_passed_as_an_absolute_path(reports, tmp_path):
    data = tmp_path / "exports"
    data.mkdir()
    res = runner.run_report("toy-report", {}, data_dir=data, out_dir=tmp_path / "out")
    assert res.metrics["data_dir_given"] is True


def _cli(*args, env_extra=None, cwd=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "shopanalysis.cli", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=600)


def test_cli_list_shows_parameters(reports):
    proc = _cli("list")
    assert proc.returncode == 0, proc.stderr
    assert "toy-report" in proc.stdout and "top_n" in proc.stdout and "how many rows to show" in proc.stdout
    assert "玩具报告" in proc.stdout and "默认值" in proc.stdout and "整数" in proc.stdout


def test_cli_list_shows_each_title_in_its_language(reports):
    path = reports / "toy_report.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.metadata["shopanalysis"]["title"] = {"zh": "玩具报告", "en": "Toy report"}
    nbformat.write(nb, path)
    english = _cli("list", env_extra={"SHOPANALYSIS_LANG": "en"}).stdout
    assert "Toy report" in english and "玩具报告" not in english and "default" in english and "int" in english
    assert "玩具报告" in _cli("list").stdout


def test_cli_help_and_usage_errors_follow_the_language(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        cli.main(["run", "-h"])
    out = capsys.readouterr().out
    assert "用法：shopanalysis run" in out and "显示这段帮助并退出" in out and "同时生成 PDF" in out
    with pytest.raises(SystemExit) as info:
        cli.main(["run"])
    assert info.value.code == 2 and "缺少参数：报告名" in capsys.readouterr().err
    with sa.language("en"):
        with pytest.raises(SystemExit):
            cli.main(["run", "-h"])
        out = capsys.readouterr().out
        assert "usage: shopanalysis run" in out and "show this help message and exit" in out and "also write a PDF" in out
        with pytest.raises(SystemExit):
            cli.main(["nope"])
        assert "invalid choice: 'nope'" in capsys.readouterr().err
    import argparse

    assert argparse._("usage: ") == "usage: "  # argparse is itself again after the command line


def test_cli_help_wraps_chinese_by_terminal_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    text = cli.build_parser().format_help()
    assert all(cli._width(line) <= 60 for line in text.splitlines()), text


def test_cli_bad_parameter_exits_2_with_one_line(reports, tmp_path):
    out = tmp_path / "out"
    proc = _cli("run", "toy-report", "-p", "date=yesterday", "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["错误：参数 'date' 要写日期，如 2026-10-15；收到的是 'yesterday'"]
    proc = _cli("run", "toy-report", "-p", "date=yesterday", "--out", str(out), env_extra={"SHOPANALYSIS_LANG": "en"})
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: parameter 'date' takes an ISO date such as 2026-10-15; got 'yesterday'"]
    assert not out.exists()


def test_cli_batch_with_two_workers_and_existing_report_exit_codes(reports, tmp_path):
    out = tmp_path / "out"
    proc = _cli("run", "toy-report", "-p", "date=2026-10-30..2026-11-01", "-j", "2", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (out / "toy_report").iterdir()) == ["2026-10-30", "2026-10-31", "2026-11-01"]
    assert proc.stdout.count("已生成") == 3 and "toy_report.html" in proc.stdout
    again = _cli("run", "toy-report", "-p", "date=2026-10-31", "--out", str(out))
    assert again.returncode == 3 and "已存在；要覆盖请加 --force" in again.stderr
    again = _cli("run", "toy-report", "-p", "date=2026-10-31", "--out", str(out), env_extra={"SHOPANALYSIS_LANG": "en"})
    assert again.returncode == 3 and "already exists" in again.stderr
    failing = _cli("run", "toy-report", "-p", "fail=true", "-p", "date=2026-10-31", "--force", "--out", str(out))
    assert failing.returncode == 1
    assert "ValueError: the data for 2026-10-31 has no 访客数 column" in failing.stderr
    assert "Traceback" not in failing.stderr


def test_cli_without_command_shows_usage():
    with pytest.raises(SystemExit) as info:
        cli.main([])
    assert info.value.code == 2


def test_a_range_report_is_labelled_by_both_ends(tmp_path):
    d = tmp_path / "nb"
    d.mkdir()
    params = 'start: str = "2026-10-01"  # first day\nend: str = "2026-10-31"  # last day\n'
    path = _make_report(d, name="range_report", params=params, body="import shopanalysis as sa\nsa.record('n', 1)\n")
    nb = nbformat.read(path, as_version=4)
    nb.metadata["shopanalysis"]["period"] = ["start", "end"]
    nbformat.write(nb, path)
    report = runner._load_report(path)
    assert report.period == ("start", "end")
    assert runner._period_label(report, {"end": "2026-06-30"}) == "2026-10-01_2026-06-30"
    assert runner._period_label(report, {"start": "2026-06-01", "end": "2026-06-30"}) == "2026-06-01_2026-06-30"


def test_an_english_report_is_written_beside_the_chinese_one(tmp_path):
    d = tmp_path / "nb"
    d.mkdir()
    params = 'date: str = "2026-10-15"  # the day\nlang: str = "zh"  # 语言\n'
    path = _make_report(d, name="lang_report", params=params, body="import shopanalysis as sa\nsa.record('n', 1)\n")
    report = runner._load_report(path)
    assert runner._period_label(report, {"lang": "zh"}) == "2026-10-15"
    assert runner._period_label(report, {"lang": "en"}) == "2026-10-15_en"
    zh = runner.run_report(report, {"lang": "zh"}, out_dir=tmp_path / "out")
    en = runner.run_report(report, {"lang": "en"}, out_dir=tmp_path / "out")
    assert zh.folder != en.folder and zh.folder.exists() and en.folder.exists()
    assert '<html lang="en">' in (en.folder / "lang_report.html").read_text(encoding="utf-8")


def test_a_failed_cell_is_told_in_the_language_of_the_command_line():
    class Failure:
        ename, evalue, source, exec_count = "ValueError", "no 访客数 column\nmore", "# a comment\nx = 1", 4

    report = runner.Report("toy", Path("toy.ipynb"), {"zh": "玩具报告", "en": "Toy report"}, None, {})
    with sa.language("en"):
        assert runner._failure_message(report, Failure()).splitlines() == [
            "toy failed in cell 4: ValueError: no 访客数 column", "  more", "  the cell starts: x = 1"]
    assert runner._failure_message(report, Failure()).splitlines()[0] == (
        "toy 运行失败，出错的是第 4 个单元格：ValueError: no 访客数 column")


# --- issue 11: outputs safe and atomic -------------------------------------------------------------


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_kill_between_the_renames_is_recovered_on_the_next_run(reports, tmp_path):
    out = tmp_path / "out"
    runner.run_report("toy-report", {"top_n": 1}, out_dir=out)
    base = out / "toy_report"
    folder = base / "2026-10-15"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    # killed after the old report was moved aside and before the new one was moved in
    os.replace(folder, base / ".2026-10-15.old-4242")
    with pytest.raises(runner.ReportExistsError):  # the report stands again, so it is kept
        runner.run_report("toy-report", {"top_n": 2}, out_dir=out)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert _listing(base) == ["2026-10-15"]
    # killed after the new one was moved in, before the old one was removed
    shutil.copytree(folder, base / ".2026-10-15.old-4243")
    runner.run_report("toy-report", {"top_n": 3}, out_dir=out, force=True)
    assert _listing(base) == ["2026-10-15"]
    assert json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]["top_n"] == 3


def test_leftover_temporary_folders_are_cleaned_but_not_a_live_runs(reports, tmp_path):
    out = tmp_path / "out"
    base = out / "toy_report"
    base.mkdir(parents=True)
    dead = base / ".2026-10-15.k3x_9abc.tmp"
    other_period = base / ".2026-10-16.a1b2c3d4.tmp"  # another day's run may be alive
    newer = base / ".2026-10-15.zz99yy88.tmp"  # started after this run did
    for d in (dead, other_period, newer):
        d.mkdir()
        (d / "toy_report.ipynb").write_text("{}", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    for d in (dead, other_period):
        os.utime(d, (an_hour_ago, an_hour_ago))
    os.utime(newer, (time.time() + 3600, time.time() + 3600))
    runner.run_report("toy-report", {}, out_dir=out)
    assert _listing(base) == [newer.name, other_period.name, "2026-10-15"]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o755), (0o027, 0o750), (0o002, 0o775)])
def test_report_folders_take_the_users_umask(reports, tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        res = runner.run_report("toy-report", {}, out_dir=tmp_path / "out")
    finally:
        os.umask(old)
    assert res.folder.stat().st_mode & 0o777 == mode
    assert (res.folder / "metrics.json").stat().st_mode & 0o777 == mode & 0o666


def test_a_second_run_of_the_same_report_into_the_same_folder_is_refused(reports, tmp_path):
    out = tmp_path / "out"
    base = out / "toy_report"
    base.mkdir(parents=True)
    with runner._report_lock(base, "2026-10-15"):
        with pytest.raises(runner.ReportBusyError) as info:
            runner.run_report("toy-report", {}, out_dir=out, force=True)
        assert len(str(info.value).splitlines()) == 1 and "2026-10-15" in str(info.value)
        runner.run_report("toy-report", {"date": "2026-10-16"}, out_dir=out)  # another day runs meanwhile
        proc = _cli("run", "toy-report", "--out", str(out))
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and "另一个" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert _listing(base) == ["2026-10-16"]  # the lock file goes with the run
    runner.run_report("toy-report", {}, out_dir=out)  # and the lock is released


def test_an_out_that_is_a_file_is_a_one_line_error(reports, tmp_path):
    out = tmp_path / "reports.txt"
    out.write_text("not a folder", encoding="utf-8")
    with pytest.raises(runner.OutputError):
        runner.run_report("toy-report", {}, out_dir=out)
    for lang, word in [("zh", "不是文件夹"), ("en", "not a folder")]:
        proc = _cli("run", "toy-report", "-p", "date=2026-10-01..2026-10-03", "--out", str(out),
                    env_extra={"SHOPANALYSIS_LANG": lang})
        assert proc.returncode == 1
        assert len(proc.stderr.strip().splitlines()) == 1 and word in proc.stderr, proc.stderr
    assert out.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_out_is_a_one_line_error(reports, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(out))

    monkeypatch.setattr(runner.tempfile, "mkdtemp", refused)
    monkeypatch.setattr(runner.tempfile, "TemporaryFile", refused)
    with pytest.raises(runner.OutputError, match="不能写入"):
        runner.run_report("toy-report", {}, out_dir=out)
    assert cli.main(["run", "toy-report", "--out", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "不能写入" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_on_disk_is_a_one_line_error(reports, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        proc = _cli("run", "toy-report", "--out", str(out))
    finally:
        out.chmod(0o755)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1


def test_ctrl_c_in_the_command_line_is_one_line_not_a_traceback(reports, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run_batch", interrupted)
    assert cli.main(["run", "toy-report"]) == 130
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "中断" in err


@pytest.mark.skipif(os.name != "posix", reason="signals to a process group")
def test_ctrl_c_during_a_run_leaves_no_traceback_and_no_temporary_folder(reports, tmp_path):
    started = tmp_path / "started"
    body = f"import pathlib, time\npathlib.Path({str(started)!r}).write_text('x')\ntime.sleep(60)\n"
    _make_report(reports, name="slow_report", body=body)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "shopanalysis.cli", "run", "slow-report", "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.time() + 120
    while not started.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert started.exists(), proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert _listing(out / "slow_report") == []


def test_metrics_json_and_html_hold_no_absolute_machine_path(reports, tmp_path, monkeypatch):
    data = tmp_path / "shop" / "exports"
    data.mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    res = runner.run_report("toy-report", {}, data_dir=data, out_dir=tmp_path / "out")
    assert res.metrics["data_dir_given"] is True  # the notebook still finds the folder
    text = (res.folder / "metrics.json").read_text(encoding="utf-8")
    assert json.loads(text)["parameters"]["data_dir"] == "shop/exports"  # relative to where it was run
    html = (res.folder / "toy_report.html").read_text(encoding="utf-8")
    for doc in (text, html):
        assert str(tmp_path) not in doc and "/tmp/" not in doc and "/work/" not in doc
    # run from elsewhere, a folder outside the current one is recorded by its name
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    res = runner.run_report("toy-report", {"date": "2026-10-16"}, data_dir=data, out_dir=tmp_path / "out")
    text = (res.folder / "metrics.json").read_text(encoding="utf-8")
    assert json.loads(text)["parameters"]["data_dir"] == "exports" and str(tmp_path) not in text
    # as given, when given relative
    res = runner.run_report("toy-report", {"date": "2026-10-17"}, data_dir="../shop/exports", out_dir=tmp_path / "out")
    assert json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["parameters"]["data_dir"] == (
        "../shop/exports")


def test_recorded_paths():
    cwd = Path.cwd()
    assert runner._recorded_path(cwd / "a" / "b") == "a/b"
    assert runner._recorded_path("a/b") == "a/b"
    assert runner._recorded_path("/somewhere/else/exports") == "exports"
    assert runner._recorded_path("") == ""


CHILD_BODY = '''import os, subprocess, sys
import shopanalysis as sa
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
with open(os.path.join(data_dir, "last-words.txt"), "w") as f:
    f.write("written before the last cell ended")
print("many lines\\n" * 2000)
sa.record("pids", [os.getpid(), child.pid])
'''


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its parent counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return True


def test_the_kernel_is_stopped_after_the_last_cell_with_nothing_lost(tmp_path, monkeypatch):
    # The runner stops a report's kernel at once when its last cell is done (no polite shutdown,
    # which waited for the interpreter's teardown): every output and file is in, and neither the
    # kernel nor a process it started is left running.
    d = tmp_path / "notebooks"
    d.mkdir()
    _make_report(d, name="child_report", body=CHILD_BODY)
    monkeypatch.setenv("SHOPANALYSIS_REPORTS", str(d))
    res = runner.run_report("child-report", {}, data_dir=tmp_path, out_dir=tmp_path / "out")
    kernel, child = res.metrics["pids"]
    assert (tmp_path / "last-words.txt").read_text() == "written before the last cell ended"
    html = (res.folder / "child_report.html").read_text(encoding="utf-8")
    assert html.count("many lines") == 2000  # the last cell's whole output
    for _ in range(50):  # the kill is sent before run_report returns; the exit may take a moment
        if not _alive(kernel) and not _alive(child):
            break
        time.sleep(0.1)
    assert not _alive(kernel) and not _alive(child)
