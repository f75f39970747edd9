-- pingpong: 1,000,000 round trips between the main thread and one coroutine
-- (twin of pingpong.go: one resume and one yield per round trip).
local rounds = 1000000

local pong = coroutine.wrap(function(v)
  while true do
    v = coroutine.yield(v + 1)
  end
end)

local count = 0
for _ = 1, rounds do
  count = pong(count)
end
print(count)
