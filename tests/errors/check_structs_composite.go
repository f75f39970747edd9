// Checker errors: composite literals and comparability.
package main

type P struct{ X, Y int }

type S struct {
	L []int
}

func main() {
	_ = P{Z: 1} // ERROR "unknown field '?Z'? in struct literal of type P"
	_ = P{1} // ERROR "too few values in (struct literal of type P|P\{…\})"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = P{1, 2, 3} // ERROR "too many values in (struct literal of type P|P\{…\})"
	a, b := S{}, S{}
	_ = a == b // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
	_ = map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	_ = []int{1, "two"} // ERROR `cannot use "two" \(untyped string constant\) as int value in array or slice literal`
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
}
