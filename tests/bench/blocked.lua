-- blocked: 100,000 coroutines suspended at the same time (twin of
-- blocked.go): each is started and suspends waiting for the release; then
-- all are resumed to completion.
local n = 100000

local waiting = {}
for i = 1, n do
  local co = coroutine.create(function()
    coroutine.yield() -- blocked until released
    return true
  end)
  coroutine.resume(co)
  waiting[i] = co
end

local done = 0
for i = 1, n do
  local _, ok = coroutine.resume(waiting[i])
  if ok then done = done + 1 end
end
print(n)
