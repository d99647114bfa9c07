"""`openwash lsp` in a real editor: headless Neovim with its built-in LSP client.

Neovim starts with the ``init.lua`` snippet of docs/editors.md, exactly as written, opens two
Markdown files of one project, and writes back the diagnostics it shows and the hover it gets for
the model name. Debian's package (0.7) is enough; the snippet uses ``vim.lsp.start`` on 0.8 and
later.
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

DOCS = Path(__file__).resolve().parent.parent / "docs" / "editors.md"


def documented_snippet() -> str:
    """The Lua block of the Neovim section of docs/editors.md."""
    section = DOCS.read_text(encoding="utf-8").split("\n## Neovim\n", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```lua\n(.*?)```", section, re.DOTALL).group(1)


# Run after the snippet: open the files, wait for the diagnostics, ask for hovers, write it all.
SCRIPT = r"""
local out_path = vim.env.OW_OUT
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.OW_FILE))
local buf = vim.api.nvim_get_current_buf()
local out = {}
out.waited = vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local function openwash_clients()
  local found = {}
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == "openwash" then table.insert(found, client) end
  end
  return found
end
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
-- A second file of the same project: the same server lints it.
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.OW_SECOND))
local second = vim.api.nvim_get_current_buf()
out.second_waited = vim.wait(90000, function() return #vim.diagnostic.get(second) > 0 end, 50)
local clients = openwash_clients()
out.clients = #clients
out.root_dir = clients[1] and clients[1].config.root_dir
local file = io.open(out_path, "w")
file:write(vim.fn.json_encode(out))
file:close()
for _, client in ipairs(clients) do client.stop() end
vim.wait(5000, function() return #openwash_clients() == 0 end, 50)
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
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "openwash").exists():
        pytest.skip(f"no openwash command next to {sys.executable}: pip install the package")
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / ".openwash.toml").write_text("", encoding="utf-8")
    document = project / "docs" / "release-notes.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    second = project / "docs" / "second.md"
    second.write_text("GPT-4 is open source.\n", encoding="utf-8")
    init = tmp_path / "init.lua"
    init.write_text(documented_snippet(), encoding="utf-8")
    script = tmp_path / "check.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "out.json"
    env = {
        "OW_FILE": str(document),
        "OW_SECOND": str(second),
        "OW_OUT": str(out),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PATH": f"{bin_dir}:/usr/bin:/bin",  # `openwash` on PATH, as the docs ask
    }
    proc = subprocess.run(
        [nvim, "--headless", "-n", "-i", "NONE", "-u", str(init), "-c", f"luafile {script}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.exists(), f"neovim wrote nothing (status {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return json.loads(out.read_text(encoding="utf-8"))


def test_neovim_shows_the_diagnostic_and_the_hover(tmp_path: Path):
    result = run_neovim(tmp_path)
    assert result["waited"] and result["second_waited"]
    assert result["clients"] == 1  # one server for the project's two files
    assert result["root_dir"] == str(tmp_path / "project")  # where .openwash.toml is
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
