package main

func main() {
	var _ struct {
		a int
		a string // ERROR "a redeclared"
	}
	var f struct{ s []int }
	var g struct{ s []int }
	_ = f == g // ERROR "invalid operation: f == g \(struct containing \[\]int cannot be compared\)"
	var a, b [2][]int
	_ = a == b // ERROR "invalid operation: a == b \(\[2\]\[\]int cannot be compared\)"
	_ = []int{} == nil
	var q *int = new(int)
	*q = 3
	var r *string = q // ERROR "cannot use q \(variable of type \*int\) as \*string value in variable declaration"
	_ = r
	_ = []*struct{ x int }{{1}, nil}
	_ = x // ERROR "undefined: x"
}
