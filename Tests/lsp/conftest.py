"""End-to-end tests of `candor lsp` with pytest-lsp: a real LSP client (pygls) drives the built binary over
stdio. CANDOR names the binary (default: .build/debug/candor). Each test lints files in a folder of its own,
with a `.candor.yml` there and an empty user configuration, so nothing of the machine's leaks in."""

import os
import pathlib
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
CANDOR = os.environ.get("CANDOR", str(ROOT / ".build" / "debug" / "candor"))
# The user configuration the server sees: none.
USER_CONFIG = tempfile.mkdtemp(prefix="candor-lsp-xdg-")
SERVER_ENV = dict(os.environ, XDG_CONFIG_HOME=USER_CONFIG)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[CANDOR, "lsp"], server_env=SERVER_ENV))
async def client(lsp_client: LanguageClient):
    # VS Code's capabilities let the server register file watchers; the test client records them.
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    # And asks for code lenses again (the scores) after a configuration or rule changes.
    lsp_client.code_lens_refreshes = 0

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def code_lens_refresh(params):
        lsp_client.code_lens_refreshes += 1

    yield
    await lsp_client.shutdown_session()


async def initialize(client: LanguageClient, encodings=None) -> types.InitializeResult:
    """Starts the session as VS Code would, offering `encodings` when given."""
    capabilities = client_capabilities("visual-studio-code")
    if encodings is not None:
        capabilities.general = types.GeneralClientCapabilities(position_encodings=encodings)
    return await client.initialize_session(types.InitializeParams(capabilities=capabilities))


async def open_document(client: LanguageClient, path: pathlib.Path, text: str, language: str = "markdown"):
    """Opens `path` with `text` and waits for its first diagnostics."""
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=path.as_uri(), language_id=language, version=1, text=text)))
    return await diagnostics_of(client, path)


async def diagnostics_of(client: LanguageClient, path: pathlib.Path):
    """Waits until diagnostics for `path` arrive, and returns them."""
    uri = path.as_uri()
    while True:
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if uri in client.diagnostics:
            return client.diagnostics.pop(uri)


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / ".candor.yml").write_text("packs: [Candor]\n")
    return tmp_path
