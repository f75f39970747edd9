package main

func f(xs ...int) {}

func main() {
	var a [3]int
	s := []int{1, 2}
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = append(a, 1) // ERROR "first argument to append must be a slice; have a \(variable of type \[3\]int\)"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	var x int
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
	f(s, s...) // ERROR "too many arguments in call to f"
	_ = copy(s, []string{}) // ERROR "arguments to copy s \(variable of type \[\]int\) and \[\]string{} \(value of type \[\]string\) have different element types int and string"
	const n = -1
	var b [n]int // ERROR "invalid array length n \(untyped int constant -1\)"
	_ = b
}
