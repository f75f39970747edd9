-- spectral_norm: the benchmarks-game spectral-norm program (twin of spectral_norm.go).
-- Indices are 0-based like the Go version so evalA gets the same arguments.
local N = 1500

local function evalA(i, j)
  return 1 / (((i + j) * (i + j + 1)) // 2 + i + 1)
end

local function times(v, u, n)
  for i = 0, n - 1 do
    local a = 0.0
    for j = 0, n - 1 do a = a + evalA(i, j) * u[j] end
    v[i] = a
  end
end

local function timesTransp(v, u, n)
  for i = 0, n - 1 do
    local a = 0.0
    for j = 0, n - 1 do a = a + evalA(j, i) * u[j] end
    v[i] = a
  end
end

local function aTimesTransp(v, u, n)
  local x = {}
  for i = 0, n - 1 do x[i] = 0.0 end
  times(x, u, n)
  timesTransp(v, x, n)
end

local u, v = {}, {}
for i = 0, N - 1 do u[i] = 1.0; v[i] = 0.0 end
for _ = 1, 10 do
  aTimesTransp(v, u, N)
  aTimesTransp(u, v, N)
end
local vBv, vv = 0.0, 0.0
for i = 0, N - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
io.write(string.format("%0.9f\n", math.sqrt(vBv / vv)))
