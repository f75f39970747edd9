-- skynet: twin of skynet.go with Lua 5.4 coroutines: 1,111,111 coroutines in
-- a 10-ary tree sum the numbers 0..999,999. Each node creates its ten child
-- coroutines, then resumes each one and adds up the number it returns (one
-- switch in and one out per child, like one send and one receive in Go).
-- A single thread runs the children one at a time, so only one path of the
-- tree is alive at once (Go keeps all 1,111,111 goroutines alive).
local leaves, fanout = 1000000, 10
local create, resume = coroutine.create, coroutine.resume

local function skynet(num, size)
  if size == 1 then
    return num
  end
  size = size // fanout
  local children = {}
  for i = 1, fanout do
    children[i] = create(skynet)
  end
  local sum = 0
  for i = 1, fanout do
    local _, v = resume(children[i], num + (i - 1) * size, size)
    sum = sum + v
  end
  return sum
end

local _, total = resume(create(skynet), 0, leaves)
print(total)
