"""Debian's Neovim, headless, with its built-in LSP client: it opens a fixture draft with `candor lsp` as the
server and writes the diagnostics it shows to a file, which must equal neovim/expected.txt. Neovim keeps
columns in bytes, converted from the UTF-16 positions the server sent: the emoji before each finding would
shift them if the server counted anything else."""

import os
import pathlib
import shutil
import subprocess

from conftest import CANDOR, SERVER_ENV

HERE = pathlib.Path(__file__).resolve().parent / "neovim"


def test_neovim_shows_the_diagnostics_at_their_places(tmp_path):
    nvim = shutil.which("nvim")
    assert nvim, "Neovim is missing: `make test` installs Debian's neovim package"
    folder = tmp_path / "drafts"
    shutil.copytree(HERE, folder)
    out = tmp_path / "diagnostics.txt"
    env = dict(SERVER_ENV, CANDOR=CANDOR, CANDOR_DRAFT=str(folder / "draft.md"), CANDOR_OUT=str(out))
    subprocess.run([nvim, "--headless", "--clean", "-u", "NONE", "-c", f"luafile {folder / 'diagnostics.lua'}"],
                   env=env, cwd=folder, timeout=60, check=True, stdin=subprocess.DEVNULL, capture_output=True)
    assert out.read_text() == (HERE / "expected.txt").read_text()
