-- Neovim's built-in LSP client (0.7 and later) runs `candor lsp` on a draft and writes the diagnostics it
-- shows, one a line: line:col-endline:endcol (from 0, in bytes, as Neovim keeps them) severity code message.
-- Environment: CANDOR (the binary), CANDOR_DRAFT (the draft), CANDOR_OUT (where to write).
local candor, draft, out = os.getenv("CANDOR"), os.getenv("CANDOR_DRAFT"), os.getenv("CANDOR_OUT")
vim.cmd("edit " .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
local received = false
local server = {
  name = "candor",
  cmd = { candor, "lsp" },
  root_dir = vim.fn.fnamemodify(draft, ":p:h"),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result.uri == vim.uri_from_bufnr(bufnr) then received = true end
    end,
  },
}
-- `vim.lsp.start` (0.8 and later) attaches to the current buffer; Debian 12's 0.7 has only `start_client`.
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(server)
else
  client_id = vim.lsp.start_client(server)
  vim.lsp.buf_attach_client(bufnr, client_id)
end
local lines = {}
if vim.wait(20000, function() return received end, 20) then
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "-"
    table.insert(lines, string.format("%d:%d-%d:%d %d %s %s", d.lnum, d.col, d.end_lnum, d.end_col, d.severity, code, d.message))
  end
  table.sort(lines)
else
  lines = { "no diagnostics within 20 seconds" }
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
