package main

func g() []int { return nil }

func main() {
	s := []int{1, 2}
	_ = "abc"[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = s["a"] // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	_ = g()[:]
	_ = [3]int{}[:] // ERROR "invalid operation: \[3\]int{.*} \(value of type \[3\]int\) \(slice of unaddressable value\)"
	var p int
	_ = p[:] // ERROR "cannot slice p \(variable of type int\)"
	_ = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for built-in len"
	var arr [...]int // ERROR "invalid use of \[...\] array \(outside a composite literal\)"
	_ = arr
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	_ = append(s, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
	for i, v := range 5 { // ERROR "range over 5 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, v
	}
}
