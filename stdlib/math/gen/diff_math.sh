#!/bin/sh
# The large differential test of package math: runs
# tests/lang/pkg_math/bits_diff.go with CASES random arguments per function
# (default 6000) and every case printed, under `go run` and under csp, and
# compares the two outputs line by line. SEED (nonzero) replaces the start
# of the program's random stream.
#
#   stdlib/math/gen/diff_math.sh build/csp [CASES [SEED]]
set -eu
csp=${1:?usage: diff_math.sh path/to/csp [cases]}
cases=${2:-6000}
seed=${3:-}
root=$(cd "$(dirname "$0")/../../.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
seed_edit=
if [ -n "$seed" ]; then seed_edit="s/^var state uint64 = .*/var state uint64 = $seed/"; fi
sed -e "s/^\tcases = [0-9]*/\tcases = $cases/" -e "s/^\tevery = [0-9]*/\tevery = 1/" -e "$seed_edit" \
  "$root/tests/lang/pkg_math/bits_diff.go" > "$dir/diff.go"
(cd "$dir" && go run diff.go > go.txt)
"$csp" run "$dir/diff.go" > "$dir/csp.txt"
total=$(grep -c ' = ' "$dir/go.txt" || true)
if cmp -s "$dir/go.txt" "$dir/csp.txt"; then
  echo "math: all $total cases match go run"
  exit 0
fi
bad=$(diff "$dir/go.txt" "$dir/csp.txt" | grep -c '^>' || true)
echo "math: $bad of $total lines differ from go run; first differences (go, then csp):"
diff "$dir/go.txt" "$dir/csp.txt" | head -40
exit 1
