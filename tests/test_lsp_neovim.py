"""`openwash lsp` in a real editor: headless Neovim with its built-in LSP client.

Neovim opens a Markdown file, starts the server as an editor user would configure it, and writes
back the diagnostics it shows and the hover it gets for the model name. Debian's package is
enough (0.7 has ``vim.lsp.start_client``; 0.8 and later ``vim.lsp.start``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DOCUMENT = """# Release notes

Meta released Llama 2, an open-source model.

OLMo is open source.
"""

SCRIPT = r"""
local out_path, python = vim.env.OW_OUT, vim.env.OW_PYTHON
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.OW_FILE))
local buf = vim.api.nvim_get_current_buf()
local config = {
  name = "openwash",
  cmd = { python, "-m", "linter", "lsp" },
  root_dir = vim.fn.fnamemodify(vim.env.OW_FILE, ":h"),
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client_id)
end
local out = {}
out.attached = client_id ~= nil
out.waited = vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(out.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, source = d.source, message = d.message, code = d.code or lsp.code,
  })
end
local function hover(line, character)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = line, character = character },
  }
  local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 30000) or {}
  for _, reply in pairs(replies) do
    if reply.result then return reply.result.contents.value end
  end
end
out.hover = hover(2, 16)  -- on "Llama 2"
out.claim_hover = hover(2, 30)  -- on "open-source"
local file = io.open(out_path, "w")
file:write(vim.fn.json_encode(out))
file:close()
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd("qall!")
"""


def _nvim_version(nvim: str) -> tuple[int, ...] | None:
    first = subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=30).stdout
    match = re.search(r"NVIM v(\d+)\.(\d+)\.(\d+)", first)
    return tuple(int(n) for n in match.groups()) if match else None


def run_neovim(tmp_path: Path) -> dict:
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("nvim is not installed (apt-get install -y neovim)")
    version = _nvim_version(nvim)
    if version is None or version < (0, 6, 0):
        pytest.skip(f"nvim {version} is too old: vim.lsp with vim.diagnostic needs 0.6 or later")
    document = tmp_path / "release-notes.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    script = tmp_path / "openwash.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {
        "OW_FILE": str(document),
        "OW_OUT": str(out),
        "OW_PYTHON": sys.executable,
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PATH": "/usr/bin:/bin",
    }
    proc = subprocess.run(
        [nvim, "--headless", "--clean", "-n", "-c", f"luafile {script}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.exists(), f"neovim wrote nothing (status {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return json.loads(out.read_text(encoding="utf-8"))


def test_neovim_shows_the_diagnostic_and_the_hover(tmp_path: Path):
    result = run_neovim(tmp_path)
    assert result["attached"] and result["waited"]
    [diag] = result["diagnostics"]
    claim = "Meta released Llama 2, an ".__len__()
    assert (diag["lnum"], diag["col"], diag["end_lnum"], diag["end_col"]) == (2, claim, 2, claim + 11)
    assert diag["code"] == "OW102"
    assert diag["source"] == "openwash"
    assert diag["severity"] == 2  # vim.diagnostic.severity.WARN
    assert diag["message"].startswith("'open-source' describes Llama 2, which is source-available")
    assert result["hover"].startswith("**Llama 2** (Meta)")
    assert "Status: **source-available**" in result["hover"]
    assert "Wrong for Llama 2, which is source-available" in result["claim_hover"]
    # A capture for docs/editors.md, shown with `pytest -s`.
    print(f"\n{diag['lnum'] + 1}:{diag['col'] + 1} {diag['code']} {diag['message']}")
    print(f"\n{result['hover']}\n\n{result['claim_hover']}")
