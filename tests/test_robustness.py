"""Hostile and unlucky input: the run never crashes, never hangs, never touches a byte it did not
report, and its exit status says whether every file was checked (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from linter.api import analyse
from linter.apply_fixes import fix_text
from tests.check_cli import run_check


def openwash(
    *args: str, cwd: Path | None = None, timeout: float = 120, **kwargs
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, cwd=cwd, timeout=timeout, **kwargs
    )


# -- fixes: only what check reports, in one run --------------------------------------------------


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- openwash-disable-next-line -->",
        "<!-- openwash-disable-next-line OW103 -->\n\n",
        ".. openwash-disable-next-line",
    ],
)
def test_disable_next_line_at_the_end_of_a_file_does_not_stop_fix(tmp_path: Path, comment: str) -> None:
    (tmp_path / "a.md").write_text(f"Mixtral 8x7B is an open-source model.\n\n{comment}")
    (tmp_path / "b.md").write_text("No claim in this one.\n" + comment)
    (tmp_path / "c.md").write_text("Llama 2 is an open-source model.\n")
    diff = run_check("--diff", str(tmp_path))
    assert diff.exit_code == 1, diff.stderr
    assert "+Mixtral 8x7B is an open-weights model." in diff.stdout
    fixed = run_check("--fix", str(tmp_path))
    assert fixed.exit_code == 0, fixed.stderr
    assert (tmp_path / "c.md").read_text() == "Llama 2 is a source-available model.\n"


def test_fix_changes_exactly_the_claims_check_reports() -> None:
    # One name described twice in one sentence: one finding, whose fix holds both edits.
    text = "Acme shipped Mistral 7B, an open-source model that beats other open-source models.\n"
    reported = analyse(text, path="a.md").findings
    fixed = fix_text(text, path="a.md")
    assert len(reported) == 1
    assert fixed.applied == len([f for f in reported if f.fix])
    edits = [e for f in reported if f.fix for e in f.fix.edits]
    assert text.count("open-source") == len(edits) == 2
    assert fixed.text.count("open-weights") == 2
    # In two sentences: two findings, each with its own fix.
    text = "Mistral 7B is an open-source model. We like Mistral 7B because it is open-source.\n"
    reported = analyse(text, path="a.md").findings
    assert [len(f.fix.edits) for f in reported if f.fix] == [1, 1]
    assert fix_text(text, path="a.md").text.count("open-source") == 0


def test_a_second_fix_changes_nothing() -> None:
    text = "opensource " * 14 + "GPT-4 opensource opensource GPT-4 opensource GPT-4\n"
    once = fix_text(text, path="a.md")
    assert once.text != text
    reported = analyse(text, path="a.md").findings  # a claim about three names: three findings, one fix
    assert once.applied == len({f.fix for f in reported if f.fix}) > 1
    assert fix_text(once.text, path="a.md").text == once.text


@pytest.mark.parametrize("glue", [".", "…", ";", "!"])
def test_claims_glued_by_punctuation_are_judged_apart_and_fixed_in_one_run(glue: str) -> None:
    # No space after the stop: the two claims were one token, so the first was judged against the
    # second's model (Phi-4), and the fix of the first uncovered a new finding on the next run.
    text = f"A blog says Claude is open source{glue}open source models like Phi-4 are listed too.\n"
    findings = analyse(text, path="a.md").findings
    assert [(f.claim, f.model.text, f.code) for f in findings] == [
        ("open source", "Claude", "OW103"),
        ("open source", "Phi-4", "OW101"),
    ]
    once = fix_text(text, path="a.md")
    assert once.text == (
        f"A blog says Claude is proprietary{glue}open weights models like Phi-4 are listed too.\n"
    )
    assert fix_text(once.text, path="a.md").text == once.text


def test_a_name_twice_in_a_run_on_sentence_is_fixed_in_one_run() -> None:
    # Found by scripts/fuzz.py. Two mentions of one name, so two findings: the first mention's fix
    # changes the first claim, the second's holds both claims' edits. Taking the narrow fix first
    # left "is open source" for a second run.
    text = "Try the open-source Falcon 40B model Falcon 40B is open source and free.\n"
    findings = analyse(text, path="a.md").findings
    # Two names with no separator between them are two noun phrases, each with its own claim.
    assert [(f.claim, f.model.start) for f in findings] == [("open-source", 20), ("open source", 37)]
    once = fix_text(text, path="a.md")
    assert once.text == "Try the open-weights Falcon 40B model Falcon 40B is open weights and free.\n"
    assert once.applied == 2  # both findings, by the one wider fix
    assert fix_text(once.text, path="a.md").text == once.text


def test_a_list_with_a_model_of_unknown_status_gets_no_list_fix() -> None:
    # Found by scripts/fuzz.py: the unsafe list fix writes each model's status after its name,
    # and a family the vocabulary gives no status (Qwen2.5) crashed it with a KeyError.
    text = "Benchmarks cover the open-weights Qwen2.5, Llama 2 and GPT-4 models.\n"
    [finding] = analyse(text, path="a.md").findings
    assert (finding.code, finding.model.text, finding.fix) == ("OW201", "GPT-4", None)
    assert fix_text(text, path="a.md", unsafe=True).text == text


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_plain_text_paragraphs_split_at_blank_lines_whatever_the_line_ending(newline: str) -> None:
    # Found by scripts/fuzz.py: a text file with lone CR line endings was one paragraph, so "It"
    # in the last one was resolved against the whole file, differently once the fixes had
    # shortened it, and a second --fix changed the file again.
    paragraphs = [
        "Release notes.",
        "GPT-4 is open source, a forum post claimed.",
        "Llama 2 is an open-source model.\nMeta wrote its license. It is open source, the README says.",
    ]
    text = (newline * 2).join(p.replace("\n", newline) for p in paragraphs) + newline
    from linter.readers import read_document

    blocks = read_document(text, "notes.txt").blocks
    read = [text[b.start : b.end].rstrip("\r\n") for b in blocks]  # the last runs to the end
    assert read == [p.replace("\n", newline) for p in paragraphs]
    once = fix_text(text, path="notes.txt")
    assert fix_text(once.text, path="notes.txt").text == once.text
    assert [(f.code, f.model.text) for f in analyse(text, path="notes.txt").findings] == [
        ("OW103", "GPT-4"),
        ("OW102", "Llama 2"),
        ("OW102", "Llama 2"),
    ]


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_a_claim_across_a_line_break_is_never_rewritten(newline: str) -> None:
    text = f"Mistral 7B is an open{newline}source model.{newline}"
    (finding,) = analyse(text, path="a.md").findings
    assert finding.fix is None  # reported, but no one word can take the place of two lines
    assert fix_text(text, path="a.md").text == text


def test_model_text_is_the_source_text_and_the_message_reads_it() -> None:
    text = "<p>Mistral&nbsp;7B is an open-source model.</p>\n"
    (finding,) = analyse(text, path="a.html").findings
    assert finding.model.text == "Mistral&nbsp;7B" == text[finding.model.start : finding.model.end]
    assert "describes Mistral 7B," in finding.message


# -- what is reported: paths and texts of their own ------------------------------------------------


def test_a_file_name_that_is_not_utf8_keeps_json_and_sarif_valid(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xff.md")
    (tmp_path / name).write_text("GPT-4 is an open-source model.\n")
    for fmt in ("json", "sarif", "github"):
        proc = openwash("check", "--format", fmt, ".", cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        out = proc.stdout.decode("utf-8")  # strict: valid UTF-8
        if fmt == "json":
            assert json.loads(out)["findings"][0]["path"].endswith("caf\\xe9-\\xff.md")
        elif fmt == "sarif":
            location = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
            assert location["artifactLocation"]["uri"] == "caf%E9-%FF.md"


def test_stdin_named_like_a_file_keeps_its_own_positions(tmp_path: Path) -> None:
    (tmp_path / "same.md").write_text("One.\n\nTwo.\n\nThree.\n\nGPT-4 is an open-source model.\n")
    stdin = "GPT-4 is open source.\n"
    args = ("--stdin-filename", "same.md", "-", "same.md")
    data = json.loads(openwash("check", "--format", "json", *args, cwd=tmp_path, input=stdin.encode()).stdout)
    lines = sorted((f["line"], f["fix"]["edits"][-1]["line"]) for f in data["findings"])
    assert lines == [(1, 1), (7, 7)]
    sarif = json.loads(
        openwash("check", "--format", "sarif", *args, cwd=tmp_path, input=stdin.encode()).stdout
    )
    regions = sorted(
        (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["fixes"][0]["artifactChanges"][0])
        for r in sarif["runs"][0]["results"]
    )
    assert [line for line, _ in regions] == [1, 7]
    snippets = [
        r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
        for r in sarif["runs"][0]["results"]
    ]
    assert "GPT-4 is open source." in snippets


# -- files: regular files only, and what was not checked exits 2 ------------------------------------


def test_a_pipe_in_a_walked_folder_is_skipped_with_a_notice(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "ok.md").write_text("GPT-4 is an open-source model.\n")
    proc = openwash("check", str(tmp_path), timeout=60)
    assert proc.returncode == 1, proc.stderr
    stderr = proc.stderr.decode()
    assert "pipe.md: skipped: not a regular file (named pipe)" in stderr
    assert "zero.md: skipped: not a regular file (device)" in stderr


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    proc = openwash("check", "/dev/stdin", input=b"GPT-4 is an open-source model.\n")
    assert proc.returncode == 1, proc.stderr
    assert openwash("check", "/dev/null").returncode == 0


def test_a_device_named_on_the_command_line_that_does_not_end_is_not_checked(tmp_path: Path) -> None:
    # A symlink to /dev/zero named explicitly is read up to the limit and skipped: the run said
    # "All checked" and exited 0 for a file it never read. Found in a folder it is no document
    # (only noted, above); named, it was asked for, so the run exits 2.
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "ok.md").write_text("GPT-4 is an open-source model.\n")
    alone = openwash("check", str(tmp_path / "zero.md"), timeout=60)
    assert alone.returncode == 2, alone.stderr
    assert "zero.md: skipped: a device that gave more than 64 MiB" in alone.stderr.decode()
    assert "All checked" not in alone.stdout.decode() + alone.stderr.decode()
    assert b"1 not checked" in alone.stdout
    both = openwash("check", str(tmp_path / "zero.md"), str(tmp_path / "ok.md"), timeout=60)
    assert both.returncode == 2, both.stderr
    assert b"Found 1 finding" in both.stdout


def test_an_unreadable_file_exits_2_after_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("GPT-4 is an open-source model.\n")
    (tmp_path / "wrong.md").write_text("Llama 2 is an open-source model.\n")
    if os.geteuid() == 0:  # root reads every file: make this one fail as a 000 file would
        from linter import reading

        real = reading.read_bytes

        def denied(path: Path | str, **kwargs: bool) -> bytes:
            if Path(path).name == "secret.md":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, **kwargs)

        monkeypatch.setattr(reading, "read_bytes", denied)
    else:
        secret.chmod(0)
    result = run_check("--format", "json", str(tmp_path))
    assert result.exit_code == 2
    assert "secret.md: cannot read: Permission denied" in result.stderr
    assert len(json.loads(result.stdout)["findings"]) == 1


def test_a_symlink_loop_and_a_file_not_in_utf8_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    (tmp_path / "latin1.md").write_bytes("Caf\xe9 notes.\n".encode("latin-1"))
    (tmp_path / "wrong.md").write_text("GPT-4 is an open-source model.\n")
    result = run_check("--format", "json", str(tmp_path))
    assert result.exit_code == 2
    assert "a.md: cannot read: Too many levels of symbolic links" in result.stderr
    assert "latin1.md: skipped: not valid UTF-8" in result.stderr
    (finding,) = json.loads(result.stdout)["findings"]  # the rest was linted
    assert finding["path"].endswith("wrong.md")


def test_a_missing_path_is_reported_after_linting_the_rest(tmp_path: Path) -> None:
    (tmp_path / "wrong.md").write_text("GPT-4 is an open-source model.\n")
    result = run_check("--format", "json", str(tmp_path / "nope.md"), str(tmp_path / "wrong.md"))
    assert result.exit_code == 2
    assert f"no such file or directory: {tmp_path / 'nope.md'}" in result.stderr
    assert len(json.loads(result.stdout)["findings"]) == 1
    clean = tmp_path / "clean.md"
    clean.write_text("Fine.\n")
    assert run_check(str(clean), str(tmp_path / "gone")).exit_code == 2
    assert run_check(str(clean)).exit_code == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_as_root_keeps_owner_group_and_mode(tmp_path: Path) -> None:
    path = tmp_path / "theirs.md"
    path.write_text("Llama 2 is an open-source model.\n")
    os.chown(path, 65534, 65534)
    path.chmod(0o640)
    assert run_check("--fix", str(path)).exit_code == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (65534, 65534, 0o640)
    assert path.read_text() == "Llama 2 is a source-available model.\n"


# -- configuration, vocabulary and baseline files that attack the loader ------------------------------


def _laughs(levels: int, wide: int = 9) -> str:
    """A YAML "billion laughs": each level an anchor holding ``wide`` aliases of the one before."""
    lines = [f"l0: &l0 [{', '.join(['lol'] * wide)}]"]
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * wide)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["vocab", "config"])
def test_a_yaml_alias_bomb_is_rejected_with_a_short_message(tmp_path: Path, where: str) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("GPT-4 is an open-source model.\n")
    bomb = _laughs(8)  # 9**8 values once expanded, from under a kilobyte
    if where == "vocab":
        vocab = tmp_path / "models.yaml"
        vocab.write_text(bomb + "models:\n  - id: bomb\n    status: *l8\n")
        result = run_check("--vocab", str(vocab), str(doc))
    else:
        (tmp_path / ".openwash.yaml").write_text(bomb + "severity: {OW101: *l8}\n")
        result = run_check(str(doc))
    assert result.exit_code == 2
    assert "aliases expand this file" in result.stderr
    assert len(result.stderr) < 1000


def test_values_quoted_in_messages_are_bounded(tmp_path: Path) -> None:
    (tmp_path / ".openwash.toml").write_text(f'[severity]\nOW101 = "{"x" * 5000}"\n')
    (tmp_path / "a.md").write_text("Fine.\n")
    result = run_check(str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "expected one of error, warning, info, got 'xxx" in result.stderr
    assert len(result.stderr) < 400


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.toml", "select = " + "[" * 2000 + "]" * 2000 + "\n"),
        ("deep.yaml", "select: " + "[" * 600 + "]" * 600 + "\n"),  # libyaml itself stops at 1000
    ],
)
def test_deeply_nested_configuration_is_an_error_not_a_crash(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content)
    (tmp_path / "a.md").write_text("Fine.\n")
    result = run_check("--config", str(tmp_path / name), str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "nested too deeply" in result.stderr


def test_a_pyproject_of_another_tool_is_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = " + "[" * 2000 + "]" * 2000 + "\n")
    (tmp_path / "a.md").write_text("GPT-4 is an open-source model.\n")
    assert run_check(str(tmp_path / "a.md")).exit_code == 1


def test_a_deeply_nested_baseline_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "a.md").write_text("GPT-4 is an open-source model.\n")
    result = run_check("--baseline", str(tmp_path / "deep.json"), str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert "nested too deeply" in result.stderr


# -- interruptions, crashes and exit statuses ---------------------------------------------------------


def test_an_internal_error_in_one_file_exits_3_after_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linter import api

    real = api.analyse

    def buggy(text: str, **kwargs):
        if str(kwargs.get("path", "")).endswith("bad.md"):
            raise ValueError("a bug met in bad.md")
        return real(text, **kwargs)

    monkeypatch.setattr(api, "analyse", buggy)
    (tmp_path / "bad.md").write_text("GPT-4 is an open-source model.\n")
    (tmp_path / "good.md").write_text("Llama 2 is an open-source model.\n")
    result = run_check("--format", "json", str(tmp_path))
    assert result.exit_code == 3
    (finding,) = json.loads(result.stdout)["findings"]  # the other file was still linted
    assert finding["path"].endswith("good.md")
    (line,) = result.stderr.splitlines()
    assert (
        line.startswith("openwash: internal error: in ") and "bad.md: ValueError: a bug met in bad.md" in line
    )
    verbose = run_check("--verbose", str(tmp_path))
    assert verbose.exit_code == 3
    assert "Traceback (most recent call last)" in verbose.stderr


def test_an_internal_error_outside_the_files_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linter import runner

    def broken(*args, **kwargs):
        raise RuntimeError("no way")

    monkeypatch.setattr(runner, "run", broken)
    (tmp_path / "a.md").write_text("Fine.\n")
    result = run_check(str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        "openwash: internal error: RuntimeError: no way (--verbose shows the traceback); please report it"
    ]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _busy_tree(root: Path, files: int = 40) -> None:
    for n in range(files):
        para = "".join(f"Llama 2 is an open-source model number {i}.\n\n" for i in range(60))
        (root / f"f{n}.md").write_text(para)


def _default_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_with_workers(root: Path, *args: str, count: int = 2) -> tuple[subprocess.Popen, list[int]]:
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "linter", "check", "--jobs", "2", *args, str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A test run started in the background of a shell without job control inherits SIGINT
        # ignored, and so would the linter (it keeps an ignored SIGINT ignored, as a CLI
        # should): the run under test starts with the default, as one typed in a terminal does.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = _children(proc.pid)
        if len(workers) >= count:
            return proc, workers
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the workers never started")


def _gone(pids: list[int], seconds: float = 30) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


@needs_proc
@pytest.mark.parametrize(("sig", "status"), [("SIGTERM", 143), ("SIGINT", 130)])
def test_workers_stop_with_their_parent(tmp_path: Path, sig: str, status: int) -> None:
    import signal

    _busy_tree(tmp_path)
    proc, workers = _start_with_workers(tmp_path, "--fix")
    if sig == "SIGINT":
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    else:
        os.kill(proc.pid, signal.SIGTERM)  # a supervisor stops the parent only
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert b"Traceback" not in err, err
    assert _gone(workers), "workers outlived their parent"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".openwash")]  # no temporary file left


@needs_proc
def test_the_worker_sharing_one_big_file_stops_with_its_parent(tmp_path: Path) -> None:
    import signal

    big = tmp_path / "big.md"
    big.write_text("".join(f"- Llama 2 is an open-source model, note {i}.\n" for i in range(12_000)))
    proc, workers = _start_with_workers(big, "--fix", count=1)  # one file: its segments are shared
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert b"Traceback" not in err, err
    assert _gone(workers), "the worker outlived its parent"
    assert big.read_text().count("open-source") == 12_000  # not written


@needs_proc
def test_workers_stop_when_their_parent_is_killed(tmp_path: Path) -> None:
    import signal

    _busy_tree(tmp_path)
    proc, workers = _start_with_workers(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert _gone(workers), "workers outlived their parent"


# -- readers: what cannot be read is said, never silently empty -----------------------------------------


def test_rst_with_a_line_over_docutils_limit_is_read_as_plain_text() -> None:
    text = "Title\n=====\n\nLlama 2 is an open-source model.\n\n" + "word " * 2500 + "\n"
    result = analyse(text, path="notes.rst")
    assert [f.claim for f in result.findings] == ["open-source"]
    assert any("longer than docutils' limit" in n and "read as plain text" in n for n in result.notices)


# -- deep trees ------------------------------------------------------------------------------------------


def test_a_deep_folder_chain_is_walked_looking_at_each_folder_once(monkeypatch: pytest.MonkeyPatch) -> None:
    depth = 1100  # deeper than Python's recursion limit (Path.mkdir and os.walk recurse)
    # Not under pytest's tmp_path: its clean-up (shutil.rmtree) recurses and would fail on a
    # chain left by an interrupted run, in every later session.
    tmp_path = deepest = Path(tempfile.mkdtemp(prefix="openwash-deep-"))
    try:
        for _ in range(depth):
            deepest = deepest / "d"
            deepest.mkdir()
        (deepest / "x.md").write_text("GPT-4 is an open-source model.\n")
        (tmp_path / ".gitignore").write_text("*.tmp\n")
        looks = _count_looks(monkeypatch)
        result = run_check("--format", "json", str(tmp_path))
        assert result.exit_code == 1, result.stderr
        assert len(json.loads(result.stdout)["findings"]) == 1
        # Configuration files and .gitignore: a few looks per folder, not one per folder and parent.
        assert looks[0] < 10 * depth
    finally:
        monkeypatch.undo()
        (deepest / "x.md").unlink(missing_ok=True)
        (tmp_path / ".gitignore").unlink(missing_ok=True)
        while True:  # bottom up: shutil.rmtree recurses
            deepest.rmdir()
            if deepest == tmp_path:
                break
            deepest = deepest.parent


def _count_looks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count Path.is_file and Path.exists calls from now on (in a one-item list)."""
    looks = [0]
    real_is_file, real_exists = Path.is_file, Path.exists

    def is_file(self: Path) -> bool:
        looks[0] += 1
        return real_is_file(self)

    def exists(self: Path, **kwargs: bool) -> bool:
        looks[0] += 1
        return real_exists(self, **kwargs)

    monkeypatch.setattr(Path, "is_file", is_file)
    monkeypatch.setattr(Path, "exists", exists)
    return looks


def test_a_fix_does_not_change_what_a_later_it_refers_to() -> None:
    # Found by scripts/fuzz.py: "It" looks back at a subject named within five words of its
    # sentence's start. Counted in tokens, "open-source-ish" and its fix "source-available-ish"
    # differ, so the fix moved Gemma 2 past the limit and a new finding appeared on the next run.
    text = "We open-source-ish Gemma 2 today.\n\nIt is open source.\n"
    before = [(f.claim, f.model.text) for f in analyse(text, path="a.txt").findings]
    once = fix_text(text, path="a.txt")
    assert fix_text(once.text, path="a.txt").text == once.text
    assert ("open source", "Gemma 2") in before


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    # Found by scripts/fuzz.py: "source.It" was one sentence and "source.Gemma 2" no name at all,
    # until a fix rewrote the word before the stop and a second run found more.
    text = "Gemma 2 is open source.Gemma 2 is open source.It is open source.\n"
    findings = analyse(text, path="a.txt").findings
    assert sorted(e.start for f in findings for e in f.fix.edits) == [11, 34, 52]
    once = fix_text(text, path="a.txt")
    assert once.text == "Gemma 2 is source-available.Gemma 2 is source-available.It is source-available.\n"
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_second_claim_whose_fix_cannot_join_the_first_is_reported_on_its_own() -> None:
    # Found by scripts/fuzz.py: the verb claim's unsafe fix could not join the first claim's safe
    # one, and it was dropped. After --fix it stood alone, reported with its fix, so --fix
    # --unsafe-fixes changed the file again on a second run.
    text = "Truly open-source models like Llama 2 Llama 2 is open-sourced.\n"
    findings = [(f.claim, f.fix.applicability) for f in analyse(text, path="a.md").findings if f.fix]
    assert ("open-sourced", "unsafe") in findings
    once = fix_text(text, path="a.md")
    assert once.text == "Source-available models like Llama 2 Llama 2 is open-sourced.\n"
    assert [f.claim for f in once.result.findings] == ["open-sourced"]  # reported before, too
    unsafe = fix_text(text, path="a.md", unsafe=True)
    assert unsafe.text == (
        "Source-available models like Llama 2 Llama 2 is released under restrictive terms.\n"
    )
    assert fix_text(unsafe.text, path="a.md", unsafe=True).text == unsafe.text


def test_a_list_fix_keeps_the_names_coordinated_for_a_later_it() -> None:
    # Found by scripts/fuzz.py: "It" never points to one of two coordinated names. The list fix
    # writes each status in brackets after its name, and "Llama 2 (source-available) and GPT-4"
    # no longer read as coordinated, so a second --fix --unsafe-fixes gave "It" to Llama 2.
    text = "Models such as Llama 2 and GPT-4 are open source models. It is open source.\n"
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text == (
        "Models such as Llama 2 (source-available) and GPT-4 (proprietary) are models. It is open source.\n"
    )
    assert once.result.findings == []
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text


def test_a_list_fix_keeps_the_list_whole_for_a_later_claim() -> None:
    # Found by scripts/fuzz.py: after the list fix, "Llama 2 (source-available) and GPT-4o" read
    # as GPT-4o alone (the bracketed status ended the list), so the second claim, about both
    # names and without a fix, became a claim about GPT-4o with a safe fix for a second run.
    text = "Open-source models like Llama 2 and GPT-4o are *open-source* models.\n"
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text.startswith("Models like Llama 2 (source-available) and GPT-4o (proprietary) are")
    assert {f.model.text for f in once.result.findings} == {"Llama 2", "GPT-4o"}
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text


def test_a_stop_glued_to_a_claim_stays_a_word_after_the_fix() -> None:
    # Found by scripts/fuzz.py: in "opensource.opensource" the claims' edges made the stop a word
    # of its own, which ended the walk back from the second claim. After the fix the tokenizer
    # read "source-available.opensource" as a web address, the stop vanished into it, and a
    # second run tied the second claim to Llama through "is".
    text = "Llama is opensource.opensource\n"
    once = fix_text(text, path="a.txt")
    assert once.text == "Llama is source-available.opensource\n"
    assert once.result.findings == []
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_claim_counts_as_one_word_before_a_later_it() -> None:
    # Found by scripts/fuzz.py: "It" looks back at a name within five words of its sentence's
    # start. "open source" counted two words and its fix "source-available" one, so the fix
    # brought Llama 2 within reach and a second run found "It is open source" about it.
    text = "Yes, so the open source Llama 2 model. It is open source.\n"
    findings = analyse(text, path="a.md").findings
    assert [(f.claim, f.model.text) for f in findings] == [("open source", "Llama 2")] * 2
    once = fix_text(text, path="a.md")
    assert once.text == "Yes, so the source-available Llama 2 model. It is source-available.\n"
    assert fix_text(once.text, path="a.md").text == once.text


def test_fixes_sharing_an_edit_are_both_applied() -> None:
    # Found by scripts/fuzz.py: the first claim is about both names, so both findings' fixes hold
    # its edit, and each holds one more (a claim about that name alone). The second fix was put
    # off as overlapping the first, then dropped because its claim had changed, so its other
    # edit waited for a second run. An edit already taken is the same edit, not a conflict.
    text = "Open source BLOOM, Llama 2,open source here.It is open source.\n"
    findings = analyse(text, path="a.txt").findings
    shared = [f.fix.edits[0] for f in findings if f.fix]
    assert len(shared) == 2 and shared[0] == shared[1]
    once = fix_text(text, path="a.txt")
    assert once.applied == 2
    assert once.text == "Source-available BLOOM, Llama 2,source-available here.It is open source.\n"
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_noun_phrase_ends_at_a_pronoun() -> None:
    # Found by scripts/fuzz.py: the first claim's noun phrase ran on through "we" and the verb
    # claim to DeepSeek-R1. The verb's fix, "release the weights of", made "release" its head
    # noun instead, and a second run tied the claim to GPT-4, named in the next sentence.
    text = "# Open source we open-source DeepSeek-R1. GPT-4 follows.\n"
    findings = analyse(text, path="a.md").findings
    assert [(f.claim, f.model.text) for f in findings] == [("open-source", "DeepSeek-R1")]
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text == "# Open source we release the weights of DeepSeek-R1. GPT-4 follows.\n"
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text


def test_a_hyphen_inside_a_word_is_no_dash_before_a_claim() -> None:
    # Found by scripts/fuzz.py: in a headline, "Mixtral opensource opensource" claims once. The
    # fix wrote "open-weights", and its hyphen, read as the dash of "Llama - Meta's open model",
    # tied the second claim to Mixtral on a second run.
    text = "<h1>Mixtral opensource opensource</h1>\n"
    once = fix_text(text, path="a.html")
    assert once.text == "<h1>Mixtral open-weights opensource</h1>\n"
    assert fix_text(once.text, path="a.html").text == once.text


def test_what_a_fix_writes_is_words_of_its_own() -> None:
    # Found by scripts/fuzz.py: the claim's edges split "open source.5" into words, so the stop
    # ended the walk back from the second claim; the fix's "proprietary.5" the tokenizer kept
    # as one word, the walk went on through it to Claude, and a second run fixed the second claim.
    text = "Claude is open source.5 reasons, all open source.\n"
    once = fix_text(text, path="a.txt")
    assert once.text == "Claude is proprietary.5 reasons, all open source.\n"
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_text_paragraph_opening_with_it_is_read_with_the_one_before() -> None:
    # Found by scripts/fuzz.py: in a text file, "It ..." was read with the paragraph before only
    # while that held a claim too. Once its claim was fixed, "It" was read alone and fell back to
    # the page's title, Llama 2, and a second run fixed "It is open source".
    text = (
        "Llama 2 notes.\n\nBy all accounts, in our tests, truly open-source Llama 2 did well.\n\n"
        "It is open source.\n"
    )
    once = fix_text(text, path="a.txt")
    assert once.text.endswith("source-available Llama 2 did well.\n\nIt is open source.\n")
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_paragraph_with_it_anywhere_in_its_first_sentences_is_read_with_the_one_before() -> None:
    # Found by scripts/fuzz.py: "> It is ..." did not open with "It", so the paragraph before was
    # read with it only while it held a claim. There "it" had two names to choose from and took
    # neither; once the claim was fixed, "it" fell back to the page's title, Gemini.
    text = "Gemini and GPT-4 are open source models.\n\n> It is open source, says a reader.\n"
    once = fix_text(text, path="a.txt")
    assert once.text == "Gemini and GPT-4 are proprietary models.\n\n> It is open source, says a reader.\n"
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_claim_before_a_list_claim_reads_the_same_once_the_list_fix_drops_it() -> None:
    # Found by scripts/fuzz.py: a noun phrase that ended at the next claim reached the names once
    # the list fix had dropped that claim, and a second run gave the first claim a list fix too.
    # Both claims describe the names; one fix drops both.
    text = "Open-source big open-source Llama 2 and Mixtral 8x7B lead.\n"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == "Big Llama 2 (source-available) and Mixtral 8x7B (open weights) lead.\n"
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_paragraph_with_it_is_read_with_the_heading_above_claim_or_not() -> None:
    # Found by scripts/fuzz.py: read with the heading above (which held a claim), "It" found GPT-4
    # too far into the heading's sentence and took no name; once the heading's claim was fixed,
    # the paragraph was read alone and "It" took the page's subject, GPT-4.
    text = "# Notes, in short, on open-source GPT-4\n\nIt is open source, a forum says.\n"
    once = fix_text(text, path="a.md")
    assert once.text == "# Notes, in short, on proprietary GPT-4\n\nIt is open source, a forum says.\n"
    assert fix_text(once.text, path="a.md").text == once.text


def test_the_noun_of_a_fixed_claim_is_no_subject_noun() -> None:
    # Found by scripts/fuzz.py (as found: a lone CR ends the line). A claim with no subject looks
    # to a model named next only after a model noun ("Meta's New Model Is Open Source"); the
    # fix's "open-weights" brought "weights", and a second run tied the next claim to GPT4.
    text = "MPT opensource\ropensource. GPT4"
    once = fix_text(text, path="a.md")
    assert once.text == "MPT open-weights\ropensource. GPT4"
    assert fix_text(once.text, path="a.md").text == once.text


def test_names_after_a_head_noun_read_the_same_with_and_without_a_claim_on_them() -> None:
    # Found by scripts/fuzz.py (as found). "model opensource GPT4 Mixtral": the claim on the names
    # hid them from the first claim's noun; the list fix dropped it, and a second run found
    # "open weight model GPT4". Both claims describe the names; one run fixes both.
    text = "open weight model opensource GPT4, Mixtral"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == "model GPT4 (proprietary), Mixtral (open weights)"
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_names_without_a_separator_are_no_list_before_or_after_a_fix() -> None:
    # Found by scripts/fuzz.py (seed 502). "models like OLMo The open source Mistral 7B model": no
    # comma or "and" joins OLMo to Mistral 7B, so the first claim's list is OLMo alone, before the
    # second claim's fix and after it.
    text = "open source models like OLMo The open source Mistral 7B model Llama 2 is open source."
    once = fix_text(text, path="doc.txt", unsafe=True)
    assert once.text.startswith("open source models like OLMo The open weights Mistral 7B model")
    assert fix_text(once.text, path="doc.txt", unsafe=True).text == once.text


def test_a_title_naming_several_models_is_no_page_subject_before_or_after_a_fix() -> None:
    # Found by scripts/fuzz.py (seed 530). The <h1> "Models such as DeepSeek-R1 and Code Llama are
    # open source models" named the page's subject only once --fix had removed its claim, so "It
    # is open-source" above it changed on a second run. Several models name no single subject.
    text = (
        "<div>It is open-source.</div>\n"
        "<h1>Models such as DeepSeek-R1 and Code Llama are open source models.</h1>\n"
    )
    once = fix_text(text, path="doc.html", unsafe=True)
    assert "<div>It is open-source.</div>" in once.text
    assert fix_text(once.text, path="doc.html", unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("a.md", "# Mistral 7B notes\n\nGemini and Claude are open source.\n- It is open source.\n"),
        (
            "a.rst",
            "Mistral 7B notes\n================\n\n"
            "Gemini and Claude are open source.\n\n- It is open source.\n",
        ),
    ],
)
def test_a_block_whose_claim_was_fixed_is_read_with_its_neighbours_as_before(path: str, text: str) -> None:
    # Found by scripts/fuzz.py (seed 520, a heading after a paragraph). "It" in the list item looks
    # back at the sentence before: with two names there it takes neither. That paragraph was read
    # with the item only while it held a claim; once fixed, "It" fell back to the page's title,
    # Mistral 7B, and a second run rewrote the item. Where a fix wrote its words the block is read
    # as if the claim were still there.
    assert [f.claim for f in analyse(text, path=path).findings] == ["open source", "open source"]
    once = fix_text(text, path=path)
    assert "Gemini and Claude are proprietary." in once.text and "It is open source." in once.text
    assert fix_text(once.text, path=path).text == once.text


def test_a_glued_stop_parts_two_claims_into_two_findings_as_a_spaced_one_does() -> None:
    # The pipeline ends a sentence at "source.It" (a stop between a lower-case word and a capital
    # one); the findings read the same: one finding per sentence, with a space or without.
    spaced = analyse("Llama 2 is open source. It is open source.", path="a.txt").findings
    glued = analyse("Llama 2 is open source.It is open source.", path="a.txt").findings
    assert len(spaced) == len(glued) == 2
    assert [len(f.fix.edits) for f in glued if f.fix] == [1, 1]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("a.txt", "Claude 3 came out.\n\nIt, open weights, open source, is here.\n"),
        ("a.html", "<h1>GPT-4</h1><p>It: open weights, open source.</p>"),
    ],
)
def test_a_claim_word_is_no_verb_between_it_and_a_later_claim(path: str, text: str) -> None:
    # Found by scripts/fuzz.py (seed 603). A verb between "It" and a claim ("It beat the open-source
    # model") makes the claim no description of what "It" stands for; "weights" of "open weights"
    # looked like one ("-s"), so the second claim was about nothing until the fix wrote
    # "proprietary" there, and a second run fixed it. A claim that is no verb holds no verb.
    assert len(analyse(text, path=path).findings) == 2
    once = fix_text(text, path=path)
    assert "open" not in once.text
    assert fix_text(once.text, path=path).text == once.text


def test_a_nul_in_rst_is_an_ordinary_character_not_an_escape() -> None:
    # Found by scripts/fuzz.py (seed 531). docutils marks a backslash escape with NUL inside its
    # nodes, so a NUL of the file's own read as one: "``open source`NUL``" was no inline literal
    # and its claim was reported (and fixed) as prose, while the claim after it, the real prose,
    # was read only once that fix had changed the literal.
    text = "Read ``open source`\x00`` `open source` Phi-4 notes.\n"
    findings = analyse(text, path="a.rst").findings
    assert [f.start for f in findings] == [text.rindex("open source")]
    once = fix_text(text, path="a.rst")
    assert once.text.startswith("Read ``open source`\x00`` `")
    assert fix_text(once.text, path="a.rst").text == once.text


def test_a_claim_reaches_the_same_names_whether_or_not_a_claim_between_is_fixed() -> None:
    # Found by scripts/fuzz.py (seed 605, shrunk): the first claim's noun phrase stopped six words
    # in, and the second claim's two words were among them; once the list fix dropped the second
    # claim, the first reached BLOOM and a second run gave it a list fix too. Another claim's
    # words no longer count, so both claims describe the names from the first run on.
    text = "opensource s e p\nOPEN SOURCE e BLOOM(DeepSeekR1"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert "BLOOM (source-available)" in once.text
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_claim_after_a_name_is_no_more_of_the_name() -> None:
    # Found by scripts/fuzz.py (seed 606): "Llama 3.1 405B OPEN SOURCE" read as a longer proper
    # name, so the first claim named no model until a fix replaced the second one, and a second
    # run fixed the first claim too. A claim is never part of the name before it.
    text = "OPEN SOURCE models like Llama 3.1 405B OPEN SOURCE models like Llama 3.1 405B.\n"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text.startswith("SOURCE-AVAILABLE models like Llama 3.1 405B")
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_superscript_digit_before_a_claim_is_no_count() -> None:
    # Found by scripts/fuzz.py (seed 607): "³" is a digit to str.isdigit() but not to int(), and
    # the count of a noun phrase ("two open-source models") read it as one: an internal error.
    text = "³ open source models like GPT4 open source models like GPT4.\n"
    assert [f.model.text for f in analyse(text, path="a.txt").findings] == ["GPT4", "GPT4"]
    once = fix_text(text, path="a.txt", unsafe=True)
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_claim_and_what_a_fix_writes_for_it_count_as_no_word_in_a_walk_back() -> None:
    # Found by scripts/fuzz.py (seed 610). The walk back from the second claim to a subject counts
    # words up to a limit; "open source" was two of them and put "Claude is" one word out of
    # reach, "proprietary" one, so the second claim was said of Claude only once the first had
    # been fixed, and a second run fixed it. A claim, or what a fix writes, counts as no word.
    # (The seed had "library", a tool noun now: software of its own, said of no model.)
    text = "Claude is open source 🙂 🙂 🙂 🙂 vLLM, an open source system.\n"
    findings = analyse(text, path="a.txt").findings
    fixes = [(f.claim, f.model.text, len(f.fix.edits)) for f in findings if f.fix]
    assert fixes == [("open source", "Claude", 3)]  # both claims, one finding, one fix
    once = fix_text(text, path="a.txt")
    assert once.text == "Claude is proprietary 🙂 🙂 🙂 🙂 vLLM, a proprietary system.\n"
    assert fix_text(once.text, path="a.txt").text == once.text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # The noun phrase of "Open source" reached "models" past the other claim only once the
        # fix had written "proprietary" there: a claim right after it, or a fix's word, counts
        # as none.
        (
            "Open source open-source small fast new chat models such as GPT-4 and Claude.\n",
            "Proprietary proprietary small fast new chat models such as GPT-4 and Claude.\n",
        ),
        # The walk back from the second claim to "among" stopped at the first claim's hyphen,
        # and went on through "proprietary": a claim, like a fix's words, reads as its first word.
        (
            "GPT-4 ranks among open-source smaller open-source models.\n",
            "GPT-4 ranks among proprietary smaller proprietary models.\n",
        ),
        # "big and" looked three words ahead for a model noun and saw only the second claim;
        # once fixed, "weights" of "open-weights" read as one. Another claim's words count as
        # none in that look ahead too.
        (
            "Gemini and Phi-4 are OPEN SOURCE big and open-source models like Phi-4\n",
            "Gemini and Phi-4 are OPEN WEIGHTS big and open-weights models like Phi-4\n",
        ),
    ],
)
def test_a_claim_counts_as_no_word_in_any_reach_before_and_after_its_fix(text: str, fixed: str) -> None:
    # Found while checking the fix of fuzz seed 610: every reach measured in words (a noun
    # phrase's, "among ...", a count, an aside) counts another claim, or what a fix wrote in its
    # place, as no word, so a fix never moves a word in or out of another claim's reach.
    once = fix_text(text, path="a.txt")
    assert once.text == fixed
    assert fix_text(once.text, path="a.txt").text == once.text


def test_a_name_after_and_is_a_clause_of_its_own_not_the_head_of_a_claim() -> None:
    # Found by a probe like scripts/fuzz.py. "GPT" is a model noun ("GPT models"), so "open
    # weights and GPT-4" read as a noun phrase headed by GPT-4: the unsafe fix of "open-sourced",
    # "released with open weights", was then a claim about GPT-4, and a second run rewrote it.
    text = "Falcon 40B was open-sourced and GPT-4 was not.\n"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == "Falcon 40B was released with open weights and GPT-4 was not.\n"
    assert analyse(once.text, path="a.txt").findings == []
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("text", "fixed_part"),
    [
        # The list fix of the second claim wrote "Gemini (proprietary) and DeepSeek-R1 (open
        # weights)"; "proprietary" then ended the first claim's list, which held Gemini alone
        # and got a fix of its own on a second run. In brackets after a name a status is an
        # aside, and the list goes on past it.
        (
            "Llama 2 is OPEN SOURCE- Models such as Gemini and DeepSeek-R1 are open source models.\n",
            "Gemini (proprietary) and DeepSeek-R1 (open weights)",
        ),
        # The fix of "was open-sourced" writes "was released with open weights"; its "open
        # weights" then looked for a noun ahead and found GPT-4 a few words on. The phrase is
        # whole: "with open weights" is said of the model released.
        (
            "Mistral 7B was open-sourced last year - new (v2) GPT-4 and OLMo notes.\n",
            "Mistral 7B was released with open weights last year",
        ),
        # The list fix drops "fully open source"; the walk back from the second claim counted it
        # as a word until then, and reached "are" only once it was gone. A claim, and what a fix
        # writes in its place, count as no word in any reach.
        (
            "MPT-7B and Code Llama are fully open source models very (v2) , new big vLLM, "
            "an Open Source system.\n",  # (the seed's "library" is a tool noun: said of no model)
            "Code Llama (source-available) are models very (v2) , new big vLLM, a System.",
        ),
        # The first list ended where the second claim stood; the list fix dropped that claim, and
        # the first list went on to Code Llama and Claude. "X models like Y" is a class with
        # examples of its own, claim or no claim before it.
        (
            "Open source models like DeepSeek-R1 open source models like Code Llama and Claude.\n",
            "Open weights models like DeepSeek-R1 models like Code Llama (source-available)",
        ),
        # "weights" of the fix's "release the weights of" read as a model noun, so "falcon is open
        # source" (no name) went looking for a model named next and found Phi-4 (fuzz seed 613).
        # A fix's words are no noun of the sentence, as a claim's are not.
        (
            "We open-source Llama 2 today. falcon is open source. Phi-4 is next.\n",
            "We release the weights of Llama 2 today. falcon is open source. Phi-4 is next.\n",
        ),
        # "released" of the fix's "is released with open weights" read as a release verb, so the
        # nameless "We open source falcon" went looking for a model named next and found Phi-4
        # (fuzz seed 618). A fix's words are no verb of the sentence either.
        (
            "The Qwen model Falcon 40B is open-sourced.\n"
            "* We open source falcon today. Phi-4 is open source.\n",
            "Falcon 40B is released with open weights.",
        ),
    ],
)
def test_what_an_unsafe_fix_writes_reads_as_it_was_meant(text: str, fixed_part: str) -> None:
    # Found by a probe like scripts/fuzz.py: the words an unsafe fix writes were read as a new
    # description of another model, and a second run rewrote them.
    once = fix_text(text, path="a.txt", unsafe=True)
    assert fixed_part in once.text
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("a.md", "Open source models:\n\n* OLMo, GPT-4 is open source.\n* Mixtral 8x7B\n"),
        # The shape fuzz seed 614 found: a paragraph ending in "::" leads the list past its
        # literal block.
        (
            "a.rst",
            "opensource models like BLOOMExample::\n\n    x\n\n"
            "* OLMo. Mistral 7B is open source.\n* Mixtral 8x7B\n",
        ),
    ],
)
def test_a_fix_in_a_list_item_keeps_the_items_its_lead_in_covers(path: str, text: str) -> None:
    # Found by scripts/fuzz.py (seed 614). The lead-in's claim covers OLMo and Mixtral 8x7B, a
    # mixed list, so it gets no safe fix. Once the item's own claim was fixed, its "proprietary"
    # (or the "weights" of "open weights") set the OLMo item apart from the class, the lead-in
    # covered Mixtral 8x7B alone, and a second run fixed it. A claim, and what a fix writes in
    # its place, is no word that sets an item apart.
    findings = analyse(text, path=path).findings
    lead_in = findings[0]
    assert (lead_in.model.text, len(findings)) == ("Mixtral 8x7B", 2)
    once = fix_text(text, path=path)
    assert once.text.lower().startswith(text[:10].lower())  # the mixed list's claim stays
    assert once.text != text
    assert fix_text(once.text, path=path).text == once.text
    assert [f.model.text for f in analyse(once.text, path=path).findings] == ["Mixtral 8x7B"]


@pytest.mark.parametrize(
    ("path", "text", "unsafe", "fixed"),
    [
        # Premodifiers coordinated after "its": three words at most between "and" and the claim,
        # and "open source" was two of them where "proprietary" is one.
        (
            "a.txt",
            "Claude, its open-source big and fast open source LLM.\n",
            False,
            "Claude, its proprietary big and fast proprietary LLM.\n",
        ),
        # The three words after a heading's name that make it software ("Phi-4 Python SDK"):
        # "opensource" was one of them, "open-weights" two, so the SDK came into reach only
        # once the heading was fixed, and "It" lost its model on a second run. An SDK is a tool
        # noun now, so the heading's claim is the SDK's from the first run: nothing to fix.
        (
            "a.md",
            "# Phi-4 opensource Python SDK\n\nIt is open source.\n",
            False,
            "# Phi-4 opensource Python SDK\n\nIt is open source.\n",
        ),
        # A quoted phrase closes within five words of its claim: "source-available" brought the
        # closing quote into reach, "released with open weights" put a verb in it.
        (
            "a.txt",
            'I wrote "open-source Claude opensource Llama 2" today.\n',
            False,
            'I wrote "open-source Claude source-available Llama 2" today.\n',
        ),
        (
            "a.txt",
            'I wrote "open-source Mistral 7B open sourced" in every post.\n',
            True,
            'I wrote "open-source Mistral 7B released with open weights" in every post.\n',
        ),
        # An answer's frame names its model within four words: "open source" took two and
        # "proprietary" one, so the question's claim found GPT-4 only on a second run.
        (
            "a.txt",
            "Which open-source model is best? We'd pick open source GPT-4.\n",
            False,
            # (The question's own claim gets only an unsafe fix: it is the asker's words.)
            "Which open-source model is best? We'd pick proprietary GPT-4.\n",
        ),
        # A software noun followed within two words by a model noun is a model ("code
        # model"): the "weights" of the fix's "OPEN WEIGHTS" read as one, and the first claim,
        # about the library, became a claim about Qwen2.5 (found by a dense probe).
        (
            "a.txt",
            "Try the opensource library OPEN SOURCE Qwen2.5 today.\n",
            False,
            "Try the opensource library OPEN WEIGHTS Qwen2.5 today.\n",
        ),
        # "as", "under" or "available" a few words before a claim make it a secondary predicate
        # ("available open source"): the "available" of the fix's "source-available" read as
        # one, and the second claim was said of Llama on a second run.
        ("a.md", "Llama open source open source\n", False, "Llama source-available open source\n"),
        # A name followed by a software noun within three words is a modifier ("Mistral 7B API
        # LLMs"): "open-weights" put a model noun ("weights") before the software noun, and the
        # first claim found Mistral 7B on a second run (found by a dense probe).
        (
            "a.txt",
            "open-source Mistral 7B opensource API LLMs\n",
            False,
            "open-source Mistral 7B open-weights API LLMs\n",
        ),
        # A model noun right before "open-sourced" is what was open-sourced ("the models
        # open-sourced by Meta"): the "weights" of "OPEN WEIGHTS" read as one. (The participle
        # is one more attribute of the name before, as in "X — a MoE, open-sourced under MIT",
        # the same before the fix and after it.)
        (
            "a.md",
            "Phi-4 an OPEN SOURCE open-sourced\n",
            True,
            "Phi-4 an OPEN WEIGHTS released with open weights\n",
        ),
        # The walk back from a claim to its subject stepped over "open-sourced" but stopped at the
        # "with" of its fix, "released with open weights": a fix's words are none of the walk.
        (
            "a.md",
            "DeepSeek-R1 open-sourced is open sourcing was Llama",
            True,
            "DeepSeek-R1 released with open weights is open sourcing was Llama",
        ),
        # Examples after a claim whose head is no noun ("open weights like GPT-4") need plain
        # words between: the "-" of "open-sourced" was none, its fix's words were.
        (
            "a.txt",
            "DeepSeek-R1 are open weights open-sourced like GPT-4",
            True,
            "DeepSeek-R1 are proprietary released with open weights like GPT-4",
        ),
        # A title's topic ("GPT4 ...: which ...") may have three words after its name: two
        # claims made four, "PROPRIETARY open weights" three.
        (
            "a.rst",
            "GPT4 OPEN SOURCE open weights : which opensource",
            False,
            "GPT4 PROPRIETARY open weights : which proprietary",
        ),
        # The object of "open sourcing" stopped at the "source" of another claim before "from",
        # but read past "open-weights" to Mixtral: a claim is no object.
        (
            "a.md",
            "* Qwen2.5 open sourcing proprietary as open-source from Mixtral",
            True,
            "* Qwen2.5 releasing the weights of proprietary as open-weights from Mixtral",
        ),
        # A superlative within three words before a claim keeps a question's claim ("Is X the
        # top open-source model?"): "top" was out of reach past "open-weights", within it past
        # "proprietary".
        ("a.txt", "GPT-4 : top open-weights Open Source ?", False, "GPT-4 : top proprietary Proprietary ?"),
        # A model noun followed by a claim and a name ("weights opensource Llama") reads the name
        # past the claim; it stopped at the "source-available" a safe fix wrote there.
        (
            "a.txt",
            "GPT4 open-weights weights\nopensource Llama",
            False,
            "GPT4 open-weights weights\nsource-available Llama",
        ),
        # "which X open-sourced": the "-" of the fix's "source-available" between "which" and
        # the verb was a mark that ended the walk, the claim before it none.
        (
            "a.txt",
            "Mistral which open source open sourcing BLOOM",
            True,
            "Mistral which source-available releasing the weights of BLOOM",
        ),
        # "it" stands for the one model its sentence names, a maker before "released" left out:
        # the "released" a fix wrote made OLMo a maker, the claim it replaced did not.
        (
            "a.txt",
            "OLMo open-sourced DeepSeek-R1 open sourcing it",
            True,
            "OLMo released the weights of DeepSeek-R1 open sourcing it",
        ),
        # A maker's description ("Meta's new big model") reaches three premodifiers back.
        (
            "a.txt",
            "Llama 2 shipped. Meta's new open source big model is open source.\n",
            False,
            "Llama 2 shipped. Meta's new source-available big model is source-available.\n",
        ),
    ],
)
def test_a_claim_counts_as_no_word_in_every_short_reach(
    path: str, text: str, unsafe: bool, fixed: str
) -> None:
    # Found by a probe like scripts/fuzz.py: the checks that look a few words around a claim
    # counted another claim's words, and what a fix wrote in its place, as words (or verbs, or
    # marks), so a fix moved a word in or out of their reach and a second run changed the file.
    once = fix_text(text, path=path, unsafe=unsafe)
    assert once.text == fixed
    assert fix_text(once.text, path=path, unsafe=unsafe).text == once.text


def test_stacked_claims_over_one_list_are_both_dropped_in_one_run() -> None:
    # Found by a dense probe: each claim gets the unsafe list fix, and the first one's capital
    # for the next word ("Open source open-weights" -> "Open-weights") ran into the second
    # claim, so that fix waited for a second run, which wrote every status twice. Another
    # claim's first letter is its own fix's to change.
    text = "Open source open-weights models like GPT-4 and Falcon 40B.\n"
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text == "models like GPT-4 (proprietary) and Falcon 40B (open weights).\n"
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text


def test_a_fix_does_not_make_a_line_short_enough_for_a_title() -> None:
    # Found by a dense probe: a line of at most 100 characters without a full stop reads as a
    # title, where "GPT-4 Now Open Source" drops its "is". The fix of "truly open-source" took
    # the line from 105 characters to 99, and a second run fixed the headline claim. Claims,
    # and what fixes write, count as no characters.
    text = (
        "Our truly open-source GPT-4 review with notes on speed, cost and context, plus tips "
        "GPT-4 Now Open Source\n"
    )
    once = fix_text(text, path="a.md")
    assert once.text.endswith("plus tips GPT-4 Now Proprietary\n")
    assert fix_text(once.text, path="a.md").text == once.text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # A nameless model released in one paragraph is the subject named next; "Open source"
        # before Claude was a word of the lead, so the first claim found Claude only once the
        # list fix had dropped it. A claim is no word of that lead.
        (
            "Acme released a new open-source model.\n\nOpen source Claude and Phi-4 lead the chart.\n",
            "Acme released a new proprietary model.\n\n"
            "Claude (proprietary) and Phi-4 (open weights) lead the chart.\n",
        ),
        # "GPT-4 open sourcing" reads the name before the verb as what it is about; once the list
        # fix had written "GPT-4 (proprietary)", the bracket hid the name and the verb took Phi-4
        # on the next line as its object. A status in brackets is an aside, as in a list.
        (
            "open-source Mistral 7B or GPT-4 open sourcing\n* Phi-4",
            "Mistral 7B (open weights) or GPT-4 (proprietary) open sourcing\n* Phi-4",
        ),
    ],
)
def test_what_a_list_fix_writes_leaves_other_claims_reading_the_same(text: str, fixed: str) -> None:
    # Found by a dense probe (random sentences of names, claims and small words).
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == fixed
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_suffix_a_fix_keeps_counts_the_same_before_and_after_it() -> None:
    # Found by scripts/fuzz.py (seed 622). A heading opening with a name is the section's subject
    # unless the three words after the name make it software; "open-source-ish" was read as one
    # claim word, its "-ish" gone with it, while the fix keeps "-ish" ("proprietary-ish"), so
    # "library" was in reach before the fix and out of it after, and the fragment below took
    # Gemini as its subject only on a second run.
    text = "# Gemini is open-source-ish. SOURCE library\nopen\xa0source."
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text == "# Gemini is proprietary-ish. SOURCE library\nproprietary."
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # Two claims stacked before a list: the list fix drops the first, and "open weights"
        # before them reached the names only past one claim, so it found the list on a second
        # run. A run of claims reads as none of them.
        (
            "open weights one open-source open-sourced Llama and GPT-4\n",
            "one open-sourced Llama (source-available) and GPT-4 (proprietary)\n",
        ),
        # The list fix writes "(proprietary)" after Claude: the name before the second claim
        # stood right before it only without that status, so the claim fell to the line's first
        # name on a second run. A status in brackets after a name is no word between them.
        (
            "Falcon 40B open-source OLMo ( Claude open-source models\n",
            "Falcon 40B OLMo (open source) ( Claude (proprietary) open-source models\n",
        ),
    ],
)
def test_a_claim_reads_the_same_names_after_a_list_fix_drops_a_claim_before_them(
    text: str, fixed: str
) -> None:
    # Found by a dense probe (random sentences of names, claims and small words).
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == fixed
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # "making its bilingual models open source" reads the noun before the claim; a claim
        # stacked on it stood there, and its fix's "open-weights" brought "weights" in its place.
        (
            "LG released Phi-4, making its bilingual models opensource opensource.\n",
            "LG released Phi-4, making its bilingual models open-weights open-weights.\n",
        ),
        # "went from A to the most downloaded open-source model": the words between "to" and the
        # claim are premodifiers; the hyphen of another claim was none, the "proprietary" its fix
        # wrote one.
        (
            "how GPT-4 went from a leaked research model to the most open-weights downloaded open source"
            " model family\n",
            "how GPT-4 went from a leaked research model to the most proprietary downloaded proprietary"
            " model family\n",
        ),
        # "Open-source models lag behind: X scored 71, ...": only determiners and adverbs may come
        # before the class, and another claim counted as a word.
        (
            "Open-source open-source models lag behind: Phi-4 scored 71, and OLMo scored 74.\n",
            "models lag behind: Phi-4 (open weights) scored 71, and OLMo (open source) scored 74.\n",
        ),
        # "X, open-sourced by Meta, ...": "by Meta" qualifies a model noun before it, not the
        # "weights" of "released with open weights" a fix writes.
        (
            "Claude, now Phi-4 open-sourced by Meta, open-source leads.\n",
            "Claude, now Phi-4 released with open weights by Meta, open-source leads.\n",
        ),
        # "Grok-1, open-sourced by ...": an aside after the name, past adverbs and another claim.
        (
            "Grok-1, open-source open-sourced now open-source Llama 2 and GPT-4 open-sourced by Meta,"
            " leads.\n",
            "Grok-1, released with open weights now open-source Llama 2 (source-available) and GPT-4"
            " (proprietary) open-sourced by Meta, leads.\n",
        ),
        # "If you want an open-source model, try X or Y": the picks are the names, whether or not a
        # claim stands on them (the list fix drops it).
        (
            "If you want a good open-source model, just try open-source Phi-4 or OLMo.\n",
            "If you want a good model, just try Phi-4 (open weights) or OLMo (open source).\n",
        ),
    ],
)
def test_a_reach_limited_check_reads_the_same_before_and_after_a_fix(text: str, fixed: str) -> None:
    # Found by a probe of templates that set off one check each, with claims, fix words and
    # names dropped into its reach: each check counted another claim, what a fix writes or a
    # list fix's bracketed status as words, so a fix changed what it read and a second run
    # changed the file again.
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == fixed
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


def test_a_claim_that_ends_a_list_before_it_keeps_its_place_in_one_run() -> None:
    # Found by a template probe. The first claim's list ends at the second claim, which stands on
    # names of its own ("... and big open-source GPT-4 or Phi-4"); the list fix dropped it, and
    # the first list ran on to GPT-4 and Phi-4 on a second run. Such a claim gets no list fix
    # (its findings stay, each with its status in the message).
    text = "open-weights Mistral 7B and big open-source GPT-4 or Phi-4 lead.\n"
    once = fix_text(text, path="a.txt", unsafe=True)
    assert once.text == text
    assert {f.model.text for f in once.result.findings} == {"GPT-4", "Phi-4"}
    assert fix_text(once.text, path="a.txt", unsafe=True).text == once.text


# -- very large files: read in windows --------------------------------------------------------


def test_a_text_past_the_readers_budget_is_read_in_windows_that_end_at_blank_lines() -> None:
    from itertools import pairwise

    from linter.readers.plaintext import windows

    text = "".join(f"Paragraph {n} about nothing much.\n\n" for n in range(40))
    spans = list(windows(text, 100))
    assert len(spans) > 5
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in pairwise(spans))  # no gap, no overlap
    assert all(text[end : end + 2] == "\n\n" for _, end in spans[:-1])


def test_a_file_read_in_windows_gives_the_findings_and_fixes_of_one_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # R28: past the readers' budget a file is read as plain text a window at a time, so memory
    # holds the text and one window's prose. Offsets, fixes and notices are those of the whole.
    import linter.readers as readers

    paragraphs = [
        "Mistral 7B is an open-source model.",
        "We ship GPT-4 as an open-source model 🚀.",
        "OLMo is open source, and so is Pythia.",
        "Open-source models like Llama 2 and Phi-4 lead the chart.",
        "Nothing to see in this one.",
    ]
    text = "".join(f"{paragraphs[n % len(paragraphs)]}\n\n" for n in range(60))
    whole = analyse(text, path="big.md")  # under the budget: the Markdown reader, all at once
    fixed_whole = fix_text(text, path="big.md", unsafe=True)
    monkeypatch.setattr(readers, "READER_BUDGET", 1000)
    monkeypatch.setattr(readers, "WINDOW", 400)
    windowed = analyse(text, path="big.md")
    assert len(list(readers.read_windows(text, "big.md"))) > 5
    assert [n for n in windowed.notices if "read as plain text" in n]
    key = [(f.start, f.end, f.code, f.model.start, f.model.end, f.fix) for f in windowed.findings]
    assert key == [(f.start, f.end, f.code, f.model.start, f.model.end, f.fix) for f in whole.findings]
    assert len(windowed.findings) > 40
    assert fix_text(text, path="big.md", unsafe=True).text == fixed_whole.text


def test_a_colon_past_a_full_stop_spells_out_no_class() -> None:
    # Found by scripts/fuzz.py (seed 812): where no sentence break was found (a document of
    # comments, front-matter lines and a table run together), a class's phrase "a open‑source
    # model from Meta." reached the colon of a later "title:" line and took the names after it;
    # once other claims were fixed it read its own name instead, and a second run changed the
    # file again. A full stop ends the phrase a colon may close.
    text = (
        "\u200d { Meta released Llama-2-7b-hf, a open‑source model from Meta.<!-- It is open\nsource. "
        "x\x91\x8c\x13¸\U0009ff8b2ð(Xª= »,=bW\x01¯ Falcon 40B and Llama 2 are open-source-ish. --><!--"
        " Ⱦ --><!-- vLLM, an open-source-ish library for serving Code Llama. Meta released llama, a tr"
        "uly open-source model from Meta. Is Mistral&nbsp;7B fully open source? It is Open Source. -->"
        "---\ntitle: \u200b Llama 2 is open-source-ish. \u200e ß\nmodel: Mistral 7B\n---| Model | Note"
        's |\n|---|---|\n| "OLMo is open\xa0source", they said. \U0010d945\U000b2d66\x107ò Is Gemma 3 '
        "open source? | Models such as Gemini and GPT4 are open\xa0source models. &#x27; vLLM, an trul"
        "y open-source library for serving BLOOM. Meta released Llama 2, a open‑source model from Meta"
        ". |"
    )
    once = fix_text(text, path="doc.md", unsafe=False)
    assert fix_text(once.text, path="doc.md", unsafe=False).text == once.text


def test_a_title_is_measured_without_its_claims() -> None:
    # Found by scripts/fuzz.py (seed 814): a first heading of 201 characters was over the
    # length a title may have, so the page had no subject; the fix of a claim in it made it
    # shorter, the page's subject became the model it names, and "It is open source" at its
    # start took that model on a second run. Claims and what a fix writes count as nothing.
    text = (
        "## It is open\xa0source. Ön &#x27; ##[Phi-4 was truly open-source last year.]"
        "(https://example.org/Llama-2-7b-hf, an Open Source model, is here.) and <https://x.y/Phi-4 "
        "was truly open-source last year.>---\ntitle: vLLM, an open\nsource library for serving "
        "GPT-4. Gemma 3 is `open source`.\nmodel: Mistral&nbsp;7B\n---"
    )
    once = fix_text(text, path="doc.md", unsafe=False)
    assert fix_text(once.text, path="doc.md", unsafe=False).text == once.text


@pytest.mark.parametrize(
    ("path", "text", "fixed"),
    [
        # A footnote under a table (found by a template probe): the list fix dropped the claim that
        # opened the paragraph, Llama 2 became its first word and so its subject, and "it" took
        # Llama 2 on a second run.
        (
            "a.md",
            "| Model | Score |\n|---|---|\n| Llama 2 | 1 |\n| GPT-4 | 2 |\n\n"
            "† open-source Llama 2 and GPT-4 denote the runs we tested; it is opensource.\n",
            "† Llama 2 (source-available) and GPT-4 (proprietary) denote the runs we tested; "
            "it is opensource.\n",
        ),
        ("a.md", "Open-source Gemini and Falcon 40B are here. It is opensource.\n", "It is opensource.\n"),
        # Names a bare comma lists, as the claim before them reads them.
        (
            "a.md",
            "Open source GPT-4, Llama 2,open source here.It is open source.\n",
            "here.It is open source.\n",
        ),
        # A text file's first line is its title: a title that opens with a list of names has no
        # one subject either.
        ("a.txt", "Open-source Gemini and Falcon 40B denote our runs; it is opensource.\n", "opensource.\n"),
        # A table row is named by the model its first cell opens with, a claim before it or not.
        (
            "a.md",
            "| Model | Open |\n|---|---|\n| Open-source Gemini and Falcon 40B | opensource |\n",
            "| Gemini (proprietary) and Falcon 40B (open weights) | proprietary |\n",
        ),
        # A list item over which a lead-in stands is led by its first name, past a claim.
        (
            "a.md",
            "Open source models:\n\n* open-source OLMo and GPT-4\n* Mixtral 8x7B\n",
            "Models:\n\n* OLMo (open source) and GPT-4 (proprietary)\n* Mixtral 8x7B (open weights)\n",
        ),
    ],
)
def test_a_block_opening_with_a_claim_over_a_list_has_the_subject_it_has_once_fixed(
    path: str, text: str, fixed: str
) -> None:
    # A block that opens with a claim has no name for its first word; the list fix drops the claim
    # and leaves the list of names to open it. A list of names ("Llama 2 and GPT-4 ...") names no
    # one model, so neither text gives the paragraph (or the page) a subject for "it"; a table
    # row and a list item are named by their first model in both.
    once = fix_text(text, path=path, unsafe=True)
    assert once.text != text and once.text.endswith(fixed)
    assert fix_text(once.text, path=path, unsafe=True).text == once.text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # robust8's known case (a template probe): "OLMo (open source)" was read as said of all
        # three names, so check reported findings on what the fix wrote; and the brackets counted
        # as words, so the names before the dash were no longer the topic of "It", which took
        # GPT-4 from the table on a second run.
        (
            "| Model | Score |\n|---|---|\n| Llama 2 | 1 |\n| GPT-4 | open source |\n\n"
            "> open source Phi-4, GPT-4 or OLMo — see the table; It is opensource.\n",
            "> Phi-4 (open weights), GPT-4 (proprietary) or OLMo (open source) — see the table; "
            "It is opensource.\n",
        ),
        # The README's example: "(open source)" after Pythia was a finding about LLaMA.
        (
            "Open-source LLMs like LLaMA and Pythia are popular.\n",
            "LLMs like LLaMA (source-available) and Pythia (open source) are popular.\n",
        ),
    ],
)
def test_each_status_a_list_fix_writes_is_said_of_its_own_name_alone(text: str, fixed: str) -> None:
    # A list fix writes a status in brackets after every name: the last bracket is the last name's,
    # as the others are theirs, and the brackets are no words between the names and what follows.
    once = fix_text(text, path="a.md", unsafe=True)
    assert once.text.endswith(fixed)
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text
    statuses = [f for f in analyse(once.text, path="a.md").findings if once.text[f.start - 1] == "("]
    assert statuses == []


def test_a_list_fix_is_held_back_only_where_dropping_the_claim_joins_a_list_before_it() -> None:
    # The list fix drops the claim; where a name and a list separator stand before it, the names
    # after would join that name's list ("GPT-4, Llama 2 (source-available) and Mistral 7B"), and
    # the statuses it writes would be read of GPT-4 too. A comma that closes a fronted phrase
    # ("Unlike GPT-4,") separates no list: there the fix applies.
    joined = "We use GPT-4, open-source Llama 2 and Mistral 7B.\n"
    assert fix_text(joined, path="a.md", unsafe=True).text == joined
    fronted = "Unlike GPT-4, open-source Llama 2 and Mistral 7B are free.\n"
    once = fix_text(fronted, path="a.md", unsafe=True)
    assert once.text == "Unlike GPT-4, Llama 2 (source-available) and Mistral 7B (open weights) are free.\n"
    assert fix_text(once.text, path="a.md", unsafe=True).text == once.text
    assert analyse(once.text, path="a.md").findings == []


@pytest.mark.parametrize(
    "text",
    [
        # Not the shape a fix writes: one bracket after the last name may describe them all.
        "We tested Phi-4, GPT-4 or OLMo (open source).",
        # Nor a second bracket after the last name's own.
        "Phi-4 (open weights), GPT-4 (proprietary) or OLMo (proprietary) (all open source) win.",
    ],
)
def test_a_status_in_brackets_after_a_list_is_the_lists_unless_it_is_the_last_names_own(text: str) -> None:
    assert {f.model.text for f in analyse(text, path="a.md").findings} >= {"Phi-4", "GPT-4"}


def test_no_list_fix_where_a_name_has_a_status_in_brackets_already() -> None:
    # Found by a probe of lists, brackets and fronted phrases: the list fix wrote "Llama 2
    # (source-available) (open source)", and the writer's bracket, now after the fix's, was read
    # as said of Llama 2 alone and fixed on a second run.
    text = "Open-source Phi-4 and Llama 2 (open source) or Gemini lead.\n"
    assert fix_text(text, path="a.md", unsafe=True).text == text
    # Other brackets leave the status its place.
    once = fix_text("Open-source Phi-4 and Llama 2 (Meta) lead.\n", path="a.md", unsafe=True)
    assert once.text == "Phi-4 (open weights) and Llama 2 (source-available) (Meta) lead.\n"


def test_a_reply_denying_a_claim_still_denies_it_once_its_words_are_fixed() -> None:
    # Found by scripts/fuzz.py (seed 972) on this stop's rebuttal rule: "X is open source." taken
    # back by "X isn't really open source, but X is." (the same name and a denied claim). The
    # denying clause's claim, said of the "but X is" ellipsis, was fixed in the first run; its
    # fixed words no longer read as a claim, the rebuttal was gone, and a second run fixed the
    # first sentence. What a fix writes stands where the claim stood, for the denial too.
    text = "Llama 2 is open source. Llama 2 isn't really open source, but Llama 2 is.\n"
    for unsafe in (False, True):
        once = fix_text(text, path="doc.txt", unsafe=unsafe)
        assert fix_text(once.text, path="doc.txt", unsafe=unsafe).text == once.text


def test_a_phrase_before_a_colon_stops_at_a_label_on_the_next_line() -> None:
    # Found by scripts/fuzz.py, seed 981: "a open source model from Meta.---" ran on over the
    # line break to "title:" and "model: Falcon 40B", and the claim was fixed as Falcon 40B's
    # ("an open weights model"); the next run read "open weights" as GPT4's and fixed it again.
    text = "Meta released GPT4, a open source model from Meta.---\ntitle: The GPT4 model\nmodel: Falcon 40B\n"
    once = fix_text(text, path="a.md")
    assert once.text.startswith("Meta released GPT4, a proprietary model from Meta.---\n")
    assert fix_text(once.text, path="a.md").text == once.text


def test_a_bracket_reads_no_noun_from_the_paragraph_before() -> None:
    # Found by scripts/fuzz.py, seed 991: "all models used (X, Y) are open source" takes the names
    # in a bracket when a noun for them stands before it. Once "Mistral 7B is open source." was
    # fixed to "... open weights.", the written "weights" of the paragraph before stood before
    # "[Llama 2 ...]" and a second run found Llama 2 in a sentence that does not name it.
    text = "Mistral 7B is open source.\n\n[Llama 2 is open-source-ish.]: https://x.orgLlama 2 is open source."
    once = fix_text(text, path="a.md")
    assert fix_text(once.text, path="a.md").text == once.text


def test_a_form_feed_in_rst_moves_no_line_of_a_literal_block() -> None:
    # Found by scripts/fuzz.py, seed 995: docutils reads a form feed (or a vertical tab) as a
    # space, Python's splitlines as a line break. Counted as one, every line after it was taken
    # one line late: the literal block's claim was read as prose and fixed, the paragraph after
    # it masked, and a second --fix changed that one.
    claim = "Llama 2 is open source."
    text = f"{claim}\n\n\x0c\n\nExample::\n\n    {claim}\n{claim}"
    once = fix_text(text, path="doc.rst")
    assert once.text.endswith("Example::\n\n    Llama 2 is open source.\nLlama 2 is source-available.")
    assert fix_text(once.text, path="doc.rst").text == once.text


@pytest.mark.parametrize(
    "text",
    [
        # Found by scripts/fuzz.py, seed 1002: the denial was read as taking the first claim back,
        # but it carries the echo's claim ("but Llama 2 is"), which the unsafe fix rewrote; the
        # second run saw no denial and fixed the first claim too.
        "Llama 2 is open source. Llama 2 is open source. Llama 2 isn't really open source, but Llama 2 is.",
        # A correction two sentences on, which the fix rewrites ("open weights" -> "proprietary").
        "GPT-4 is open source. It is fast. Well, it's open weights.",
    ],
)
def test_a_later_denial_or_correction_reads_the_same_after_a_fix(text: str) -> None:
    for unsafe in (False, True):
        once = fix_text(text, path="doc.md", unsafe=unsafe)
        assert fix_text(once.text, path="doc.md", unsafe=unsafe).text == once.text


def test_a_run_of_spaces_in_a_name_after_its_makers_possessive_is_no_error() -> None:
    # Found in review: the rest of a name after a maker's possessive was looked up again with one
    # space between its words, so "Mistral's Small  3.1" (two spaces) raised an internal error.
    # The name is read where it stands, spaces and all, and its offsets are the text's.
    text = "Mistral's Small  3.1 is open source.\n"
    [finding] = analyse(text, path="a.md").findings
    assert (finding.model.text, finding.code) == ("Small  3.1", "OW101")
    assert text[finding.model.start : finding.model.end] == "Small  3.1"
    once = fix_text(text, path="a.md")
    assert fix_text(once.text, path="a.md").text == once.text
