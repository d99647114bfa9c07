"""``openwash vocab export`` and ``vocab stale``, driven through the real command."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA = Path(__file__).resolve().parent.parent / "vocab" / "export.schema.json"


def openwash(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, text=True, timeout=120
    )


def test_the_json_export_validates_against_its_schema() -> None:
    out = openwash("vocab", "export", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    Draft202012Validator(json.loads(SCHEMA.read_text())).validate(data)
    rows = {row["id"]: row for row in data["models"]}
    assert rows["mpt-30b-instruct"]["status"] == "open-weights"
    assert rows["muse-spark"]["verified"] is False


def test_the_csv_export_is_utf8_with_a_header_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "models.csv"
    assert openwash("vocab", "export", "--format", "csv", "-o", str(target)).returncode == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets need the BOM to read UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    as_json = json.loads(openwash("vocab", "export", "--format", "json").stdout)["models"]
    assert [r["id"] for r in rows] == [m["id"] for m in as_json]
    orion = next(r for r in rows if r["id"] == "orion-14b")
    assert orion["status"] == "source-available" and orion["verified"] == "true"
    assert orion["evidence"].startswith("https://huggingface.co/OrionStarAI/")


def test_stale_lists_old_entries_and_exits_1() -> None:
    out = openwash("vocab", "stale", "--days", "30", "--today", "2027-06-01")
    assert out.returncode == 1
    assert "orion-14b" in out.stdout and "not checked since 2027-05-02" in out.stderr


def test_stale_is_quiet_when_everything_was_read_recently() -> None:
    out = openwash("vocab", "stale", "--days", "3650", "--today", "2026-12-05")
    assert out.returncode == 0 and "all entries checked" in out.stdout


def test_export_to_an_unwritable_place_is_a_one_line_error(tmp_path: Path) -> None:
    out = openwash("vocab", "export", "-o", str(tmp_path / "missing" / "models.csv"))
    assert out.returncode == 2 and out.stderr.startswith("openwash: error: cannot write")
    assert "Traceback" not in out.stderr
