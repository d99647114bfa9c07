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
