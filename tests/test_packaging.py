"""Packaging checks: the dependency lists agree, the README commands are wired to CI, the package data ships."""

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _conda_dependencies() -> dict[str, str]:
    """Read the `dependencies:` list of environment.yml (plain entries, not the pip: block)."""
    deps, inside = {}, False
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("dependencies:"):
            inside = True
            continue
        if inside and re.match(r"^\s{2}- [A-Za-z]", line):
            spec = line.strip()[2:].split("#")[0].strip()
            if spec.startswith("pip"):
                continue
            deps[_name(spec)] = spec.replace(" ", "")
    return deps


def test_environment_yml_names_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    pyproject = {_name(r): r.replace(" ", "") for r in wanted}
    conda = _conda_dependencies()
    conda.pop("python")
    assert sorted(conda) == sorted(pyproject), "environment.yml and pyproject.toml list different packages"
    assert conda == pyproject, "environment.yml and pyproject.toml pin different versions"


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"^(bash \S+\.sh)\s", readme, flags=re.M)
    assert "bash setup.sh" in commands and "bash test.sh" in commands
    assert "bash test.sh" in ci.splitlines()


def test_console_script_points_at_the_cli():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["shopanalysis"] == "shopanalysis.cli:main"
    from shopanalysis import cli

    assert callable(cli.main)


def test_import_has_no_heavy_side_effects():
    import subprocess
    import sys

    code = "import sys, shopanalysis; print(sorted(m for m in ('matplotlib', 'papermill', 'weasyprint', 'seaborn') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("script", sorted((ROOT / "benchmarks").glob("bench_*.py")), ids=lambda p: p.name)
def test_benchmark_scripts_start(script):
    """Benchmarks are not run by the suite (they time things), but each must at least start: --help."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "usage:" in proc.stdout


def test_package_data_declares_every_data_file_of_the_package():
    """A plain (non-editable) install ships only what package-data names: the demo shops, fonts, CSS.

    load_demo_shop() finds the demo shop with importlib.resources, so a file left out here
    would be missing from the wheel, and the demo with it.
    """
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["shopanalysis"]
    package = ROOT / "shopanalysis"
    declared = {p for pattern in globs for p in package.glob(pattern) if p.is_file()}
    data = {p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}
    assert data - declared == set(), "add these to [tool.setuptools.package-data] in pyproject.toml"
    samples = {p for p in data if "samples" in p.parts}
    assert {p.parent.name for p in samples} == {"demo_shop", "jd_home"}


def test_the_samples_are_package_data_and_data_samples_links_to_them(monkeypatch):
    from shopanalysis import samples

    monkeypatch.delenv(samples.ENV_VAR, raising=False)
    package_samples = ROOT / "shopanalysis" / "data" / "samples"
    assert (ROOT / "data" / "samples").is_symlink(), "data/samples links to shopanalysis/data/samples"
    assert (ROOT / "data" / "samples").resolve() == package_samples.resolve()
    assert samples.demo_dir().resolve() == (package_samples / "demo_shop").resolve()
