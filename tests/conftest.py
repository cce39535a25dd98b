"""Fixtures shared by the test modules."""

import matplotlib.pyplot as plt
import pytest


def pytest_configure(config):
    """Keep the suite's parsed-table cache (:mod:`shopanalysis._cache`) out of the user's own cache folder.

    Set in the environment, so that nbval's and the report runs' kernels inherit it.
    """
    import os
    import tempfile

    os.environ.setdefault("SHOPANALYSIS_CACHE_DIR", tempfile.mkdtemp(prefix="shopanalysis-test-cache-"))


@pytest.fixture(autouse=True)
def close_figures():
    """Close every matplotlib figure a test opened."""
    yield
    plt.close("all")


@pytest.fixture(autouse=True)
def checkers_answer(monkeypatch):
    """Checkers answer (rather than raise) unless a test asks for strict mode.

    notebooks/course/conftest.py turns strict mode on while pytest runs the source
    lessons; a test that runs after one must not inherit it.
    """
    from shopanalysis.course.checks import STRICT_ENV

    monkeypatch.delenv(STRICT_ENV, raising=False)


class ReportRuns:
    """Report runs shared by the test modules: each (report, data, parameters) runs once a session.

    Several modules read the same run: test_language the demo's pages in both languages,
    test_privacy every file of the demo's and the JD sample's runs, test_platform_words and
    test_partial_exports the JD pages, and the report tests the demo's default PDF. Each
    run takes 4-10 s, so running it once a session keeps the suite short. A run is keyed
    by its report, data folder and the parameters that differ from the report's defaults
    (``{"lang": "zh"}`` is the default run); a demo run with default parameters is always
    made with its PDF, as the README's demo writes it. Tests must only read what a shared
    run wrote.
    """

    def __init__(self, out):
        self.out = out
        self.done = {}

    def _key(self, report, parameters, data_dir):
        import json
        from pathlib import Path

        import shopanalysis as sa
        from shopanalysis import runner

        rep = runner.get_report(report)
        params = dict(parameters or {})
        data = params.pop("data_dir", None) or data_dir or sa.demo_dir()
        params = {k: v for k, v in params.items() if k not in rep.parameters or v != rep.parameters[k].default}
        return (rep.name, str(Path(data).resolve()), json.dumps(params, sort_keys=True, default=str)), rep, params

    def __call__(self, specs, pdf=False):
        """Run (or reuse) each ``(report, parameters[, data_dir])`` of ``specs``, two at a time; their results."""
        import shopanalysis as sa
        from shopanalysis import runner

        keyed = [self._key(s[0], s[1], s[2] if len(s) > 2 else None) for s in specs]
        jobs, todo = [], []
        for key, rep, params in keyed:
            demo_default = key[1] == str(sa.demo_dir().resolve()) and not params
            want_pdf = pdf or demo_default
            have = self.done.get(key)
            if key in todo or (have is not None and (have[1] or not want_pdf)):
                continue
            todo.append(key)
            data = None if key[1] == str(sa.demo_dir().resolve()) else key[1]  # the demo as a user runs it
            jobs.append(dict(report=rep, parameters=params, data_dir=data, pdf=want_pdf,
                             out_dir=self.out / f"run{len(self.done) + len(todo)}"))
        for key, job, res in zip(todo, jobs, runner.run_batch(jobs, workers=2, progress=False) if jobs else []):
            self.done[key] = (res, job["pdf"])
        return [self.done[key][0] for key, _, _ in keyed]

    def one(self, report, parameters=None, data_dir=None, pdf=False):
        """One run's result (see :meth:`__call__`); raises AssertionError when it failed."""
        res = self([(report, parameters, data_dir)], pdf=pdf)[0]
        assert res.error is None, res.error
        return res


@pytest.fixture(scope="session")
def report_runs(tmp_path_factory):
    """The session's shared report runs (:class:`ReportRuns`)."""
    return ReportRuns(tmp_path_factory.mktemp("shared-runs"))
