"""The wheel: built from the tracked files, installed into a fresh environment outside the checkout,
where `kg --version` and `kg demo` run from a temporary folder and find every shipped file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _source_copy(target: Path) -> Path:
    """The files git would put in a release (tracked or new, not ignored), copied apart."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = _source_copy(tmp_path_factory.mktemp("source"))
    probe = source / "data" / "models" / "xx_probe"  # a trained pipeline shipped in data/models/ goes along
    (probe / "vocab").mkdir(parents=True)
    (probe / "meta.json").write_text('{"version": "0.0.1"}', encoding="utf-8")
    (probe / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(source)],
                   check=True, capture_output=True, timeout=600)
    (found,) = dist.glob("digipol_kg-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel alone; third-party packages come from the project's
    environment through a .pth line (their folder is added to sys.path, its own .pth files are not run,
    so the checkout's editable finder stays out)."""
    env = tmp_path_factory.mktemp("env")
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "--quiet", str(wheel)], check=True, capture_output=True, timeout=600)
    return env


def _run(env: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("KG_HOME", "PYTHONPATH", "KG_STORE", "VIRTUAL_ENV")}
    return subprocess.run([str(env / "bin" / args[0]), *args[1:]], cwd=cwd, env=clean, capture_output=True,
                          text=True, timeout=900)


def test_the_wheel_carries_data_and_ontology_and_leaves_the_corpora_out(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("kg/ontology/dp.ttl", "kg/ontology/shapes.ttl", "kg/ontology/context.jsonld",
                    "kg/data/lang/en/pack.yaml", "kg/data/lang/fr/cues.yaml", "kg/data/lang/names.yaml",
                    "kg/data/reference/countries.tsv", "kg/data/web/topic.yaml", "kg/queries/meetings.rq"):
        assert shipped in names, shipped
    assert {"kg/data/models/xx_probe/meta.json", "kg/data/models/xx_probe/vocab/strings.json"} <= names
    assert any(name.startswith("kg/data/articles/") for name in names)
    assert not [name for name in names if name.startswith(("kg/data/corpus/", "kg/data/heldout"))]


def test_the_wheel_says_what_a_package_index_shows(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (meta_name,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
    meta = Parser().parsestr(archive.read(meta_name).decode())
    assert meta["Name"] == "digipol-kg"
    assert meta["Version"] == kg.__version__
    assert meta["License-Expression"] == "MIT"
    assert "Programming Language :: Python :: 3.11" in meta.get_all("Classifier")
    assert "kg = kg.cli:main" in archive.read(meta_name.replace("METADATA", "entry_points.txt")).decode()


def test_kg_runs_from_the_installed_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = _run(installed, "python", "-c", "import kg, kg.resources as r; print(kg.__file__); print(r.home())",
                 cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, home = where.stdout.split()
    assert Path(module).is_relative_to(installed) and Path(home).is_relative_to(installed)
    version = _run(installed, "kg", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.split() == ["kg,", "version", kg.__version__]


def test_kg_demo_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, "kg", "demo", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    out = tmp_path / "out"
    for name in ("graph.ttl", "graph.jsonld", "graph.nq", "graph.html"):
        assert (out / name).stat().st_size > 1000, name
    quads = (out / "graph.nq").read_text(encoding="utf-8")
    predicate = "<https://w3id.org/digipol/ontology#pipeline>"
    pipelines = {line.split('"')[1] for line in quads.splitlines() if line.split(" ")[1:2] == [predicate]}
    assert pipelines == {"fr_core_news_md 3.8.0", "data/models/en_digipol_sm 0.1.0"}
    assert "The graph conforms to the shapes." in result.stdout
    assert "15 loaded, 0 skipped, 0 failed" in result.stderr, result.stderr[-2000:]


def test_kg_home_is_honoured_by_every_reader(tmp_path: Path) -> None:
    """With KG_HOME set, the packs, the lexicon and the ontology all come from that folder."""
    from kg.resources import shipped_home

    for part in ("data/lang", "data/reference", "data/models", "ontology"):
        shutil.copytree(shipped_home() / part, tmp_path / part)
    pack = tmp_path / "data" / "lang" / "en" / "pack.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace("name: English", "name: Englisch"), encoding="utf-8")
    (tmp_path / "data" / "reference" / "kingdoms.yaml").write_text("[ma]\n", encoding="utf-8")
    script = ("from kg.nlp.packs import load_pack, load_kingdoms; from kg.nlp.lexicon import load_lexicon; "
              "from kg.resources import ontology_file; from kg.nlp.pipeline import choose; "
              "print(load_pack('en').info.name, load_kingdoms(), load_lexicon().packs['en'].info.name, "
              "ontology_file('dp.ttl').parent.parent, choose('en').name)")
    env = {**os.environ, "KG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Englisch", "['ma']", "Englisch", str(tmp_path), "data/models/en_digipol_sm"]
