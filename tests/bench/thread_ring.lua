-- thread_ring: twin of thread_ring.go with Lua 5.4 coroutines: 503 coroutines
-- in a ring pass a token 5,000,000 times. A small loop plays the scheduler:
-- each member yields the decremented token, and the loop resumes the next
-- member with it (one resume and one yield per hop, as one send and one
-- receive per hop in Go); the member that gets 0 yields its number instead.
local ring, hops = 503, 5000000
local yield = coroutine.yield

local members = {}
for id = 1, ring do
  members[id] = coroutine.wrap(function(token)
    while token ~= 0 do
      token = yield(false, token - 1)
    end
    yield(true, id)
  end)
end

local id, token, finished = 1, hops, false
while true do
  finished, token = members[id](token)
  if finished then break end
  id = id % ring + 1
end
print(token)
