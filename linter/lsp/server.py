"""The language server: a thin adapter between an editor and :func:`linter.api.analyse`.

Every lint runs on one worker thread, so spaCy is loaded once and never runs twice at the same
time, and the event loop stays free to read the editor's messages while a lint runs. Edits are
debounced per document; a lint publishes only if the document still has the version it linted,
so a slow lint of an old text never overwrites the diagnostics of a newer one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePath
from threading import Event
from typing import Any, BinaryIO
from urllib.parse import urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidRequest
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from linter import __version__
from linter.api import LintResult, analyse
from linter.apply_fixes import fix_text
from linter.config import Config
from linter.lsp import convert
from linter.lsp.documents import UTF8, UTF16, Document
from linter.lsp.framing import Framer
from linter.lsp.sections import SectionLinter
from linter.lsp.settings import Settings, SettingsError, config_for, forget_project_configs
from linter.readers import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    MDX_SUFFIXES,
    RST_SUFFIXES,
    TEXT_SUFFIXES,
)

logger = logging.getLogger("openwash.lsp")

# Editor language ids and the suffix that picks the CLI's reader for them ("text": Emacs's
# text-mode, through eglot).
LANGUAGES = {
    "markdown": ".md",
    "plaintext": ".txt",
    "text": ".txt",
    "mdx": ".mdx",
    "restructuredtext": ".rst",
    "rst": ".rst",
    "html": ".html",
}
TEXT_FORMATS = (*MARKDOWN_SUFFIXES, *TEXT_SUFFIXES, *MDX_SUFFIXES, *RST_SUFFIXES, *HTML_SUFFIXES)
MAX_CHARS = 20_000_000  # beyond this a document is not linted (and the user is told)
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.openwash"
WARM_UP_TEXT = "Meta released Llama 2, an open-source model."
WATCH_SECONDS = 3.0  # how often to check that the editor process is still alive
CHECK_AFTER_SECONDS = 1.0  # typing pause after which a sectioned lint is checked against the whole


@dataclass(frozen=True)
class Linted:
    """One lint of one version of a document."""

    version: int
    result: LintResult | None  # None when the configuration is broken: nothing is reported
    config: Config | None
    problem: str = ""  # what to tell the user (shown once per distinct message)
    sectioned: bool = False  # assembled from cached sections: checked against the whole later


@dataclass(frozen=True)
class _Malformed:
    """A request whose parameters could not be read: it still gets an error response."""

    id: Any
    error: JsonRpcException


class _Protocol(LanguageServerProtocol):
    """pygls's protocol with the server's own document store, errors for bad requests and the
    lifecycle LSP asks for (nothing before initialize, only exit after shutdown)."""

    initialize_received = False

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if "id" in data and "method" in data:
                return _Malformed(data["id"], exc)
            raise

    def handle_message(self, message: Any) -> None:
        if isinstance(message, _Malformed):
            self._send_response(message.id, error=message.error.to_response_error())
            return
        if not hasattr(message, "jsonrpc"):
            # Valid JSON that is not a JSON-RPC message (no "jsonrpc" member).
            request_id = message.get("id") if isinstance(message, dict) else None
            error = JsonRpcInvalidRequest("not a JSON-RPC 2.0 message").to_response_error()
            self._send_response(request_id, error=error)
            return
        method = getattr(message, "method", None)
        is_request = method is not None and getattr(message, "id", None) is not None
        if method == types.INITIALIZE:
            self.initialize_received = True
        elif method == types.EXIT or method is None:
            pass  # exit is always obeyed; responses to the server's own requests always read
        elif not self.initialize_received:
            # LSP: before initialize, requests get ServerNotInitialized and notifications are
            # dropped (a didOpen is not linted: the settings are not known yet).
            if is_request:
                error = types.ResponseError(code=-32002, message=f"server not initialized: {method}")
                self._send_response(message.id, error=error)
            return
        elif self._shutdown:
            if is_request:  # after shutdown only exit is valid; a waiting client gets an answer
                error = JsonRpcInvalidRequest(f"server is shut down: {method}").to_response_error()
                self._send_response(message.id, error=error)
            return
        super().handle_message(message)

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        # pygls takes the first encoding the client lists; the server prefers UTF-8 whenever
        # it is offered (positions then count bytes, as most editors store text).
        general = params.capabilities.general
        offered = general.position_encodings if general else None
        if offered and UTF8 in offered:
            general.position_encodings = [UTF8, *(e for e in offered if e != UTF8)]
        return (yield from super().lsp_initialize(params))

    # The server keeps documents itself (see linter.lsp.documents): these replace pygls's
    # built-in handlers, which would keep a second copy in its workspace.
    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None


class OpenwashServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "openwash",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=_Protocol,
        )
        self.documents: dict[str, Document] = {}
        self.settings = Settings()
        self.linted: dict[str, Linted] = {}
        self._pending: dict[str, asyncio.Task[None]] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="openwash-lint")
        self._shown: set[str] = set()
        self._settings_error: str | None = None
        self._watcher: asyncio.Future[None] | None = None
        self.exit_status = 0  # 1 when the editor says exit without shutdown first, as LSP asks
        self.shut_down = False
        self.sections = SectionLinter(analyse)
        self._checking: dict[str, asyncio.Task[None]] = {}
        self._whole_only: set[str] = set()  # documents whose sections once disagreed with the whole

    # --- transport ------------------------------------------------------------------------

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """pygls's stdio loop with :class:`~linter.lsp.framing.Framer` reading the frames, so
        one malformed header costs one message rather than every message after it."""
        self._stop_event = Event()
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        try:
            asyncio.run(self._read_frames(stdin or sys.stdin.buffer))
        except BrokenPipeError:
            logger.error("the connection to the editor is lost; exiting")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.shutdown()

    async def _read_frames(self, stdin: BinaryIO) -> None:
        loop = asyncio.get_running_loop()
        framer = Framer()
        assert self._stop_event is not None
        while not self._stop_event.is_set():
            data = await loop.run_in_executor(self.thread_pool, stdin.read1, 65536)  # type: ignore[attr-defined]
            if not data:
                break
            framer.feed(data)
            for body in framer.frames():
                try:
                    message = json.loads(body, object_hook=self.protocol.structure_message)
                    self.protocol.handle_message(message)
                except Exception as exc:
                    self.report_server_error(exc, JsonRpcException)
            for problem in framer.problems:
                message = f"openwash: malformed LSP framing: {problem}"
                if self.protocol.initialize_received:  # LSP: no notification before initialize
                    self.log(message, types.MessageType.Error)
                else:
                    logger.error("%s", message)
            framer.problems.clear()

    # --- helpers --------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        try:
            chosen = self.workspace.position_encoding
        except RuntimeError:  # before initialize
            return UTF16
        return str(getattr(chosen, "value", chosen) or UTF16)  # an enum member or a plain string

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        logger.log(logging.ERROR if kind == types.MessageType.Error else logging.INFO, "%s", message)
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def show_once(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        """Tell the user about a problem once per distinct message, not at every keystroke."""
        self.log(message, kind)
        if message not in self._shown:
            self._shown.add(message)
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def report_server_error(self, error: Exception, source: Any) -> None:
        # A message that is not even JSON: answer as JSON-RPC asks (id null) and log it,
        # rather than pygls's default pop-up.
        if isinstance(error, json.JSONDecodeError):
            self.protocol._send_response(
                None, error=types.ResponseError(code=-32700, message=f"Parse error: {error}")
            )
        self.log(f"openwash: {type(error).__name__}: {error}", types.MessageType.Error)

    def set_settings(self, options: Any) -> bool:
        try:
            self.settings = self.settings.updated(options)
        except SettingsError as exc:
            self.show_once(f"openwash: invalid settings: {exc}")
            return False
        return True

    # --- linting --------------------------------------------------------------------------

    def _lint_now(self, text: str, path: str, fs_path: Path | None, version: int, whole: bool) -> Linted:
        """Runs on the worker thread."""
        try:
            config = config_for(fs_path, self.settings)
            config.vocabulary()
        except Exception as exc:  # a broken configuration or vocabulary: shown, never a crash
            detail = "\n".join(getattr(exc, "errors", [])) or str(exc)
            return Linted(version, None, None, f"openwash: configuration error: {detail}")
        try:
            # The sections cache knows Markdown's structure only: other formats are read whole.
            if whole or PurePath(path).suffix.lower() not in (*MARKDOWN_SUFFIXES, *TEXT_SUFFIXES):
                return Linted(version, analyse(text, path=path, config=config), config)
            result, sectioned = self.sections.analyse(text, path=path, config=config)
            return Linted(version, result, config, sectioned=sectioned)
        except Exception as exc:
            logger.exception("lint of %s failed", path)
            problem = f"openwash: could not lint {path}: {type(exc).__name__}: {exc}"
            return Linted(version, None, config, problem)

    async def lint(self, doc: Document, *, whole: bool = False) -> Linted:
        """Lint the document as it is now (on the worker) and remember the result; ``whole``
        skips the sections cache (see :mod:`linter.lsp.sections`)."""
        version, text = doc.version, doc.text
        if len(text) > MAX_CHARS:
            self.show_once(f"openwash: {doc.uri} is too large to lint ({len(text)} characters)")
            return Linted(version, None, None)
        path, fs_path = lint_path(doc.uri, doc.language_id)
        loop = asyncio.get_running_loop()
        whole = whole or doc.uri in self._whole_only
        linted = await loop.run_in_executor(self._worker, self._lint_now, text, path, fs_path, version, whole)
        if linted.problem:
            self.show_once(linted.problem)  # from the loop: pygls's writer is not thread-safe
        current = self.documents.get(doc.uri)
        if current is not None and current.version == version:
            self.linted[doc.uri] = linted
        return linted

    async def current(self, doc: Document) -> Linted:
        """The lint of the document's current version, linting now if there is none yet."""
        linted = self.linted.get(doc.uri)
        if linted is not None and linted.version == doc.version:
            return linted
        return await self.lint(doc)

    def schedule(self, uri: str, delay_ms: int | None = None) -> None:
        """Lint ``uri`` after the debounce delay, replacing any lint still waiting for it."""
        for tasks in (self._pending, self._checking):
            waiting = tasks.pop(uri, None)
            if waiting is not None:
                waiting.cancel()
        delay = self.settings.debounce_ms if delay_ms is None else delay_ms
        self._pending[uri] = asyncio.ensure_future(self._lint_and_publish(uri, delay / 1000))

    async def _lint_and_publish(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        doc = self.documents.get(uri)
        if doc is None:
            return
        linted = await self.lint(doc)
        current = self.documents.get(uri)
        if current is None or current.version != linted.version:
            return  # the text changed while linting: the newer version's lint will publish
        self.publish(current, linted)
        if linted.sectioned:
            self._checking[uri] = asyncio.ensure_future(self._check_whole(uri, linted))

    async def _check_whole(self, uri: str, sectioned: Linted) -> None:
        """Once typing pauses, lint the whole text once; if the sections got anything different,
        publish the whole document's findings and lint this document whole from then on."""
        await asyncio.sleep(CHECK_AFTER_SECONDS)
        doc = self.documents.get(uri)
        if doc is None or doc.version != sectioned.version or sectioned.result is None:
            return
        whole = await self.lint(doc, whole=True)
        current = self.documents.get(uri)
        if whole.result is None or current is None or current.version != whole.version:
            return
        if whole.result.findings != sectioned.result.findings:
            self._whole_only.add(uri)
            self.log(
                f"openwash: sectioned lint of {uri} differed from the whole document's; "
                "publishing the whole document's findings",
                types.MessageType.Warning,
            )
            self.publish(current, whole)

    def publish(self, doc: Document, linted: Linted) -> None:
        diagnostics = []
        if linted.result is not None:
            index, encoding = doc.index, self.encoding
            result = linted.result
            diagnostics = [
                convert.diagnostic(
                    f, index, encoding, doc.uri, doc.version, fixable=convert.offers_fix(f, result)
                )
                for f in result.findings
            ]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=doc.version)
        )

    def relint_all(self) -> None:
        for uri in list(self.documents):
            self.schedule(uri, 0)

    def warm_up(self) -> None:
        """Load the vocabulary and spaCy on the worker before the first document needs them."""

        def warm() -> None:
            try:
                config = config_for(None, self.settings)
                analyse(WARM_UP_TEXT, path="warm-up.md", config=config)
            except Exception as exc:  # the first real lint will report it
                logger.info("warm-up failed: %s", exc)

        self._worker.submit(warm)

    async def watch_client(self, pid: int) -> None:
        """Exit when the editor process is gone: nobody is left to send ``exit``."""
        while True:
            await asyncio.sleep(WATCH_SECONDS)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                logger.info("client process %d is gone; exiting", pid)
                # The stdin reader thread would block forever; there is no one left to answer.
                os._exit(0)
            except PermissionError:
                pass  # alive, owned by someone else


def lint_path(uri: str, language_id: str) -> tuple[str, Path | None]:
    """The name analyse() is given (its suffix picks the reader), and the file on disk, if any."""
    fs_path = to_fs_path(uri) if uri.startswith("file:") else None
    name = fs_path or urlparse(uri).path or "untitled"
    if PurePath(name).suffix.lower() not in TEXT_FORMATS:
        name += LANGUAGES.get(language_id, ".md")
    return name, Path(fs_path) if fs_path else None


def wanted(uri: str, language_id: str) -> bool:
    suffix = PurePath(urlparse(uri).path).suffix.lower()
    return language_id in LANGUAGES or suffix in TEXT_FORMATS


def _wants(only: list[str] | None, kind: str) -> bool:
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


server = OpenwashServer()


@server.feature(types.INITIALIZE)
def initialize(ls: OpenwashServer, params: types.InitializeParams) -> None:
    try:
        ls.settings = ls.settings.updated(params.initialization_options)
    except SettingsError as exc:
        ls._settings_error = f"openwash: invalid initializationOptions: {exc}"


@server.feature(types.INITIALIZED)
async def initialized(ls: OpenwashServer, params: types.InitializedParams) -> None:
    if ls._settings_error:
        ls.show_once(ls._settings_error)
    ls.warm_up()
    if ls.process_id:
        ls._watcher = asyncio.ensure_future(ls.watch_client(ls.process_id))
    await _watch_config_files(ls)


async def _watch_config_files(ls: OpenwashServer) -> None:
    """Ask the editor to say when a configuration file changes, where it can."""
    from linter.config import CONFIG_FILES

    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if not (watched and watched.dynamic_registration):
        return  # configuration files are then re-read whenever a document is saved
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
    )
    registration = types.Registration(
        id="openwash-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
    except Exception as exc:
        ls.log(f"openwash: could not watch configuration files: {exc}", types.MessageType.Warning)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: OpenwashServer, params: types.DidChangeWatchedFilesParams) -> None:
    forget_project_configs()
    ls.relint_all()


@server.feature(types.SHUTDOWN)
def shutdown(ls: OpenwashServer, params: None) -> None:
    ls.shut_down = True
    for task in [*ls._pending.values(), *ls._checking.values()]:
        task.cancel()
    ls._worker.shutdown(wait=False, cancel_futures=True)


@server.feature(types.EXIT)
def exit_(ls: OpenwashServer, params: None) -> None:
    # pygls ends the loop with SystemExit and then swallows it, so the status is set in serve().
    ls.exit_status = 0 if ls.shut_down else 1


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: OpenwashServer, params: types.DidOpenTextDocumentParams) -> None:
    item = params.text_document
    if not wanted(item.uri, item.language_id):
        return
    ls.documents[item.uri] = Document(item.uri, item.language_id, item.version, item.text)
    ls.schedule(item.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: OpenwashServer, params: types.DidChangeTextDocumentParams) -> None:
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return
    for change in params.content_changes:
        doc.apply(change, ls.encoding)
    doc.version = params.text_document.version
    ls.schedule(doc.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: OpenwashServer, params: types.DidSaveTextDocumentParams) -> None:
    forget_project_configs()  # cheap, and the only news of a changed file some editors give
    doc = ls.documents.get(params.text_document.uri)
    if doc is not None:
        ls.schedule(doc.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: OpenwashServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls._pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.linted.pop(uri, None)
    ls._whole_only.discard(uri)
    if (checking := ls._checking.pop(uri, None)) is not None:
        checking.cancel()
    if ls.documents.pop(uri, None) is not None:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: OpenwashServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    if not settings:
        # Many clients send an empty notification and expect the server to ask.
        workspace = ls.client_capabilities.workspace
        if workspace is None or not workspace.configuration:
            return
        try:
            answer = await ls.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="openwash")])
            )
        except Exception as exc:
            ls.log(f"openwash: workspace/configuration failed: {exc}", types.MessageType.Warning)
            return
        settings = answer[0] if answer else None
    if ls.set_settings(settings):
        ls.relint_all()


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True
    ),
)
async def code_action(ls: OpenwashServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return None
    only = params.context.only
    actions: list[types.CodeAction] = []
    if _wants(only, types.CodeActionKind.QuickFix):
        for diag in params.context.diagnostics:
            if diag.source != convert.SOURCE:
                continue
            if (fix := convert.quick_fix(diag, doc.uri)) is not None:
                actions.append(fix)
            data = diag.data if isinstance(diag.data, dict) else {}
            if data.get("version") == doc.version:
                suffix = PurePath(lint_path(doc.uri, doc.language_id)[0]).suffix
                disable = convert.disable_action(diag, doc.uri, doc.index, ls.encoding, doc.version, suffix)
                if disable is not None:
                    actions.append(disable)
    if _wants(only, FIX_ALL_KIND):
        # The latest lint, even of an older version: editors ask for code actions at every
        # cursor move, and forcing a lint here would defeat the debounce while typing. The
        # edit itself is computed on the current text, when the action is resolved.
        linted = ls.linted.get(doc.uri)
        result = linted.result if linted is not None else None
        fixable = result is not None and any(
            f.fix is not None and f.fix.applicability == "safe" and convert.offers_fix(f, result)
            for f in result.findings
        )
        if fixable:
            action = types.CodeAction(
                title="openwash: fix all auto-fixable problems",
                kind=FIX_ALL_KIND,
                data={"uri": doc.uri, "version": doc.version},
            )
            if not _can_resolve(ls):
                action = await _resolve_fix_all(ls, action)
            actions.append(action)
    return actions


def _can_resolve(ls: OpenwashServer) -> bool:
    text = ls.client_capabilities.text_document
    action = text.code_action if text else None
    support = action.resolve_support if action else None
    return bool(support and "edit" in support.properties)


@server.feature(types.CODE_ACTION_RESOLVE)
async def resolve_code_action(ls: OpenwashServer, action: types.CodeAction) -> types.CodeAction:
    if action.kind == FIX_ALL_KIND and action.edit is None:
        return await _resolve_fix_all(ls, action)
    return action


async def _resolve_fix_all(ls: OpenwashServer, action: types.CodeAction) -> types.CodeAction:
    data = action.data if isinstance(action.data, dict) else {}
    doc = ls.documents.get(str(data.get("uri")))
    if doc is None or doc.version != data.get("version"):
        return action  # the document moved on: no edit rather than a stale one
    linted = await ls.current(doc)
    if linted.result is None or linted.config is None:
        return action
    config, text, version = linted.config, doc.text, doc.version
    path, _ = lint_path(doc.uri, doc.language_id)

    def fixed() -> str:
        return fix_text(text, path=path, config=config).text  # exactly what --fix writes

    new = await asyncio.get_running_loop().run_in_executor(ls._worker, fixed)
    edits = convert.replace_changed(text, new, doc.index, ls.encoding) if doc.version == version else []
    action.edit = convert.workspace_edit(doc.uri, version, edits)
    return action


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: OpenwashServer, params: types.HoverParams) -> types.Hover | None:
    doc = ls.documents.get(params.text_document.uri)
    if doc is None:
        return None
    index = doc.index
    offset = index.offset(params.position, ls.encoding)
    linted = await ls.current(doc)
    if linted.result is None or linted.config is None or linted.version != doc.version:
        return None
    from linter.lsp.hover import hover_markdown

    number = params.position.line
    line = (index.line_start(number), index.line_text(number)) if number < len(index.starts) else None
    found = hover_markdown(linted.result, offset, linted.config.vocabulary(), linted.config, line)
    if found is None:
        return None
    markdown, start, end = found
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown),
        range=index.range(start, end, ls.encoding),
    )


def serve() -> None:
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="openwash lsp: %(message)s")
    server.start_io()
    # Leave now, without joining the worker thread: it may be half-way through loading spaCy or
    # linting a large document, and nothing it holds needs saving.
    logging.shutdown()
    os._exit(server.exit_status)
