-- sort: twin of sort.go: the same hand-written quicksort of 1,000,000 ints from the same LCG.
-- The array is 0-based like the Go version.
local function insertion(a, lo, hi)
  for i = lo + 1, hi do
    local v = a[i]
    local j = i - 1
    while j >= lo and a[j] > v do
      a[j + 1] = a[j]
      j = j - 1
    end
    a[j + 1] = v
  end
end

local function quicksort(a, lo, hi)
  while hi - lo > 16 do
    local mid = lo + (hi - lo) // 2
    if a[mid] < a[lo] then a[mid], a[lo] = a[lo], a[mid] end
    if a[hi] < a[lo] then a[hi], a[lo] = a[lo], a[hi] end
    if a[hi] < a[mid] then a[hi], a[mid] = a[mid], a[hi] end
    local pivot = a[mid]
    local i, j = lo, hi
    while i <= j do
      while a[i] < pivot do i = i + 1 end
      while a[j] > pivot do j = j - 1 end
      if i <= j then
        a[i], a[j] = a[j], a[i]
        i = i + 1
        j = j - 1
      end
    end
    if j - lo < hi - i then
      quicksort(a, lo, j)
      lo = i
    else
      quicksort(a, i, hi)
      hi = j
    end
  end
  insertion(a, lo, hi)
end

local n = 1000000
local a = {}
local x = 42
for i = 0, n - 1 do
  x = (x * 1103515245 + 12345) % 2147483648
  a[i] = x % 1000000
end
quicksort(a, 0, n - 1)
local sum = 0
for i = 0, n - 1 do
  local v = a[i]
  if i > 0 and a[i - 1] > v then
    print("not sorted at", i)
    return
  end
  sum = (sum * 31 + v) % 1000000007
end
print(a[0] .. " " .. a[n // 2] .. " " .. a[n - 1] .. " " .. sum)
