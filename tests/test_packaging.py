"""The wheel carries the vocabulary and every subpackage, so a plain `pip install .` works anywhere."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_the_vocabulary(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("openwash-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_models = {n for n in names if n.startswith("linter/vocab_data/models/") and n.endswith(".yaml")}
    source_models = {f"linter/vocab_data/models/{p.name}" for p in (ROOT / "vocab" / "models").glob("*.yaml")}
    assert shipped_models == source_models
    assert {
        "linter/vocab_data/claims.yaml",
        "linter/vocab_data/software.yaml",
        "linter/vocab_data/schema.json",
        "linter/lsp/server.py",
        "linter/readers/markdown.py",
        "linter/render/sarif.py",
    } <= names


def test_release_build_passes_twine_check(tmp_path: Path) -> None:
    """What .github/workflows/release.yml does before publishing: build both, check both."""
    import pytest

    for module in ("build", "twine"):
        if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode:
            pytest.skip(f"{module} is not installed")
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "python -m build" in workflow and "twine check --strict dist/*" in workflow
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode and "Could not find a version that satisfies" in built.stdout + built.stderr:
        pytest.skip("no package index to build in isolation from")
    assert built.returncode == 0, (built.stdout + built.stderr)[-2000:]
    dists = sorted(p.name for p in tmp_path.iterdir())
    assert len(dists) == 2 and dists[0].endswith("-py3-none-any.whl") and dists[1].endswith(".tar.gz")
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, tmp_path.iterdir())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
