-- loop: a tight integer loop (twin of loop.go). Lua's % floors where Go's
-- truncates, but i*i is never negative here, so the results agree.
local sum = 0
for i = 0, 100000000 - 1 do
  local x = i * i % 7
  if x > 3 then
    sum = sum + x
  else
    sum = sum - 1
  end
end
print(sum)
