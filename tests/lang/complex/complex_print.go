// The print and println builtins print complex values as Go's runtime does.
package main

import "math"

func main() {
	println(complex(1.5, -2))
	var f complex64 = complex(0.1, 3)
	println(f, -f)
	print(1i, 2+3i, "\n")
	var z complex128
	println(z, complex(math.Inf(1), math.NaN()), complex(-math.Inf(1), -0.0))
	println(1e100i)
}
// Output:
// Stderr:
// (+1.500000e+000-2.000000e+000i)
// (+1.000000e-001+3.000000e+000i) (-1.000000e-001-3.000000e+000i)
// (+0.000000e+000+1.000000e+000i)(+2.000000e+000+3.000000e+000i)
// (+0.000000e+000+0.000000e+000i) (+InfNaNi) (-Inf+0.000000e+000i)
// (+0.000000e+000+1.000000e+100i)
