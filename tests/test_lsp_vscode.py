"""The VS Code extension (editors/vscode) as a user meets it.

The extension is packaged with @vscode/vsce, as it would be published. Its contents are checked
(the client, its settings, nothing of the build tools), then it is installed into code-server (VS
Code in the browser) and driven in headless Chromium: open a Markdown file with a wrong claim, read
the diagnostic, open the quick fixes, apply the preferred one. Screenshots are kept in
``$OPENWASH_ARTIFACTS/vscode`` (default ``artifacts/vscode``).

.ci/run installs what this needs (``npm ci`` in editors/vscode, code-server from npm, Debian's
chromium); where one of them is missing the test says which and skips.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from linter.lsp.server import LANGUAGES
from linter.lsp.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "editors" / "vscode"
ARTIFACTS = Path(os.environ.get("OPENWASH_ARTIFACTS", ROOT / "artifacts")) / "vscode"
WRONG = "Mistral 7B is an open-source model from Mistral AI."


@pytest.fixture(scope="module")
def vsix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("node") is None or shutil.which("npx") is None:
        pytest.skip("node and npm are not installed")
    if not (EXTENSION / "node_modules" / "@vscode" / "vsce").is_dir():
        pytest.skip("editors/vscode has no node_modules: run `npm ci` there (.ci/run does)")
    out = tmp_path_factory.mktemp("vsix") / "openwash.vsix"
    subprocess.run(
        ["npx", "--no-install", "vsce", "package", "--skip-license", "--out", str(out)],
        cwd=EXTENSION,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def test_the_vsix_holds_the_client_and_the_settings_the_server_accepts(vsix: Path):
    with zipfile.ZipFile(vsix) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("extension/package.json"))
        script = archive.read("extension/extension.js").decode("utf-8")
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert manifest["main"] == "./extension.js"
    # Build and test tools stay out of the package.
    assert not [n for n in names if re.match(r"extension/(test/|node_modules/(@vscode/vsce|puppeteer))", n)]
    properties = manifest["contributes"]["configuration"]["properties"]
    assert set(properties) == {"openwash.path", "openwash.select", "openwash.ignore", "openwash.debounce"}
    # What the extension forwards is exactly what the server accepts, defaults included.
    forwarded = json.loads(re.search(r"SERVER_SETTINGS = (\[.*?\]);", script).group(1))
    assert sorted(forwarded) == ["debounce", "ignore", "select"]
    defaults = {k: properties[f"openwash.{k}"]["default"] for k in forwarded}
    assert Settings().updated(defaults).debounce_ms == 200
    assert Settings().updated({"select": ["OW1"], "ignore": ["OW9"], "debounce": 50}).select == ("OW1",)
    languages = {e.split(":", 1)[1] for e in manifest["activationEvents"]}
    assert languages <= set(LANGUAGES) and {"markdown", "restructuredtext", "plaintext"} <= languages


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"code-server did not answer at {url}")


def test_in_code_server_the_diagnostic_and_its_quick_fix_work(vsix: Path, tmp_path: Path):
    code_server = os.environ.get("OPENWASH_CODE_SERVER") or shutil.which("code-server")
    chromium = shutil.which("chromium")
    openwash = Path(sys.executable).parent / "openwash"
    if code_server is None:
        pytest.skip("code-server is not installed (.ci/run installs it from npm)")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    if not (EXTENSION / "node_modules" / "puppeteer-core").is_dir():
        pytest.skip("editors/vscode has no puppeteer-core: run `npm ci` there")
    if not openwash.exists():
        pytest.skip(f"no openwash command next to {sys.executable}")
    data, extensions, workspace = tmp_path / "data", tmp_path / "extensions", tmp_path / "workspace"
    (data / "User").mkdir(parents=True)
    workspace.mkdir()
    (workspace / "notes.md").write_text(f"# Notes\n\n{WRONG}\n", encoding="utf-8")
    settings = {
        "openwash.path": str(openwash),
        "security.workspace.trust.enabled": False,
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": False,
        "telemetry.telemetryLevel": "off",
        "extensions.autoCheckUpdates": False,
    }
    (data / "User" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    dirs = ["--user-data-dir", str(data), "--extensions-dir", str(extensions)]
    subprocess.run(
        [code_server, *dirs, "--install-extension", str(vsix)], check=True, capture_output=True, timeout=300
    )
    port = _free_port()
    log = (tmp_path / "code-server.log").open("w")
    server = subprocess.Popen(
        [
            code_server,
            *dirs,
            "--auth",
            "none",
            "--bind-addr",
            f"127.0.0.1:{port}",
            "--disable-telemetry",
            "--disable-update-check",
            "--disable-workspace-trust",
            str(workspace),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/healthz", 120)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        out = tmp_path / "e2e.json"
        env = {
            **os.environ,
            "OW_URL": f"http://127.0.0.1:{port}/?folder={workspace}",
            "OW_FILE": "notes.md",
            "OW_CHROMIUM": chromium,
            "OW_OUT": str(out),
            "OW_SHOTS": str(ARTIFACTS),
        }
        driven = subprocess.run(
            ["node", str(EXTENSION / "test" / "e2e.js")], env=env, capture_output=True, text=True, timeout=600
        )
        result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        assert driven.returncode == 0, (
            f"{result}\n{driven.stderr}\n{(tmp_path / 'code-server.log').read_text()}"
        )
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()
    assert "'open-source' describes Mistral 7B, which is open weights" in result["hover"]
    assert "OW101" in result["hover"]
    assert result["actions"][0] == "Replace 'open-source' with 'open-weights'"
    assert "Disable OW101 for this line" in result["actions"]
    assert "Mistral 7B is an open-weights model from Mistral AI." in result["lines"]
    assert (ARTIFACTS / "2-quick-fixes.png").stat().st_size > 10_000
