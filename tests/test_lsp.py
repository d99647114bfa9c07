"""The language server end to end: a real LSP client (pytest-lsp) drives `openwash lsp` over stdio."""

from __future__ import annotations

import asyncio
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pytest_lsp.protocol import LanguageClientProtocol

from linter.rules import BY_CODE

pytestmark = pytest.mark.asyncio(loop_scope="module")

SERVER = [sys.executable, "-m", "linter", "lsp"]
WRONG = "Meta released Llama 2, an open-source model."
RIGHT = "OLMo is open source."


def recording_client() -> LanguageClient:
    """A pytest-lsp client that also keeps every publishDiagnostics with its version."""
    from pygls.protocol import default_converter

    client = LanguageClient(protocol_cls=LanguageClientProtocol, converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish}
    )
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=recording_client)


async def start(client: LanguageClient, *, options=None, encodings=None) -> types.InitializeResult:
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(configuration=True),
        text_document=types.TextDocumentClientCapabilities(
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(value_set=["quickfix", "source"])
                ),
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
            ),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
        ),
    )
    result = await client.initialize_session(
        types.InitializeParams(capabilities=capabilities, initialization_options=options)
    )
    return result


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient):
    await start(lsp_client, options={"debounce": 0})
    yield
    await lsp_client.shutdown_session()


async def published(
    client: LanguageClient, uri: str, version: int, timeout: float = 60
) -> list[types.Diagnostic]:
    """The diagnostics the server published for this version of the document."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in client.published:  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


def open_doc(
    client: LanguageClient, uri: str, text: str, language: str = "markdown", version: int = 1
) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )


def change(client: LanguageClient, uri: str, version: int, *changes) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=list(changes),
        )
    )


def rng(line: int, start: int, end: int, end_line: int | None = None) -> types.Range:
    return types.Range(
        start=types.Position(line=line, character=start),
        end=types.Position(line=line if end_line is None else end_line, character=end),
    )


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, position: types.Position) -> int:
    """The character offset of an LSP position (UTF-16 code units) in ``text``."""
    lines = text.split("\n")
    before = sum(len(line) + 1 for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    return before + len(line.encode("utf-16-le")[: 2 * position.character].decode("utf-16-le"))


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply text edits the way an editor would: last first, so earlier positions stay valid."""
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = _offset(text, edit.range.start), _offset(text, edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


# --- diagnostics -----------------------------------------------------------------------------


async def test_a_wrong_claim_is_a_diagnostic_on_open(client: LanguageClient):
    uri = "file:///docs/llama.md"
    open_doc(client, uri, f"# Models\n\n{WRONG}\n")
    [diag] = await published(client, uri, 1)
    assert diag.code == "OW102"
    assert diag.source == "openwash"
    assert diag.severity == types.DiagnosticSeverity.Warning
    assert diag.range == rng(2, WRONG.index("open-source"), WRONG.index(" model"))
    assert diag.code_description.href == BY_CODE["OW102"].url
    assert "source-available" in diag.message
    assert diag.data["fix"]["applicability"] == "safe"


async def test_a_diagnostic_explains_itself_under_its_headline(client: LanguageClient):
    uri = "file:///blog/mistral.md"
    open_doc(client, uri, "Our assistant runs on Mistral 7B, an open-source model.\n")
    [diag] = await published(client, uri, 1)
    headline, note = diag.message.split("\n")
    assert headline == "'open-source' describes Mistral 7B, which is open weights, not open source"
    assert note.startswith("Mistral 7B: weights under Apache License 2.0")  # the evidence, as the CLI's note


async def test_a_correct_claim_is_no_diagnostic(client: LanguageClient):
    uri = "file:///docs/olmo.md"
    open_doc(client, uri, f"{RIGHT}\n")
    assert await published(client, uri, 1) == []


async def test_plaintext_documents_are_linted(client: LanguageClient):
    uri = "file:///notes/release.txt"
    open_doc(client, uri, f"Notes\n\n{WRONG}\n", language="plaintext")
    [diag] = await published(client, uri, 1)
    assert diag.code == "OW102"


async def test_other_languages_are_left_alone(client: LanguageClient):
    uri = "file:///src/app.py"
    open_doc(client, uri, f"# {WRONG}\n", language="python")
    other = "file:///docs/after-python.md"
    open_doc(client, other, f"{WRONG}\n")
    await published(client, other, 1)
    assert all(p.uri != uri for p in client.published)  # type: ignore[attr-defined]


async def test_a_proprietary_model_is_an_error(client: LanguageClient):
    uri = "file:///docs/gpt.md"
    open_doc(client, uri, "GPT-4 is open source.\n")
    [diag] = await published(client, uri, 1)
    assert (diag.code, diag.severity) == ("OW103", types.DiagnosticSeverity.Error)


async def test_ranges_count_utf16_code_units_after_emoji_and_accents(client: LanguageClient):
    uri = "file:///docs/emoji.md"
    before = "Café 😀 naïve 👩‍🔬: "
    open_doc(client, uri, f"Intro\n\n{before}{WRONG}\n")
    [diag] = await published(client, uri, 1)
    start = utf16(before + WRONG[: WRONG.index("open-source")])
    assert diag.range == rng(2, start, start + len("open-source"))
    # The model mention is related information, in the same units.
    [related] = diag.related_information
    llama = utf16(before + WRONG[: WRONG.index("Llama")])
    assert related.location.range == rng(2, llama, llama + len("Llama 2"))


# --- edits -----------------------------------------------------------------------------------


async def test_incremental_edits_update_the_diagnostics(client: LanguageClient):
    uri = "file:///docs/edits.md"
    open_doc(client, uri, "# Notes\n\nOLMo is open source.\n")
    assert await published(client, uri, 1) == []
    # Type over "OLMo" so the claim is about Llama 2: now it is wrong.
    change(client, uri, 2, types.TextDocumentContentChangePartial(range=rng(2, 0, 4), text="Llama 2"))
    [diag] = await published(client, uri, 2)
    assert diag.range == rng(2, len("Llama 2 is "), len("Llama 2 is open source"))
    # Insert a line above: the diagnostic moves down with it.
    change(client, uri, 3, types.TextDocumentContentChangePartial(range=rng(1, 0, 0), text="Intro.\n"))
    [diag] = await published(client, uri, 3)
    assert diag.range.start.line == 3
    # A full-text change is accepted too.
    change(client, uri, 4, types.TextDocumentContentChangeWholeDocument(text="Llama 2 is not open source.\n"))
    assert await published(client, uri, 4) == []


async def test_rapid_edits_publish_only_the_newest_text(client: LanguageClient):
    uri = "file:///docs/rapid.md"
    text = "Draft.\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    sentence = "Llama 2 is open source. "
    # One keystroke per change, as fast as the client can send them; debounce is 0 here, so
    # lints of older versions are under way while newer versions arrive.
    for i, char in enumerate(sentence):
        change(client, uri, i + 2, types.TextDocumentContentChangePartial(range=rng(1, i, i), text=char))
    last = len(sentence) + 1
    [diag] = await published(client, uri, last)
    assert diag.code == "OW102"
    await asyncio.sleep(0.5)
    versions = [p.version for p in client.published if p.uri == uri]  # type: ignore[attr-defined]
    assert versions == sorted(versions) and versions[-1] == last


async def test_closing_a_document_clears_its_diagnostics(client: LanguageClient):
    uri = "file:///docs/closing.md"
    open_doc(client, uri, f"{WRONG}\n")
    assert await published(client, uri, 1)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri))
    )
    for _ in range(200):
        if not client.diagnostics[uri]:
            break
        await asyncio.sleep(0.02)
    assert list(client.diagnostics[uri]) == []


# --- code actions ----------------------------------------------------------------------------


async def actions_for(client: LanguageClient, uri: str, diags, only=None) -> list[types.CodeAction]:
    whole = rng(0, 0, 0, end_line=10)
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=whole,
            context=types.CodeActionContext(diagnostics=diags, only=only),
        )
    )


async def test_quick_fix_replaces_the_claim(client: LanguageClient):
    uri = "file:///docs/fix.md"
    text = f"# Models\n\n{WRONG}\n"
    open_doc(client, uri, text)
    diags = await published(client, uri, 1)
    actions = await actions_for(client, uri, diags, only=[types.CodeActionKind.QuickFix])
    fix = next(a for a in actions if a.is_preferred)
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.title == "Replace 'open-source' with 'source-available'"
    [doc_edit] = fix.edit.document_changes
    assert doc_edit.text_document.version == 1
    assert apply(text, doc_edit.edits) == "# Models\n\nMeta released Llama 2, a source-available model.\n"


async def test_disable_action_inserts_the_comment_above_the_line(client: LanguageClient):
    uri = "file:///docs/disable.md"
    text = f"# Models\n\n- {WRONG}\n"
    open_doc(client, uri, text)
    diags = await published(client, uri, 1)
    actions = await actions_for(client, uri, diags)
    disable = next(a for a in actions if a.title == "Disable OW102 for this line")
    [doc_edit] = disable.edit.document_changes
    disabled = apply(text, doc_edit.edits)
    assert disabled == f"# Models\n\n<!-- openwash-disable-next-line OW102 -->\n- {WRONG}\n"
    # The comment does silence the finding.
    change(client, uri, 2, types.TextDocumentContentChangeWholeDocument(text=disabled))
    assert await published(client, uri, 2) == []


async def test_inside_a_paragraph_the_comment_ends_the_line_above(client: LanguageClient):
    uri = "file:///docs/disable-inline.md"
    text = "# Models\n\nMeta released Llama 2,\nan open-source model.\n"
    open_doc(client, uri, text)
    diags = await published(client, uri, 1)
    actions = await actions_for(client, uri, diags)
    disable = next(a for a in actions if a.title == "Disable OW102 for this line")
    [doc_edit] = disable.edit.document_changes
    disabled = apply(text, doc_edit.edits)
    # A line of its own would split the paragraph (and lose the sentence's subject).
    assert disabled == (
        "# Models\n\nMeta released Llama 2, <!-- openwash-disable-next-line OW102 -->\n"
        "an open-source model.\n"
    )
    change(client, uri, 2, types.TextDocumentContentChangeWholeDocument(text=disabled))
    assert await published(client, uri, 2) == []


async def disable_and_check(client: LanguageClient, uri: str, language: str, text: str, title: str) -> str:
    """Apply the disable action titled ``title``; check it silences the finding; the new text."""
    open_doc(client, uri, text, language=language)
    diags = await published(client, uri, 1)
    actions = await actions_for(client, uri, diags)
    disable = next(a for a in actions if a.title == title)
    [doc_edit] = disable.edit.document_changes
    disabled = apply(text, doc_edit.edits)
    change(client, uri, 2, types.TextDocumentContentChangeWholeDocument(text=disabled))
    assert await published(client, uri, 2) == []
    return disabled


def rst_visible_text(source: str) -> str:
    """What docutils renders of an rST document: its text without comments."""
    from docutils import nodes
    from docutils.core import publish_doctree

    tree = publish_doctree(source, settings_overrides={"report_level": 5})
    for comment in list(tree.findall(nodes.comment)):
        comment.parent.remove(comment)
    return tree.astext()


async def test_in_rst_the_disable_action_writes_an_rst_comment(client: LanguageClient):
    text = f"Models\n======\n\n{WRONG}\n"
    disabled = await disable_and_check(
        client, "file:///docs/disable.rst", "restructuredtext", text, "Disable OW102 for this line"
    )
    assert disabled == f"Models\n======\n\n.. openwash-disable-next-line OW102\n\n{WRONG}\n"
    assert rst_visible_text(disabled) == f"Models\n\n{WRONG}"


async def test_in_an_rst_paragraph_the_rule_is_disabled_for_the_paragraph(client: LanguageClient):
    text = "Intro.\n\nMeta released Llama 2,\nan open-source model.\n"
    disabled = await disable_and_check(
        client, "file:///docs/disable-para.rst", "restructuredtext", text, "Disable OW102 for this paragraph"
    )
    assert disabled == (
        "Intro.\n\n.. openwash-disable OW102\n\nMeta released Llama 2,\nan open-source model.\n\n"
        ".. openwash-enable OW102\n"
    )
    assert rst_visible_text(disabled) == "Intro.\n\nMeta released Llama 2,\nan open-source model."


async def test_in_mdx_the_comment_is_an_mdx_comment(client: LanguageClient):
    text = f"import Chart from './chart'\n\n{WRONG}\n"
    disabled = await disable_and_check(
        client, "file:///docs/disable.mdx", "mdx", text, "Disable OW102 for this line"
    )
    assert (
        disabled
        == f"import Chart from './chart'\n\n{{/* <!-- openwash-disable-next-line OW102 --> */}}\n{WRONG}\n"
    )


async def test_plain_text_has_no_comment_so_no_disable_action(client: LanguageClient):
    uri = "file:///docs/notes.txt"
    open_doc(client, uri, f"{WRONG}\n", language="plaintext")
    diags = await published(client, uri, 1)
    actions = await actions_for(client, uri, diags)
    assert not [a.title for a in actions if a.title.startswith("Disable")]
    assert "Replace 'open-source' with 'source-available'" in [a.title for a in actions]


async def test_fix_all_fixes_every_safe_finding(client: LanguageClient):
    uri = "file:///docs/fix-all.md"
    text = f"# Models\n\n{WRONG}\n\nMistral 7B is an open-source model.\n\n{RIGHT}\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    [action] = await actions_for(client, uri, [], only=[types.CodeActionKind.SourceFixAll])
    assert action.kind == "source.fixAll.openwash"
    resolved = await client.code_action_resolve_async(action)
    [doc_edit] = resolved.edit.document_changes
    assert apply(text, doc_edit.edits) == (
        "# Models\n\nMeta released Llama 2, a source-available model.\n\n"
        f"Mistral 7B is an open-weights model.\n\n{RIGHT}\n"
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
async def test_no_fix_joins_the_lines_of_a_wrapped_claim(client: LanguageClient, newline: str):
    # The same rule as `openwash check --fix`: a claim wrapped over two lines is left to a person.
    uri = f"file:///docs/wrapped-{len(newline)}-{newline == chr(13)}.md"
    text = f"Mistral 7B is an open{newline}source model.{newline}"
    open_doc(client, uri, text)
    [diag] = await published(client, uri, 1)
    actions = await actions_for(client, uri, [diag])
    assert [a.title for a in actions] == ["Disable OW101 for this line"]
    assert not any("\n" in a.title or "\r" in a.title for a in actions)
    assert not await actions_for(client, uri, [], only=[types.CodeActionKind.SourceFixAll])


async def test_fix_all_leaves_a_wrapped_claim_and_fixes_the_rest(client: LanguageClient):
    uri = "file:///docs/fix-all-wrapped.md"
    text = "Mistral 7B is an open\nsource model.\n\nMistral 7B is an open-source model.\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    [action] = await actions_for(client, uri, [], only=[types.CodeActionKind.SourceFixAll])
    resolved = await client.code_action_resolve_async(action)
    [doc_edit] = resolved.edit.document_changes
    assert apply(text, doc_edit.edits) == (
        "Mistral 7B is an open\nsource model.\n\nMistral 7B is an open-weights model.\n"
    )


# --- hover -----------------------------------------------------------------------------------


async def hover_at(client: LanguageClient, uri: str, line: int, character: int) -> types.Hover | None:
    return await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=line, character=character),
        )
    )


async def test_hover_on_a_model_shows_its_card(client: LanguageClient):
    uri = "file:///docs/hover-model.md"
    open_doc(client, uri, f"{WRONG}\n")
    await published(client, uri, 1)
    hover = await hover_at(client, uri, 0, WRONG.index("Llama") + 2)
    card = hover.contents.value
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert card.startswith("**Llama 2** (Meta)")
    assert "Status: **source-available**" in card
    assert "[Llama 2 Community License Agreement](https://" in card
    assert "Key restriction: Acceptable use policy" in card
    assert "Released: weights yes, training code no, training data not released" in card
    assert "Evidence: [" in card and "Checked: " in card
    assert hover.range == rng(0, WRONG.index("Llama"), WRONG.index("Llama") + len("Llama 2"))


async def test_hover_on_a_model_named_away_from_any_claim(client: LanguageClient):
    uri = "file:///docs/hover-no-claim.md"
    text = f"Mistral 7B has a context window of 8k tokens.\n\n{WRONG}\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    hover = await hover_at(client, uri, 0, 3)
    assert hover.contents.value.startswith("**Mistral 7B** (Mistral AI)")
    assert hover.range == rng(0, 0, len("Mistral 7B"))


async def test_hover_on_a_wrong_claim_says_why(client: LanguageClient):
    uri = "file:///docs/hover-claim.md"
    open_doc(client, uri, f"{WRONG}\n")
    await published(client, uri, 1)
    card = (await hover_at(client, uri, 0, WRONG.index("open-source") + 3)).contents.value
    assert "Wrong for Llama 2, which is source-available" in card
    assert BY_CODE["OW102"].summary in card
    assert "Say 'source-available' instead." in card


async def test_hover_on_a_correct_claim_says_so(client: LanguageClient):
    uri = "file:///docs/hover-right.md"
    open_doc(client, uri, f"{RIGHT}\n")
    await published(client, uri, 1)
    card = (await hover_at(client, uri, 0, RIGHT.index("open") + 1)).contents.value
    assert "Correct for OLMo (open source)." in card


async def test_hover_on_a_negated_claim_gives_the_reason(client: LanguageClient):
    uri = "file:///docs/hover-negated.md"
    text = "Llama 2 is not open source.\n"
    open_doc(client, uri, text)
    await published(client, uri, 1)
    card = (await hover_at(client, uri, 0, text.index("open"))).contents.value
    assert "not checked against a model (negated)" in card


async def test_hover_elsewhere_is_empty(client: LanguageClient):
    uri = "file:///docs/hover-nothing.md"
    open_doc(client, uri, f"Plain words.\n\n{WRONG}\n")
    await published(client, uri, 1)
    assert await hover_at(client, uri, 0, 2) is None


# --- configuration ---------------------------------------------------------------------------


async def eventually(check, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_the_projects_configuration_file_applies_and_is_reread(client: LanguageClient, tmp_path):
    config = tmp_path / ".openwash.toml"
    config.write_text('ignore = ["OW102"]\n', encoding="utf-8")
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    uri = page.as_uri()
    open_doc(client, uri, f"{WRONG}\n\nGPT-4 is open source.\n")
    assert [d.code for d in await published(client, uri, 1)] == ["OW103"]

    def changed() -> None:
        event = types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[event]))

    # A broken file is shown to the user, and nothing is reported until it is mended.
    config.write_text("select = 5\n", encoding="utf-8")
    changed()
    await eventually(lambda: any("select: expected a list of strings" in m.message for m in client.messages))
    await eventually(lambda: not client.diagnostics[uri])
    config.write_text('ignore = ["OW103"]\n', encoding="utf-8")
    changed()
    await eventually(lambda: [d.code for d in client.diagnostics[uri]] == ["OW102"])


@pytest_lsp.fixture(config=CONFIG)
async def ignoring_client(lsp_client: LanguageClient):
    await start(lsp_client, options={"debounce": 0, "ignore": ["OW102"]})
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="function")
async def test_initialization_options_and_did_change_configuration(ignoring_client: LanguageClient):
    client = ignoring_client
    uri = "file:///docs/config.md"
    open_doc(client, uri, f"{WRONG}\n\nGPT-4 is open source.\n")
    assert [d.code for d in await published(client, uri, 1)] == ["OW103"]
    # Settings pushed by the editor win; the document is linted again.
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"openwash": {"ignore": [], "select": ["OW102"]}})
    )
    for _ in range(500):
        codes = [d.code for d in client.diagnostics[uri]]
        if codes == ["OW102"]:
            break
        await asyncio.sleep(0.02)
    assert codes == ["OW102"]
    # An empty notification makes the server ask (workspace/configuration).
    client.set_configuration({"select": ["OW1"], "ignore": ["OW103"]}, section="openwash")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    for _ in range(500):
        codes = [d.code for d in client.diagnostics[uri]]
        if codes == ["OW102"]:
            break
        await asyncio.sleep(0.02)
    assert codes == ["OW102"]


@pytest_lsp.fixture(config=CONFIG)
async def patient_client(lsp_client: LanguageClient):
    await start(lsp_client, options={"debounce": 1500})
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="function")
async def test_a_burst_of_edits_is_linted_once_after_the_pause(patient_client: LanguageClient):
    client = patient_client
    uri = "file:///docs/burst.md"
    open_doc(client, uri, "OLMo is open source.\n")  # opening is linted at once
    assert await published(client, uri, 1) == []
    for version in range(2, 12):  # ten keystrokes, well within the 1.5 s debounce
        change(client, uri, version, types.TextDocumentContentChangePartial(range=rng(1, 0, 0), text="x"))
    await published(client, uri, 11)
    assert [p.version for p in client.published if p.uri == uri] == [1, 11]  # type: ignore[attr-defined]


@pytest_lsp.fixture(config=CONFIG)
async def misconfigured_client(lsp_client: LanguageClient):
    await start(lsp_client, options={"debounce": 0, "ignore": 5, "colour": "blue"})
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="function")
async def test_broken_settings_are_shown_and_the_server_keeps_working(misconfigured_client: LanguageClient):
    client = misconfigured_client
    uri = "file:///docs/broken-settings.md"
    open_doc(client, uri, f"{WRONG}\n")
    assert [d.code for d in await published(client, uri, 1)] == ["OW102"]
    [shown] = client.messages
    assert shown.type == types.MessageType.Error
    assert shown.message == "openwash: invalid initializationOptions: unknown setting 'colour'"
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"select": "OW1x"}))
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"debounce": -1}))
    for _ in range(200):
        if len(client.messages) == 2:
            break
        await asyncio.sleep(0.02)
    assert client.messages[1].message == (
        "openwash: invalid settings: 'debounce' must be milliseconds from 0 to 10000, not -1"
    )


@pytest_lsp.fixture(config=CONFIG)
async def utf8_client(lsp_client: LanguageClient):
    # Offered second, UTF-8 is still preferred.
    result = await start(lsp_client, options={"debounce": 0}, encodings=["utf-16", "utf-8"])
    assert result.capabilities.position_encoding == "utf-8"
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="function")
async def test_ranges_count_utf8_bytes_when_negotiated(utf8_client: LanguageClient):
    client = utf8_client
    uri = "file:///docs/utf8.md"
    before = "Café 😀 naïve: "
    open_doc(client, uri, f"{before}{WRONG}\n")
    [diag] = await published(client, uri, 1)
    start = len((before + WRONG[: WRONG.index("open-source")]).encode("utf-8"))
    assert diag.range == rng(0, start, start + len("open-source"))
    # An incremental edit in UTF-8 units, after the emoji: replace "Llama 2" by "OLMo".
    llama = len((before + WRONG[: WRONG.index("Llama")]).encode("utf-8"))
    change(
        client,
        uri,
        2,
        types.TextDocumentContentChangePartial(range=rng(0, llama, llama + len("Llama 2")), text="OLMo"),
    )
    assert await published(client, uri, 2) == []


@pytest.mark.parametrize(
    ("uri", "language", "text", "line", "column"),
    [
        ("file:///tmp/ow-formats/notes.rst", "restructuredtext", "Notes\n=====\n\n" + WRONG + "\n", 3, 26),
        (
            "file:///tmp/ow-formats/page.html",
            "html",
            "<p>" + WRONG + "</p>\n<pre>" + WRONG + "</pre>\n",
            0,
            29,
        ),
        ("untitled:Untitled-1", "mdx", "import X from 'x'\n\n" + WRONG + "\n", 2, 26),
    ],
)
async def test_other_formats_the_cli_reads(client, uri, language, text, line, column) -> None:
    open_doc(client, uri, text, language)
    diagnostics = await published(client, uri, 1)
    assert [(d.code, d.range.start.line, d.range.start.character) for d in diagnostics] == [
        ("OW102", line, column)
    ]
