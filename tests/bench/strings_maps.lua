-- strings_maps: twin of strings_maps.go: build the same text (same LCG, table.concat as the
-- string builder), split on whitespace, count words in a table, print the same lines.
local syllables = {"ka", "lo", "mi", "nu", "ra", "te", "so", "vi", "xe", "zu", "pa", "do"}
local nsyl = #syllables
local words = 2000000
local seed = 12345
local function next()
  seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
  return seed >> 8
end
local parts, np = {}, 0
for i = 0, words - 1 do
  local n = 1 + next() % 3
  for _ = 1, n do
    np = np + 1
    parts[np] = syllables[next() % nsyl + 1]
  end
  np = np + 1
  if i % 16 == 15 then parts[np] = "\n" else parts[np] = " " end
end
local text = table.concat(parts)
parts = nil
local counts, distinct = {}, 0
for w in string.gmatch(text, "%S+") do
  local c = counts[w]
  if c then counts[w] = c + 1 else counts[w] = 1; distinct = distinct + 1 end
end
local list = {}
for k, v in pairs(counts) do list[#list + 1] = {k, v} end
table.sort(list, function(a, b)
  if a[2] ~= b[2] then return a[2] > b[2] end
  return a[1] < b[1]
end)
print(#text .. " " .. distinct)
for i = 1, 5 do print(list[i][1] .. " " .. list[i][2]) end
print("kalo " .. (counts["kalo"] or 0) .. " zuzuzu " .. (counts["zuzuzu"] or 0))
