"""Tests for ``shopanalysis run ... --executor dask``: a batch of real reports on a local Dask cluster.

One batch of two daily reviews (a good day and one outside the data) runs on a
``LocalCluster`` of two workers through the command line, and its numbers are compared
with the same report run locally; the rest are the cheap edges: no ``distributed``, an
unreachable scheduler, a task that raises outside ``run_report``.
"""

import json
import socket
import subprocess
import sys
import time

import pytest

import shopanalysis as sa
from shopanalysis import cli, runner

distributed = pytest.importorskip("distributed")


@pytest.fixture(autouse=True)
def chinese(monkeypatch):
    """Chinese, the default, whatever the shell says."""
    monkeypatch.setenv("SHOPANALYSIS_LANG", "zh")
    sa.set_language(None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_importing_the_package_and_its_command_line_does_not_import_dask():
    code = ("import sys, shopanalysis, shopanalysis.cli, shopanalysis.runner; "
            "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_batch_on_a_local_dask_cluster_writes_the_good_reports_and_lists_the_failed_one(tmp_path, capsys):
    out = tmp_path / "out"
    code = cli.main(["run", "daily-review", "-p", "date=2030-01-01,2026-10-15", "--executor", "dask",
                     "-j", "2", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    base = out / "daily_review"
    assert {p.name for p in (base / "2026-10-15").iterdir()} == {"daily_review.ipynb", "daily_review.html",
                                                                 "metrics.json"}
    assert not (base / "2030-01-01").exists()
    assert (base / "2030-01-01.failed.ipynb").exists()
    assert not [p.name for p in base.iterdir() if p.name.startswith(".")]  # no temporary folder, no lock left
    # the failure is listed as in a local batch, in the command line's language, and counted
    assert "2030-01-01 不在数据范围内" in captured.err and "Traceback" not in captured.err
    assert "2 个报告中有 1 个失败" in captured.err
    assert captured.out.count("已生成") == 1 and str(base / "2026-10-15") in captured.out  # --out as given
    # the numbers are the local run's
    dask_run = json.loads((base / "2026-10-15" / "metrics.json").read_text(encoding="utf-8"))
    local = runner.run_report("daily-review", {"date": "2026-10-15"}, out_dir=tmp_path / "local")
    local_run = json.loads((local.folder / "metrics.json").read_text(encoding="utf-8"))
    assert dask_run["metrics"] and dask_run["metrics"] == local_run["metrics"]
    assert dask_run["parameters"] == local_run["parameters"] and dask_run["period"] == "2026-10-15"


def test_a_task_that_raises_outside_run_report_or_kills_its_worker_becomes_a_failed_result(tmp_path, toy):
    import dask

    out = tmp_path / "out"
    good = dict(report=toy, parameters={"date": "2026-10-15"}, out_dir=out)
    broken = dict(good, parameters={"date": "2026-10-16"}, kernel_name="no-such-kernel")  # raises in papermill
    killer = dict(good, parameters={"date": "2026-10-17", "kill": True})  # the kernel kills its worker process
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # no retry of the killer
        results = runner.run_batch([broken, killer, good], workers=2, progress=False, executor="dask")
    assert [r.period for r in results] == ["2026-10-16", "2026-10-17", "2026-10-15"]  # in job order
    assert results[2].error is None and results[2].metrics == {"date": "2026-10-15"}
    assert (out / "toy_report" / "2026-10-15" / "metrics.json").exists()
    assert results[0].error.startswith("toy-report 2026-10-16：Dask 任务失败")
    assert "NoSuchKernel" in results[0].error and "no-such-kernel" in results[0].error
    assert results[1].error.startswith("toy-report 2026-10-17：Dask 任务失败") and "KilledWorker" in results[1].error
    assert not (out / "toy_report" / "2026-10-16").exists() and not (out / "toy_report" / "2026-10-17").exists()


@pytest.fixture
def toy(tmp_path):
    """A one-cell report notebook (seconds to run), as a Report the workers find by its path."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["shopanalysis"] = {"title": "玩具报告", "period": "date"}
    params = 'date: str = "2026-10-15"  # the day\nkill: bool = False  # kill the worker that runs this'
    body = ("import os, signal\nif kill:\n    os.kill(os.getppid(), signal.SIGKILL)\n"
            "import shopanalysis as sa\nsa.record('date', date)")
    nb.cells = [nbformat.v4.new_code_cell(params, metadata={"tags": ["parameters"]}), nbformat.v4.new_code_cell(body)]
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nbformat.write(nb, folder / "toy_report.ipynb")
    return runner.get_report("toy-report", folder)


def test_an_unreachable_scheduler_is_one_clear_line_and_exit_2(tmp_path, capsys, monkeypatch):
    import dask

    address = f"tcp://127.0.0.1:{_free_port()}"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        started = time.perf_counter()
        code = cli.main(["run", "daily-review", "-p", "date=2026-10-15", "--scheduler", address,
                         "--out", str(tmp_path / "out")])
        took = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 2 and took < 20
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"错误：连不上 Dask 调度器 {address}（等了 2 秒")
    assert "dask scheduler" in lines[0] and "Traceback" not in err
    assert not (tmp_path / "out" / "daily_review").exists()
    monkeypatch.setenv("SHOPANALYSIS_LANG", "en")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        assert cli.main(["run", "daily-review", "--scheduler", address, "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.startswith(f"error: cannot reach the Dask scheduler at {address} (waited 1 s")


def test_a_scheduler_without_workers_is_one_clear_line_and_exit_2(tmp_path, capsys):
    import dask
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0", scheduler_kwargs={"dashboard": False}) \
            as empty, dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = cli.main(["run", "daily-review", "--scheduler", empty.scheduler_address, "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and err.strip().splitlines() == [
        f"错误：Dask 调度器 {empty.scheduler_address} 连上了，但 1 秒内没有一个工作进程加入；"
        f"请在各台机器上启动 dask worker {empty.scheduler_address}"]


def test_without_distributed_the_message_names_the_pip_command(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "_has_distributed", lambda: False)
    assert cli.main(["run", "daily-review", "--executor", "dask", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "需要 Dask 的 distributed 包" in err and "-m pip install 'distributed>=2024.1'" in err
    monkeypatch.setenv("SHOPANALYSIS_LANG", "en")
    assert cli.main(["run", "daily-review", "--scheduler", "tcp://h:8786", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "needs Dask's distributed package" in err and "pip install 'distributed>=2024.1'" in err
    assert not (tmp_path / "out").exists()


def test_a_scheduler_with_the_local_executor_is_a_usage_error(capsys):
    assert cli.main(["run", "daily-review", "--executor", "local", "--scheduler", "tcp://h:8786"]) == 2
    assert "--scheduler 只能和 --executor dask 一起用" in capsys.readouterr().err


def test_the_help_says_out_must_be_shared_with_the_workers(capsys, monkeypatch):
    monkeypatch.setenv("SHOPANALYSIS_LANG", "en")
    with pytest.raises(SystemExit):
        cli.main(["run", "-h"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--executor {local,dask}" in help_text and "--scheduler tcp://HOST:8786" in help_text
    assert "a shared folder every worker reaches at the same path" in help_text
