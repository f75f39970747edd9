-- prime_sieve: twin of prime_sieve.go with Lua 5.4 coroutines. Lua cannot
-- nest 1,500 resumes (its C stack limit is about 200), so a driver loop plays
-- the channels: it takes each number from a generator coroutine and resumes
-- the filter coroutines in chain order with it, each answering whether its
-- prime lets it through; a number that passes them all is the next prime and
-- gets a filter of its own. One resume and one yield per number per stage,
-- as one send and one receive in Go.
local count = 1500
local wrap, yield = coroutine.wrap, coroutine.yield

local generate = wrap(function()
  local i = 2
  while true do
    yield(i)
    i = i + 1
  end
end)

local function filter(prime)
  local f = wrap(function(i)
    while true do
      i = yield(i % prime ~= 0)
    end
  end)
  return f
end

local filters = {}
local prime = 0
while #filters < count do
  local i = generate()
  local passed = true
  for k = 1, #filters do
    if not filters[k](i) then
      passed = false
      break
    end
  end
  if passed then
    prime = i
    filters[#filters + 1] = filter(prime)
  end
end
print(prime)
