"""``openwash scan`` end to end, on a real Dask cluster: two worker processes over TCP on localhost,
started through ``distributed`` once for the whole module.

The findings it writes must be exactly those ``openwash check`` reports for the same texts; a
worker killed mid-run, a Ctrl-C and a rerun must neither lose nor duplicate a row.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from tests.check_cli import run_check  # noqa: E402

# Passages as an archive of news and press text would hold them; ids say what each one tests.
PASSAGES = {
    "mistral-release": "# Release notes\n\nWe now serve Mistral 7B, an open-source model, on every plan.\n",
    "llama-said": "Meta says Llama 3 is open source, the company said on Tuesday.",
    "olmo-right": "OLMo is an open-source language model: its data and training code are public.",
    "negated": "GPT-4o is not open source, whatever the ad suggests.",
    "two-models": (
        "Startups build on DeepSeek-R1, the open-source reasoning model.\n\n"
        "Others pick Gemma 2, another open-source option, for its size."
    ),
    "verb": "The lab open-sourced Phi-4 in December.",
    "software": "vLLM, an open-source library for serving Llama 2, got faster again.",
    "list": "Our favourite open-source models:\n\n- Llama 2\n- Falcon 180B\n- Pythia\n",
    "quiet": "Nothing about any model here: a changelog entry about the build.",
    "gpt": "Is GPT-4 open source? No. But the blog calls GPT-4 an open source model anyway.",
}
HTML_PASSAGE = "<p>Claude 3 is an <b>open-source</b> assistant.</p>\n<pre>Llama 2 is open source</pre>\n"
SOURCES = ("Daily Wire Service", "Tech Weekly", "Lab Blog")
MONTHS = ("2024-01", "2024-02", "2024-03", "2024-05")


def _news_records() -> list[dict]:
    records = []
    for i in range(36):
        key = list(PASSAGES)[i % len(PASSAGES)]
        records.append(
            {
                "id": f"news-{i:02d}-{key}",
                "text": PASSAGES[key],
                "published": f"{MONTHS[i % len(MONTHS)]}-{1 + i % 27:02d}T09:30:00Z",
                "outlet": SOURCES[i % len(SOURCES)],
                "link": f"https://news.example/{i}",
            }
        )
    records.append(
        {
            "id": "news-html",
            "text": HTML_PASSAGE,
            "kind": "html",
            "published": "2024-02-03",
            "outlet": SOURCES[0],
        }
    )
    return records


def _write_archive(folder: Path) -> dict:
    """news.jsonl.gz and press.parquet, with dates, sources and bad records of every kind."""
    folder.mkdir(parents=True, exist_ok=True)
    news = _news_records()
    with gzip.open(folder / "news.jsonl.gz", "wb") as out:
        for i, record in enumerate(news):
            out.write(json.dumps(record).encode() + b"\n")
            if i == 3:
                out.write(b'{"id": "no-text", "title": "a record without its text"}\n')
            if i == 7:
                out.write(b'{"id": "bad-bytes", "text": "Mistral 7B \xff\xfe open source"}\n')
            if i == 11:
                out.write(b'{"id": "truncated", "text": "Llama 2 is open\n')
            if i == 13:
                out.write(b"\n")  # a blank line is no record
            if i == 17:
                huge = "Llama 2 is open source. " * 440_000  # 10.6 MB
                out.write(json.dumps({"id": "huge", "text": huge}).encode() + b"\n")
    press = [
        {
            "id": f"press-{i:02d}",
            "text": list(PASSAGES.values())[(i * 3) % len(PASSAGES)],
            "published": datetime.datetime(2024, 1 + i % 6, 2, 12, 0),
            "outlet": SOURCES[(i + 1) % len(SOURCES)],
            "link": f"https://press.example/{i}",
        }
        for i in range(14)
    ]
    press.append({"id": "press-null", "text": None, "published": None, "outlet": "Lab Blog", "link": None})
    table = pa.Table.from_pylist(
        press,
        schema=pa.schema(
            [("id", pa.string()), ("text", pa.string()), ("published", pa.timestamp("ms")),
             ("outlet", pa.string()), ("link", pa.string())]
        ),
    )  # fmt: skip
    pq.write_table(table, folder / "press.parquet", row_group_size=4)
    good = [r for r in news if r.get("text")] + [r for r in press if r["text"] is not None]
    return {
        "records": good,
        "bad": {"no 'text' field": 2, "invalid UTF-8": 1, "invalid JSON": 1, "too large": 1},
    }


SCAN_FIELDS = [
    "--id-field", "id", "--date-field", "published", "--source-field", "outlet", "--url-field", "link",
    "--format-field", "kind",
]  # fmt: skip


def openwash(*args: str, timeout: float = 240, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, talking TCP on localhost."""
    import logging

    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        yield local.scheduler_address, client


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("archive")
    return folder, _write_archive(folder)


@pytest.fixture(scope="module")
def scanned(cluster, archive, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    address, _ = cluster
    folder, _ = archive
    out = tmp_path_factory.mktemp("scan") / "out"
    proc = openwash(
        "scan", str(folder / "news.jsonl.gz"), str(folder / "press.parquet"), "--out", str(out),
        "--scheduler", address, "--partition-size", "5", "--report", "--progress", *SCAN_FIELDS,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return out, proc


def _rows(out: Path) -> list[dict]:
    return pq.read_table(out / "findings").to_pylist()


def _key(row: dict) -> tuple:
    return (row["record_id"], row["line"], row["column"], row["end_line"], row["end_column"], row["code"],
            row["model_id"], row["model_text"], row["claim"])  # fmt: skip


def test_scan_finds_what_check_finds_record_for_record(scanned, archive, tmp_path) -> None:
    out, proc = scanned
    _, expected = archive
    for record in expected["records"]:
        suffix = ".html" if record.get("kind") == "html" else ".md"
        (tmp_path / f"{record['id']}{suffix}").write_text(record["text"], encoding="utf-8")
    result = run_check("--isolated", "--format", "json", str(tmp_path))
    from_check = Counter(
        (Path(f["path"]).stem, f["line"], f["column"], f["end_line"], f["end_column"], f["code"],
         f["model"]["id"], f["model"]["text"], f["claim"]["text"])
        for f in json.loads(result.stdout)["findings"]
    )  # fmt: skip
    from_scan = Counter(_key(row) for row in _rows(out))
    assert from_scan == from_check
    assert sum(from_scan.values()) >= 20  # the archive is worth comparing: many findings, several rules
    assert {"OW101", "OW102", "OW103"} <= {key[5] for key in from_scan}
    assert "Scanning" in proc.stderr  # the progress bar


def test_findings_carry_the_record_context(scanned) -> None:
    out, _ = scanned
    rows = {(r["record_id"], r["model_id"]): r for r in _rows(out)}
    first = rows[("news-00-mistral-release", "mistral-7b")]
    assert first["url"] == "https://news.example/0"
    assert first["date"].isoformat() == "2024-01-01"
    assert first["source"] == "Daily Wire Service"
    assert (first["line"], first["column"]) == (3, 29)
    assert first["sentence"] == "We now serve Mistral 7B, an open-source model, on every plan."
    assert (first["status"], first["license"], first["suggestion"]) == (
        "open-weights",
        "Apache License 2.0",
        "open weights",
    )
    html = rows[("news-html", "claude-3")]
    assert html["code"] == "OW103"
    press = next(r for (rid, _), r in rows.items() if rid.startswith("press-"))
    assert press["date"].year == 2024 and press["url"].startswith("https://press.example/")


def test_summary_counts_records_claims_and_skipped_reasons(scanned, archive) -> None:
    out, proc = scanned
    _, expected = archive
    summary = json.loads((out / "summary.json").read_text())
    records = summary["records"]
    assert records["judged"] == len(expected["records"])
    assert records["skipped_by_reason"] == expected["bad"]
    assert records["read"] == records["judged"] + sum(expected["bad"].values())
    reasons = {(Path(e["input"]).name, e["reason"].split(" (")[0]) for e in records["skipped_examples"]}
    assert ("news.jsonl.gz", "invalid UTF-8") in reasons and ("press.parquet", "no 'text' field") in reasons
    rows = _rows(out)
    assert summary["findings"]["total"] == len(rows)
    assert summary["findings"]["by_model"] == dict(Counter(r["model_id"] for r in rows))
    assert summary["findings"]["by_status"] == dict(Counter(r["status"] for r in rows))
    assert set(summary["sources"]) == set(SOURCES)
    assert set(MONTHS) <= set(summary["months"])
    claims = summary["claims"]
    assert 0 < claims["wrong"] < claims["judged"]  # OLMo is rightly called open source
    assert claims["wrong"] == len({(r["record_id"], r["line"], r["column"]) for r in rows})
    assert summary["vocabulary_date"] >= "2026-01-01"
    assert f"{claims['wrong']:,} of {claims['judged']:,} openness claims" in proc.stdout


def test_each_worker_loads_the_vocabulary_and_pipeline_once(scanned) -> None:
    out, _ = scanned
    metadata = [
        json.loads(pq.read_schema(p).metadata[b"openwash"]) for p in (out / "findings").glob("part-*")
    ]
    assert len(metadata) >= 8
    assert {m["loads"] for m in metadata} == {1}
    assert 1 <= len({m["pid"] for m in metadata}) <= 2


def test_rerun_resumes_and_never_duplicates(scanned, cluster, archive) -> None:
    out, _ = scanned
    address, _ = cluster
    folder, _ = archive
    before = Counter(_key(r) for r in _rows(out))
    parts = sorted((out / "findings").glob("part-*.parquet"))
    for lost in parts[1:3]:
        lost.unlink()
    proc = openwash(
        "scan", str(folder / "news.jsonl.gz"), str(folder / "press.parquet"), "--out", str(out),
        "--scheduler", address, "--partition-size", "5", *SCAN_FIELDS,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert f"Resuming: {len(parts) - 2} of {len(parts)} partitions already done." in proc.stderr
    assert Counter(_key(r) for r in _rows(out)) == before
    assert not list((out / "findings").glob(".tmp-*"))


def test_a_scan_of_other_options_into_the_same_directory_is_refused(scanned, archive) -> None:
    out, _ = scanned
    folder, _ = archive
    proc = openwash("scan", str(folder / "press.parquet"), "--out", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"openwash: error: {out} holds a scan of other inputs or options; "
        "rerun with --overwrite to replace it, or choose another --out"
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.jsonl", "no such file or directory: {d}/missing.jsonl"),
        (lambda d: _touch(d / "notes.xlsx", b"x"), "{d}/notes.xlsx: not an archive openwash reads"),
        (
            lambda d: _parquet(d / "t.parquet", {"body": ["Llama 2 is open source."]}),
            "{d}/t.parquet: no column 'text'",
        ),
        (lambda d: _touch(d / "broken.parquet", b"not parquet"), "{d}/broken.parquet: not a Parquet file"),
        (
            lambda d: _touch(d / "cut.jsonl.gz", gzip.compress(b'{"text": "x"}\n' * 999)[:-30]),
            "cannot read {d}/cut",
        ),
    ],
)
def test_bad_inputs_are_one_line_errors(tmp_path, make, message) -> None:
    path = make(tmp_path)
    proc = openwash("scan", str(path), "--out", str(tmp_path / "out"), timeout=60)
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("openwash: error: " + message.format(d=tmp_path))


def test_a_broken_vocabulary_stops_the_scan_before_any_partition(cluster, tmp_path) -> None:
    # The vocabulary is checked in a thread while the inputs are counted: its error still comes
    # first, as one message, and nothing is written.
    address, _ = cluster
    news = tmp_path / "news.jsonl"
    news.write_text('{"text": "Llama 2 is an open-source model."}\n')
    extra = tmp_path / "extra.yaml"
    extra.write_text("models:\n  - id: homemade\n    status: sort-of-open\n")
    out = tmp_path / "out"
    proc = openwash(
        "scan", str(news), "--out", str(out), "--scheduler", address, "--vocab", str(extra), timeout=120
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("openwash: error: invalid vocabulary:")
    assert "Traceback" not in proc.stderr
    assert not list((out / "findings").glob("part-*.parquet"))


def _touch(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _parquet(path: Path, columns: dict) -> Path:
    pq.write_table(pa.table(columns), path)
    return path


def test_csv_and_a_documentation_directory_are_inputs(cluster, tmp_path) -> None:
    address, _ = cluster
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "index.md").write_text("# Models\n\nWe fine-tune Mistral 7B, an open-source model.\n")
    (docs / "guide" / "setup.rst").write_text("Setup\n=====\n\nLlama 2 is open source, says the vendor.\n")
    (docs / "guide" / "logo.txt").write_bytes(b"\x00\x01binary")
    table = tmp_path / "posts.csv"
    table.write_text(
        'id,text\np1,"GPT-4 is an open source model,\nthe post claims."\np2,OLMo is open source.\n'
    )
    out = tmp_path / "out"
    proc = openwash(
        "scan", str(docs), str(table), "--out", str(out), "--scheduler", address, "--id-field", "id"
    )
    assert proc.returncode == 0, proc.stderr
    rows = sorted((r["record_id"], r["line"], r["column"], r["code"]) for r in _rows(out))
    checked = json.loads(run_check("--isolated", "--format", "json", str(docs)).stdout)["findings"]
    from_check = sorted(
        (str(Path(f["path"]).relative_to(docs)), f["line"], f["column"], f["code"]) for f in checked
    )
    assert rows == sorted([*from_check, ("p1", 1, 13, "OW103")])
    summary = json.loads((out / "summary.json").read_text())
    assert summary["records"]["skipped_by_reason"] == {"binary file": 1}
    assert summary["records"]["judged"] == 4


def test_limit_scans_the_first_records_only(cluster, archive, tmp_path) -> None:
    address, _ = cluster
    folder, _ = archive
    out = tmp_path / "out"
    proc = openwash("scan", str(folder / "news.jsonl.gz"), "--out", str(out), "--scheduler", address,
                    "--limit", "6", "--id-field", "id")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["records"]["read"] == 6
    assert {r["record_id"] for r in _rows(out)} <= {r["id"] for r in _news_records()[:6]}


# --- faults: a worker killed mid-run, Ctrl-C -----------------------------------------------------

CLAIM_PASSAGES = [p for k, p in PASSAGES.items() if k not in ("quiet", "negated")]
RECORDS = 1_200  # in partitions of 10: 120 tasks
PARTS = RECORDS // 10


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory) -> tuple[Path, Counter]:
    """1,200 records, every one with a claim: long enough to interrupt, with the findings a plain
    loop over linter.api gives for them."""
    from linter.api import analyse
    from linter.config import Config

    path = tmp_path_factory.mktemp("big") / "posts.jsonl.gz"  # streamed to the workers: see records.py
    expected: Counter = Counter()
    with gzip.open(path, "wt") as out:
        for i in range(RECORDS):
            text = f"Post {i}.\n\n" + CLAIM_PASSAGES[i % len(CLAIM_PASSAGES)]
            out.write(json.dumps({"id": f"post-{i}", "text": text}) + "\n")
            for f in analyse(text, path="record.md", config=Config()).findings:
                expected[(f"post-{i}", f.start, f.code, f.model.id)] += 1
    return path, expected


def _offsets_key(rows: list[dict], texts: dict[str, str]) -> Counter:
    from linter.positions import LineIndex

    out: Counter = Counter()
    for r in rows:
        index = LineIndex(texts[r["record_id"]])
        start = index.line_start(r["line"]) + r["column"] - 1
        out[(r["record_id"], start, r["code"], r["model_id"])] += 1
    return out


def _texts(path: Path) -> dict[str, str]:
    return {(v := json.loads(line))["id"]: v["text"] for line in gzip.open(path, "rt")}


def _wait_for_parts(out: Path, proc: subprocess.Popen, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = len(list((out / "findings").glob("part-*.parquet"))) if (out / "findings").exists() else 0
        if done >= at_least:
            return done
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise TimeoutError("the scan made no progress")


def _busy_workers(client, timeout: float = 5) -> list[str]:
    """The workers running or holding a partition right now (polled: between two tasks, none)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if busy := [worker for worker, tasks in client.processing().items() if tasks]:
            return busy
        time.sleep(0.02)
    return []


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(cluster, big_archive, tmp_path) -> None:
    address, client = cluster
    path, expected = big_archive
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "linter", "scan", str(path), "--out", str(out), "--scheduler", address,
         "--partition-size", "10", "--id-field", "id"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        done = _wait_for_parts(out, proc, 2)
        pids = client.run(os.getpid)
        busy = _busy_workers(client)
        assert busy, "no worker was running a partition"
        os.kill(pids[busy[0]], signal.SIGKILL)
        assert done < PARTS // 2  # killed mid-run: most partitions were still to do
        _, stderr = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    rows = _rows(out)
    assert _offsets_key(rows, _texts(path)) == expected
    summary = json.loads((out / "summary.json").read_text())
    assert summary["records"]["judged"] == RECORDS
    assert summary["findings"]["total"] == sum(expected.values())
    client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker


def test_ctrl_c_stops_cleanly_and_the_same_command_resumes(cluster, big_archive, tmp_path) -> None:
    import psutil

    address, _ = cluster
    path, expected = big_archive
    out = tmp_path / "out"
    command = [sys.executable, "-m", "linter", "scan", str(path), "--out", str(out), "--partition-size", "10",
               "--id-field", "id"]  # fmt: skip
    # In a process group of its own, which gets the SIGINT: a terminal's Ctrl-C reaches every process.
    proc = subprocess.Popen(
        [*command, "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _wait_for_parts(out, proc, 2)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children  # the local cluster's worker
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr, stderr
    assert "run the same command again to resume" in stderr.strip().splitlines()[-1]
    _, alive = psutil.wait_procs(children, timeout=20)
    assert not alive  # no worker process left behind
    assert not list((out / "findings").glob(".tmp-*"))
    done = len(list((out / "findings").glob("part-*.parquet")))
    assert 2 <= done < PARTS

    resumed = openwash(*command[3:], "--scheduler", address)
    assert resumed.returncode == 0, resumed.stderr
    assert f"Resuming: {done} of {PARTS} partitions already done." in resumed.stderr
    assert _offsets_key(_rows(out), _texts(path)) == expected


# --- what check, pre-commit and the language server load -----------------------------------------


def test_check_and_the_language_server_never_import_dask(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Mistral 7B is an open-source model.\n")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from linter.cli import main\n"
        "import linter.lsp.server\n"
        f"result = CliRunner().invoke(main, ['check', {str(page)!r}])\n"
        "assert result.exit_code == 1, result.output\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "heavy = sorted(loaded & {'dask', 'distributed', 'pyarrow', 'matplotlib'})\n"
        "print(','.join(heavy) or 'none')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "none"


# --- the report ----------------------------------------------------------------------------------

ARTIFACTS = Path(
    os.environ.get(
        "OPENWASH_TEST_ARTIFACTS", Path(__file__).resolve().parent.parent / "build" / "test-artifacts"
    )
)


def test_report_is_one_self_contained_page(scanned) -> None:
    out, proc = scanned
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"Report: {out / 'report.html'}" in proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert f"vocabulary of {summary['vocabulary_date']}" in page
    for heading in ("Findings per model", "Findings per status", "Per source", "Per month", "Examples",
                    "Skipped records"):  # fmt: skip
        assert f"<h2>{heading}</h2>" in page
    assert page.count("<svg") >= 4  # the charts, inline
    assert 'href="https://news.example/0"' in page  # examples link to their articles
    assert "Mistral 7B, an <mark>open-source</mark> model" in page
    share = f"{summary['claims']['share_wrong']:.1%}"
    assert f"<title>openwash scan: {share} of openness claims are wrong</title>" in page
    # Nothing that loads from elsewhere: no script, no stylesheet or font link, no image source.
    for loader in ("<script", "<link", "<img", "<iframe", "@import", "src="):
        assert loader not in page
    assert not re.findall(r"url\((?!#)", page)  # only the charts' own clip paths: url(#id)


@pytest.fixture(scope="module")
def chromium_visit():
    from tests import chromium_page

    if chromium_page.chromium() is None:
        pytest.skip("Chromium is not installed (Debian package 'chromium'): the report is not rendered")
    return chromium_page.visit


def test_the_report_renders_in_chromium_without_a_network_request(scanned, chromium_visit, tmp_path) -> None:
    out, _ = scanned
    # The detector sees a page's requests: an image from elsewhere is one.
    control = tmp_path / "control.html"
    control.write_text('<p>x</p><img src="http://openwash-test.invalid/pixel.png">')
    assert chromium_visit(control.as_uri()).requests == ["http://openwash-test.invalid/pixel.png"]

    visit = chromium_visit((out / "report.html").as_uri())
    assert visit.requests == []
    assert visit.title.startswith("openwash scan: ")
    assert visit.screenshot.startswith(b"\x89PNG")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "scan-report.png").write_bytes(visit.screenshot)
    (ARTIFACTS / "scan-report.html").write_text(
        (out / "report.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    height = int.from_bytes(visit.screenshot[20:24], "big")  # PNG IHDR: the page is laid out, not blank
    assert height > 1500


def test_without_the_scan_extra_the_commands_say_what_to_install(tmp_path) -> None:
    code = (
        "import sys\n"
        "for name in ('dask', 'distributed', 'pyarrow', 'matplotlib'):\n"
        "    sys.modules[name] = None  # as if not installed\n"
        "from linter.cli import main\n"
        f"main(['scan', {str(tmp_path)!r}, '--out', {str(tmp_path / 'out')!r}])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "openwash: error: this command needs dask, distributed, pyarrow, matplotlib: "
        "pip install 'openwash[scan]'"
    )
    assert not (tmp_path / "out").exists()
