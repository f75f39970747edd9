-- binary_trees: the benchmarks-game binary-trees program (twin of binary_trees.go), depth 16.
local function bottomUp(depth)
  if depth <= 0 then return {} end
  depth = depth - 1
  return { bottomUp(depth), bottomUp(depth) }
end

local function check(tree)
  local left = tree[1]
  if left == nil then return 1 end
  return 1 + check(left) + check(tree[2])
end

local n = 16
local minDepth = 4
local maxDepth = n
if minDepth + 2 > n then maxDepth = minDepth + 2 end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local longLived = bottomUp(maxDepth)
for d = minDepth, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + minDepth)
  local c = 0
  for _ = 1, iters do
    c = c + check(bottomUp(d))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, c))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived)))
