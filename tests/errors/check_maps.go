package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	v, ok := m["a"]
	_, _ = v, ok
	m["c"] = 3
	delete(m, "a")
	clear(m)
	for k, v := range m {
		_, _ = k, v
	}
	var bad map[[]int]bool // ERROR "invalid map key type \[\]int"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	var n int
	delete(n, 1) // ERROR "invalid argument: n \(variable of type int\) is not a map"
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	clear(n) // ERROR "invalid argument: n \(variable of type int\) must be a map or slice"
	var ms map[string]struct{ x int }
	ms["a"].x = 1 // ERROR "cannot assign to struct field ms\[\"a\"\].x in map"
	_ = len(m) + cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
	_ = bad
	_ = min(1, 2.5) + max(n, 3)
}
