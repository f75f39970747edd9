// Diagnostics for complex operands, with go/types' wording.
package main

func main() {
	c := 1 + 2i
	_ = c / 0 // a variable divided by zero is not a compile-time error
	_ = c < c // ERROR "invalid operation: c < c \(operator < not defined on complex128\)"
	_ = c % 2 // ERROR "operator % not defined on c \(variable of type complex128\)"
	var f float64 = c // ERROR "cannot use c \(variable of type complex128\) as float64 value in variable declaration"
	_ = complex64(1e300) // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type complex64"
	_ = complex(1, "a") // ERROR "mismatched types untyped float and untyped string"
	var x float32
	var y float64
	_ = complex(x, y) // ERROR "invalid operation: complex\(x, y\) \(mismatched types float32 and float64\)"
	_ = 1 << c // ERROR "shift count c \(variable of type complex128\) must be integer"
	_ = 1i / 0 // ERROR "invalid operation: division by zero"
	_ = f
	_ = real("s") // ERROR "invalid argument: argument has type untyped string, expected complex type"
}
