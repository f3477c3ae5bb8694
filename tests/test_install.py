"""Installed use: the package built as a wheel (not the source checkout) runs from any folder,
with the corpus given by the environment, and puts and names its index beside that corpus."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import CORPUS, ROOT

pytestmark = pytest.mark.slow


def test_wheel_runs_from_any_folder(tmp_path):
    src = tmp_path / "src-copy"                       # build from a copy: no build/ left in the checkout
    shutil.copytree(ROOT / "src", src / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(src)],
                   check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("kg_rag-*.whl")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    data = tmp_path / "office" / "van-ban"
    shutil.copytree(CORPUS, data)
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), KG_RAG_CORPUS=str(data), KG_RAG_EMBED_MODEL="hash")
    env.pop("KG_RAG_INDEX", None)
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg_rag", *a], cwd=elsewhere, env=env,
                                    capture_output=True, text=True, timeout=300)
    where = subprocess.run([sys.executable, "-c", "import kg_rag; print(kg_rag.__file__)"], cwd=elsewhere,
                           env=env, capture_output=True, text=True).stdout
    assert where.startswith(str(site)), where                    # the wheel, not the checkout
    r = run("ingest")
    assert r.returncode == 0, r.stderr
    assert f"index {tmp_path / 'office' / 'index'}" in r.stdout        # says where the index lives
    r = run("ask", "Ai ký hướng dẫn tuyên truyền Kết luận 69?", "--json")
    assert r.returncode == 0 and '"grounded": true' in r.stdout, r.stderr
    assert not (elsewhere / "index").exists() and (tmp_path / "office" / "index" / "kg-rag-index.json").is_file()
    env.pop("KG_RAG_CORPUS")
    r = run("ask", "Kết luận 69?")
    assert r.returncode == 2 and "KG_RAG_CORPUS" in r.stderr and "Traceback" not in r.stderr
