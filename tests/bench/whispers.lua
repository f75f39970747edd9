-- whispers: a chain of 100,000 coroutines (twin of whispers.go). Every
-- coroutine is created and started, so it sits suspended waiting for its
-- value as a goroutine waits on its channel; then the value travels from the
-- rightmost to the leftmost, one resume per hop.
local n = 100000

local chain = {}
for i = 1, n do
  local co = coroutine.create(function()
    local v = coroutine.yield()
    return v + 1
  end)
  coroutine.resume(co) -- run to the receive
  chain[i] = co
end

local v = 1
for i = n, 1, -1 do
  local _, r = coroutine.resume(chain[i], v)
  v = r
end
print(v)
