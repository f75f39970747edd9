-- blocked_baseline: blocked.lua without the coroutines (but with the table
-- that holds them, which the Go twin does not need), the baseline for its
-- memory per coroutine.
local n = 100000
local waiting = {}
for i = 1, n do waiting[i] = false end
print(n)
