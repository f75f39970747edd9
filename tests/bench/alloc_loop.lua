-- alloc_loop: twin of alloc_loop.go: a ring of 40,960 strings of 512..2048 bytes (about
-- 52 MB live) overwritten 8,000,000 times (about 10 GB allocated); same checksum.
local slots = 40960
local allocs = 8000000
local ring = {}
local total, sum = 0, 0
local rep, char, byte = string.rep, string.char, string.byte
-- blocks[c] is 512 bytes of char(c): rep(blocks[c], n) allocates a fresh n*512-byte string
-- with block copies (string.rep of a 1-byte string copies byte by byte).
local blocks = {}
for c = 0, 255 do blocks[c] = rep(char(c), 512) end
for i = 0, allocs - 1 do
  local size = (i % 4 + 1) * 512
  local c = (i * 7 + (i >> 10)) & 0xFF
  local b = rep(blocks[c], size // 512)
  total = total + size
  local k = i % slots
  local old = ring[k]
  if old then
    sum = sum + byte(old, 1) + byte(old, #old) + #old
  end
  ring[k] = b
end
print((total >> 20) .. " MiB allocated, checksum " .. sum)
