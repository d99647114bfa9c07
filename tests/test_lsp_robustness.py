"""The language server under bad input: raw JSON-RPC over the server's stdio, frame by frame."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from typing import Any

import pytest

WRONG = "Meta released Llama 2, an open-source model."


class RawClient:
    """Just enough of a client to send what a well-behaved one never would."""

    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "linter", "lsp", *options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.stderr = b""
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        self.seen: list[dict[str, Any]] = []  # every message wait_for took from the queue

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr += line

    def _read(self) -> None:
        out = self.process.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(out.read(length)))

    def send_raw(self, body: bytes) -> None:
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send_bytes(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        self.send_raw(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8"))

    def wait_for(self, match, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=0.1)
            except queue.Empty:
                continue
            self.seen.append(message)
            if match(message):
                return message
        raise AssertionError(f"no matching message; server stderr:\n{self.stderr.decode(errors='replace')}")

    def response(self, request_id: Any, timeout: float = 60) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def initialize(self, process_id: int | None = None) -> None:
        params = {"capabilities": {}, "initializationOptions": {"debounce": 0}, "processId": process_id}
        self.send({"id": 0, "method": "initialize", "params": params})
        self.response(0)
        self.send({"method": "initialized", "params": {}})

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def raw():
    client = RawClient()
    client.initialize()
    yield client
    client.close()


def test_a_body_that_is_not_json_gets_a_parse_error(raw: RawClient):
    raw.send_raw(b"{this is not json")
    reply = raw.response(None)
    assert reply["error"]["code"] == -32700
    # ...and the server still answers afterwards.
    raw.send({"id": 1, "method": "shutdown"})
    assert raw.response(1)["result"] is None


def test_an_unknown_method_gets_method_not_found(raw: RawClient):
    raw.send({"id": 7, "method": "openwash/doesNotExist", "params": {}})
    assert raw.response(7)["error"]["code"] == -32601


def test_a_request_with_bad_params_gets_invalid_params(raw: RawClient):
    raw.send({"id": 8, "method": "textDocument/hover", "params": {"textDocument": {"uri": 42}}})
    assert raw.response(8)["error"]["code"] == -32602


def test_a_request_for_an_unknown_document_is_answered_with_nothing(raw: RawClient):
    params = {"textDocument": {"uri": "file:///never-opened.md"}, "position": {"line": 0, "character": 0}}
    raw.send({"id": 9, "method": "textDocument/hover", "params": params})
    assert raw.response(9)["result"] is None


def test_a_document_of_several_megabytes_is_linted(raw: RawClient):
    filler = "Plain prose about training runs, evaluation suites and other matters.\n\n" * 50_000
    text = filler + WRONG + "\n"
    assert len(text.encode()) > 3_000_000
    uri = "file:///big.md"
    raw.send(
        {
            "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        }
    )
    published = raw.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", timeout=120)
    [diag] = published["params"]["diagnostics"]
    assert diag["range"]["start"] == {"line": 100_000, "character": WRONG.index("open-source")}


def test_shutdown_then_exit_ends_the_process_with_status_0(raw: RawClient):
    raw.send({"id": 1, "method": "shutdown"})
    raw.response(1)
    raw.send({"method": "exit"})
    assert raw.process.wait(timeout=30) == 0


def test_exit_without_shutdown_ends_the_process_with_status_1(raw: RawClient):
    raw.send({"method": "exit"})
    assert raw.process.wait(timeout=30) == 1


def test_a_client_that_disappears_ends_the_server(raw: RawClient):
    assert raw.process.stdin is not None
    raw.process.stdin.close()
    assert raw.process.wait(timeout=30) == 0


def test_the_server_exits_when_the_editors_process_is_gone():
    editor = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    client = RawClient()
    try:
        client.initialize(process_id=editor.pid)
        editor.wait()
        # stdin stays open, as when an editor crashes and leaves the pipe to a grandchild.
        assert client.process.wait(timeout=60) == 0
    finally:
        client.close()


def _request(request_id: int) -> bytes:
    params = {"textDocument": {"uri": "file:///never-opened.md"}, "position": {"line": 0, "character": 0}}
    message = {"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover", "params": params}
    return json.dumps(message).encode()


# One malformed frame (request 5), then a well-formed request 6: the server must answer 6.
MALFORMED_FRAMES = {
    "lowercase name": b"content-length: %d\r\n\r\n%s" % (len(_request(5)), _request(5)),
    "LF line ends": b"Content-Length: %d\n\n%s" % (len(_request(5)), _request(5)),
    "length not a number": b"Content-Length: abc\r\n\r\n" + _request(5),
    "length too long": b"Content-Length: %d\r\n\r\n%s" % (len(_request(5)) + 40, _request(5)),
    "length too short": b"Content-Length: %d\r\n\r\n%s" % (len(_request(5)) - 9, _request(5)),
    "no header at all": _request(5),
    "header line without an end": b"Content-Length: 12\r\nnot a header\r\n\r\n" + _request(5),
}


@pytest.mark.parametrize("frame", MALFORMED_FRAMES.values(), ids=MALFORMED_FRAMES.keys())
def test_one_malformed_frame_does_not_deafen_the_server(raw: RawClient, frame: bytes):
    raw.send_bytes(frame)
    raw.send_raw(_request(6))
    assert raw.response(6, timeout=30)["result"] is None


@pytest.mark.parametrize("frame", ["lowercase name", "LF line ends", "length too long"])
def test_a_frame_in_a_lenient_shape_is_still_read(raw: RawClient, frame: str):
    raw.send_bytes(MALFORMED_FRAMES[frame])
    assert raw.response(5, timeout=30)["result"] is None


def test_framing_problems_are_logged_for_the_user(raw: RawClient):
    raw.send_bytes(MALFORMED_FRAMES["length not a number"])
    logged = raw.wait_for(lambda m: m.get("method") == "window/logMessage", timeout=30)
    assert "invalid Content-Length 'abc'" in logged["params"]["message"]


def test_requests_before_initialize_get_server_not_initialized():
    client = RawClient()
    try:
        params = {"textDocument": {"uri": "file:///a.md"}, "position": {"line": 0, "character": 0}}
        client.send({"id": 1, "method": "textDocument/hover", "params": params})
        assert client.response(1)["error"]["code"] == -32002
    finally:
        client.close()


def test_a_document_opened_before_initialize_is_not_linted():
    client = RawClient()
    try:
        for name in ("early", "late"):
            if name == "late":
                client.initialize()
            item = {"uri": f"file:///{name}.md", "languageId": "markdown", "version": 1, "text": WRONG}
            client.send({"method": "textDocument/didOpen", "params": {"textDocument": item}})
        # One worker lints in order: had "early" been linted, it would be published first.
        client.wait_for(lambda m: m.get("params", {}).get("uri") == "file:///late.md", timeout=120)
        assert not [m for m in client.seen if m.get("params", {}).get("uri") == "file:///early.md"]
    finally:
        client.close()


def test_requests_after_shutdown_get_invalid_request(raw: RawClient):
    raw.send({"id": 1, "method": "shutdown"})
    raw.response(1)
    params = {"textDocument": {"uri": "file:///a.md"}, "position": {"line": 0, "character": 0}}
    raw.send({"id": 2, "method": "textDocument/hover", "params": params})
    assert raw.response(2, timeout=30)["error"]["code"] == -32600
    raw.send({"method": "exit"})
    assert raw.process.wait(timeout=30) == 0


def test_the_options_generic_clients_pass_are_accepted():
    # vscode-languageclient starts a server as `<command> --stdio --clientProcessId=<pid>`.
    client = RawClient("--stdio", "--clientProcessId=1")
    try:
        client.initialize()
        client.send({"id": 1, "method": "shutdown"})
        assert client.response(1)["result"] is None
    finally:
        client.close()


def test_a_frame_arriving_in_pieces_is_read_once_whole(raw: RawClient):
    body = _request(11)
    frame = b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    cuts = [9, frame.index(b"\r\n\r\n") + 3, len(frame) - 30]  # in the header, the blank line, the body
    for start, end in zip([0, *cuts], [*cuts, len(frame)], strict=True):
        raw.send_bytes(frame[start:end])
        time.sleep(0.2)
    assert raw.response(11, timeout=30)["result"] is None
