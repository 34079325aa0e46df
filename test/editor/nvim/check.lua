-- Neovim (0.7.2, Debian's) as a second real LSP client: starts
-- `node dist/server.js --stdio` with vim.lsp.start_client (vim.lsp.start
-- only exists from 0.8), attaches the open briefing, and asserts on the
-- diagnostics it publishes and on hovers over a citation and a quotation.
-- Run by test/editor/neovim.ts:
--   SOURCED_SERVER=dist/server.js SOURCED_NVIM_RESULT=out.json \
--   nvim --headless -u NONE -i NONE -n -c 'luafile check.lua' briefing.md
-- Writes a JSON result and exits 0 when every check passed, 1 otherwise.
local server = assert(os.getenv('SOURCED_SERVER'), 'SOURCED_SERVER is not set')
local out = assert(os.getenv('SOURCED_NVIM_RESULT'), 'SOURCED_NVIM_RESULT is not set')
local result = { nvim = vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch, checks = {} }

local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = detail })
end

local function finish()
  local failed = 0
  for _, c in ipairs(result.checks) do if not c.ok then failed = failed + 1 end end
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(failed == 0 and 'qa!' or 'cquit 1')
end

local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown'
local root = vim.fn.getcwd()
local client_id = vim.lsp.start_client({
  name = 'sourced',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'briefings' } },
  -- Answered to workspace/configuration by Neovim's default handler.
  settings = { sourced = { corpus = { folders = { 'corpus' } }, quotes = { insertStyle = 'inline' } } },
  on_exit = function(code) result.server_exit = code end,
})
vim.lsp.buf_attach_client(bufnr, client_id)

local function code_of(d)
  if d.code then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code
end

local function codes()
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do seen[code_of(d) or '?'] = (seen[code_of(d) or '?'] or 0) + 1 end
  return seen
end

-- 1. Diagnostics: wait (polling the event loop, 30 s at most) for the checked briefing.
local expected = { 'unsupported-claim', 'citation-does-not-support', 'unknown-source', 'misquote', 'quote-not-found' }
local got = vim.wait(30000, function()
  local seen = codes()
  for _, c in ipairs(expected) do if not seen[c] then return false end end
  return true
end, 50)
result.diagnostics = vim.tbl_map(function(d)
  return { line = d.lnum + 1, code = code_of(d), severity = d.severity, message = d.message }
end, vim.diagnostic.get(bufnr))
check('diagnostics: every finding code on the briefing', got, vim.inspect(codes()))
local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
local typo_ok = false
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if code_of(d) == 'unknown-source' and lines[d.lnum + 1]:find('tact-inovation', 1, true) then typo_ok = true end
end
check('diagnostics: unknown-source on the misspelt key', typo_ok)

local function position_of(needle, delta)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then return { line = i - 1, character = col - 1 + (delta or 0) } end
  end
end

local function hover_at(needle, delta)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position_of(needle, delta) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, r in pairs(responses) do
    if r.result and r.result.contents then
      local c = r.result.contents
      return type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c)
    end
  end
  return ''
end

-- 2. Hover on a citation: the source card.
local card = hover_at('[@ccn-future-of-childrens-social-care]', 3)
result.citation_hover = card
check('hover on a citation: the source card',
  card:find('The Future of Children', 1, true) ~= nil and card:find('County Councils Network', 1, true) ~= nil, card)

-- 3. Hover on a quotation: where it is in the source.
local quote = hover_at('Caution is needed in terms', 3)
result.quotation_hover = quote
check('hover on a quotation: quoted exactly, with its place in the source',
  quote:find('Quoted exactly', 1, true) ~= nil and quote:find('ncercc', 1, true) ~= nil, quote)

-- 4. Completion of citation keys inside the misspelt citation.
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position_of('[@tact-inovation]', 6), context = { triggerKind = 1 } }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 10000) or {}
local labels = {}
for _, r in pairs(responses) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
end
result.completion = labels
check('completion after [@tact: citation keys', vim.tbl_contains(labels, 'tact-innovation'), table.concat(labels, ', '))

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
