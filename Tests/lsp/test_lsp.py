"""`candor lsp` end to end (see conftest.py)."""

import json
import os
import pathlib
import subprocess

from lsprotocol import types

from conftest import CANDOR, SERVER_ENV, diagnostics_of, initialize, open_document

DRAFT = "Thanks @sam, we leverage the new export. Does it work for you?\n"


def codes(diagnostics):
    return [d.code for d in diagnostics]


def apply_edits(text: str, edits) -> str:
    """Applies LSP TextEdits (UTF-16 positions) to `text`, last first."""
    lines = text.splitlines(keepends=True) or [""]

    def offset(position):
        before = "".join(lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return len(before) + len(units)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def test_initialize_offers_incremental_sync_and_utf16(client, workspace):
    result = await initialize(client)
    assert result.server_info.name == "candor"
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert result.capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert result.capabilities.hover_provider
    assert result.capabilities.code_lens_provider is not None


async def test_diagnostics_on_open_and_on_change(client, workspace):
    await initialize(client)
    draft = workspace / "draft.md"
    found = await open_document(client, draft, DRAFT)
    jargon = next(d for d in found if d.code == "Candor.Jargon")
    assert jargon.severity == types.DiagnosticSeverity.Warning
    assert jargon.source == "candor"
    assert (jargon.range.start.line, jargon.range.start.character, jargon.range.end.character) == (0, 16, 24)
    # "leverage" (columns 16-24) becomes "use": the finding goes.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=draft.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=16), end=types.Position(line=0, character=24)),
            text="use")]))
    assert "Candor.Jargon" not in codes(await diagnostics_of(client, draft))
    # A whole-text change brings it back.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=draft.as_uri(), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="We utilize it, @sam?\n")]))
    again = await diagnostics_of(client, draft)
    assert [(d.code, d.range.start.character) for d in again if d.code == "Candor.Jargon"] == [("Candor.Jargon", 3)]


async def test_utf16_positions_after_emoji_and_astral_characters(client, workspace):
    await initialize(client)
    # 😀 and 𝒜 are astral (two UTF-16 units each), é is one: "leverage" starts at unit 8 (byte 13, scalar 6).
    found = await open_document(client, workspace / "emoji.md", "😀 𝒜 é leverage this, @sam?\n")
    jargon = next(d for d in found if d.code == "Candor.Jargon")
    assert (jargon.range.start.character, jargon.range.end.character) == (8, 16)


async def test_utf8_positions_when_the_client_offers_them(client, workspace):
    result = await initialize(client, encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    found = await open_document(client, workspace / "emoji.md", "😀 𝒜 é leverage this, @sam?\n")
    jargon = next(d for d in found if d.code == "Candor.Jargon")
    assert (jargon.range.start.character, jargon.range.end.character) == (13, 21)


async def test_code_actions_applied_remove_the_finding(client, workspace):
    await initialize(client)
    draft = workspace / "draft.md"
    await open_document(client, draft, DRAFT)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()),
        range=types.Range(start=types.Position(line=0, character=18), end=types.Position(line=0, character=18)),
        context=types.CodeActionContext(diagnostics=[])))
    by_title = {action.title: action for action in actions}
    assert {"Replace 'leverage' with 'use'", "Add 'candor-disable-next-line Candor.Jargon' above",
            "Accept 'leverage' in .candor.yml"} <= set(by_title)

    version = 1
    for title in ["Replace 'leverage' with 'use'", "Add 'candor-disable-next-line Candor.Jargon' above"]:
        action = by_title[title]
        assert action.kind == types.CodeActionKind.QuickFix
        assert action.diagnostics[0].code == "Candor.Jargon"
        text = apply_edits(DRAFT, action.edit.changes[draft.as_uri()])
        version += 1
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=draft.as_uri(), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        assert "Candor.Jargon" not in codes(await diagnostics_of(client, draft)), title

    # Back to the draft; accepting the word edits .candor.yml, and once saved the finding goes.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=draft.as_uri(), version=version + 1),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=DRAFT)]))
    assert "Candor.Jargon" in codes(await diagnostics_of(client, draft))
    config = workspace / ".candor.yml"
    edits = by_title["Accept 'leverage' in .candor.yml"].edit.changes[config.as_uri()]
    config.write_text(apply_edits(config.read_text(), edits))
    assert config.read_text() == "packs: [Candor]\naccept: [leverage]\n"
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    assert "Candor.Jargon" not in codes(await diagnostics_of(client, draft))


async def test_hover_explains_the_rule(client, workspace):
    await initialize(client)
    draft = workspace / "draft.md"
    await open_document(client, draft, DRAFT)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(line=0, character=18)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "**Candor.Jargon** (warning): 'leverage' is business jargon." in hover.contents.value
    assert "Business jargon and buzzwords" in hover.contents.value
    assert "flag:" in hover.contents.value and "pass:" in hover.contents.value
    assert (hover.range.start.character, hover.range.end.character) == (16, 24)
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri()), position=types.Position(line=0, character=2)))
    assert nothing is None


async def test_score_and_coach_as_code_lenses(client, workspace):
    await initialize(client)
    draft = workspace / "thread.md"
    await open_document(client, draft, "Hey @sam, does the export work for you now?\n---\n"
                        "We are pleased to announce our industry-leading platform! Learn more: https://example.com\n")
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri())))
    titles = [(lens.range.start.line, lens.command.title) for lens in lenses]
    scores = [(line, title) for line, title in titles if title.startswith("score ")]
    assert [line for line, _ in scores] == [0, 2]
    assert scores[1][1].endswith(" · broadcast")
    assert any(line == 2 and title.startswith("coach: ") for line, title in titles)
    assert not any(line == 0 and title.startswith("coach: ") for line, title in titles)


async def test_a_watched_rule_file_edited_relints(client, tmp_path):
    (tmp_path / ".candor.yml").write_text("packs: [House]\n")
    rule = tmp_path / "House" / "Banned.yml"
    rule.parent.mkdir()
    rule.write_text("extends: existence\nmessage: \"Avoid '%s'\"\ntokens: [robust]\n")
    await initialize(client)
    draft = tmp_path / "draft.md"
    found = await open_document(client, draft, "A robust and seamless plan.\n")
    watched = [w["globPattern"] for r in client.registrations if r.method == "workspace/didChangeWatchedFiles"
               for w in r.register_options["watchers"]]
    assert "**/.candor.yml" in watched and "**/*.yml" in watched
    assert [(d.code, d.range.start.character) for d in found] == [("House.Banned", 2)]
    rule.write_text("extends: existence\nmessage: \"Avoid '%s'\"\ntokens: [seamless]\n")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=rule.as_uri(), type=types.FileChangeType.Changed)]))
    found = await diagnostics_of(client, draft)
    assert [(d.code, d.range.start.character) for d in found] == [("House.Banned", 13)]
    await client.text_document_code_lens_async(types.CodeLensParams(
        text_document=types.TextDocumentIdentifier(uri=draft.as_uri())))  # the refresh request came before this answer
    assert client.code_lens_refreshes == 1


async def test_a_half_written_csv_row_gets_a_diagnostic_at_its_line(client, workspace):
    await initialize(client)
    queue = workspace / "queue.csv"
    text = "text,platform\n\"We leverage it, @sam?\",x\n\"Unclosed quote, x\n"
    found = await open_document(client, queue, text, language="csv")
    assert any(d.code == "Candor.Jargon" and d.range.start.line == 1 for d in found)
    broken = [d for d in found if d.code is None]
    assert len(broken) == 1 and broken[0].severity == types.DiagnosticSeverity.Error
    assert broken[0].range.start.line == 2


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_frames(stdout: bytes):
    """Every message on stdout; fails if anything else is there."""
    messages = []
    while stdout:
        header, separator, rest = stdout.partition(b"\r\n\r\n")
        assert separator, f"bytes outside a frame: {stdout[:80]!r}"
        assert header.startswith(b"Content-Length: "), header
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        stdout = rest[length:]
    return messages


def run_raw(data: bytes):
    run = subprocess.run([CANDOR, "lsp"], input=data, capture_output=True, env=SERVER_ENV, timeout=60)
    return run.returncode, read_frames(run.stdout)


def test_malformed_messages_get_errors_and_the_server_goes_on():
    initialize_request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).encode()
    data = (b"Content-Type: nothing\r\n\r\n"  # no Content-Length
            + frame(b"{\"jsonrpc\": \"2.0\", \"id\": ")  # cut off JSON
            + frame(b"[]")  # no request object
            + frame(initialize_request)
            + frame(b'{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{}}}')
            + frame(b'{"jsonrpc":"2.0","id":3,"method":"no/such","params":{}}'))
    status, messages = run_raw(data)
    errors = [(m.get("id"), m["error"]["code"]) for m in messages if "error" in m]
    assert errors == [(None, -32700), (None, -32700), (None, -32600), (2, -32602), (3, -32601)]
    assert any(m.get("id") == 1 and "capabilities" in m["result"] for m in messages)
    assert status == 1  # stdin closed without shutdown


def test_shutdown_then_exit_ends_with_status_0_and_requests_after_shutdown_fail():
    data = b"".join(frame(json.dumps(m).encode()) for m in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {}},
        {"jsonrpc": "2.0", "method": "exit"},
        {"jsonrpc": "2.0", "id": 4, "method": "initialize", "params": {}},  # after exit: never read
    ])
    status, messages = run_raw(data)
    assert status == 0
    assert [m.get("id") for m in messages] == [1, 2, 3]
    assert messages[1]["result"] is None
    assert messages[2]["error"]["code"] == -32600


def test_exit_without_shutdown_ends_with_status_1():
    data = frame(b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}') + frame(b'{"jsonrpc":"2.0","method":"exit"}')
    status, _ = run_raw(data)
    assert status == 1
