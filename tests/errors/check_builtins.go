// Checker errors: misuse of the builtins len, cap, append, copy, delete, make, new, complex, real.
package main

func main() {
	m := map[string]int{}
	s := []int{1}
	n := 3
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
	s = append(n, 1) // ERROR "invalid argument: n \(variable of type int\) is not a slice|first argument to append must be a slice"
	copy(s, "abc") // ERROR `arguments to copy s \(variable of type \[\]int\) and "abc" \(untyped string constant\) have different element types int and byte`
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(5) // ERROR "5 is not a type"
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for built-in len"
	var c complex128 = complex(1, "x") // ERROR "mismatched types untyped float and untyped string"
	_ = real(n) // ERROR "complex type"
	_ = c
}
