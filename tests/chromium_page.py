"""Open a page in headless Chromium over the DevTools protocol: what it requested, and a screenshot.

Only the page's own requests are recorded (the page target's Network domain), not the browser's
background traffic, so "the report makes no request" is a statement about the report.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    return None


@dataclass
class PageVisit:
    requests: list[str] = field(default_factory=list)  # URLs the page asked for, besides itself
    screenshot: bytes = b""
    title: str = ""


def visit(url: str, *, width: int = 1100, height: int = 900, timeout: float = 60) -> PageVisit:
    binary = chromium()
    assert binary, "no Chromium"
    # Chromium's helper processes may still write to the profile as it is removed: ignore that.
    with tempfile.TemporaryDirectory(prefix="openwash-chromium-", ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its renderer and helper processes go with it
        )
        try:
            port = _devtools_port(Path(profile), process, timeout)
            targets = json.loads(
                urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read()
            )
            page = next(t for t in targets if t.get("type") == "page")
            return asyncio.run(asyncio.wait_for(_drive(page["webSocketDebuggerUrl"], url, width), timeout))
        finally:
            _stop_group(process)


def _stop_group(process: subprocess.Popen) -> None:
    """Stop Chromium and every process it started (they share its new session)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # helpers that outlived the browser


def _devtools_port(profile: Path, process: subprocess.Popen, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    marker = profile / "DevToolsActivePort"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Chromium exited with status {process.returncode}")
        if marker.is_file() and (lines := marker.read_text().splitlines()):
            return int(lines[0])
        time.sleep(0.1)
    raise TimeoutError("Chromium did not open its DevTools port")


async def _drive(socket_url: str, url: str, width: int) -> PageVisit:
    from tornado.websocket import websocket_connect  # tornado comes with distributed

    connection = await websocket_connect(socket_url, max_message_size=256 * 1024 * 1024)
    visit = PageVisit()
    counter = 0
    events: list[dict] = []

    async def call(method: str, **params: object) -> dict:
        nonlocal counter
        counter += 1
        mine = counter
        connection.write_message(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(await connection.read_message())
            if message.get("id") == mine:
                return message.get("result", {})
            events.append(message)

    await call("Network.enable")
    await call("Page.enable")
    await call("Page.navigate", url=url)
    loaded = any(e.get("method") == "Page.loadEventFired" for e in events)
    while not loaded:
        message = json.loads(await connection.read_message())
        events.append(message)
        loaded = message.get("method") == "Page.loadEventFired"
    await asyncio.sleep(0.5)  # anything a script or a late style would still fetch
    metrics = await call("Page.getLayoutMetrics")
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = await call(
        "Page.captureScreenshot",
        format="png",
        captureBeyondViewport=True,
        clip={"x": 0, "y": 0, "width": width, "height": min(size["height"], 6000), "scale": 1},
    )
    visit.screenshot = base64.b64decode(shot["data"])
    visit.title = (await call("Runtime.evaluate", expression="document.title"))["result"].get("value", "")
    for event in events:
        if event.get("method") == "Network.requestWillBeSent":
            requested = event["params"]["request"]["url"]
            if requested != url and not requested.startswith("data:"):
                visit.requests.append(requested)
    connection.close()
    return visit
