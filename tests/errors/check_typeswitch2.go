package main

func g(e any) int {
	switch e.(type) {
	case int:
		return 1
	default:
		return 2
	}
}

func h(e any) int {
	switch e.(type) {
	case int:
		return 1
	}
} // ERROR "missing return"

func main() {
	var e any
	switch _ := e.(type) { // ERROR "no new variable on left side of :="
	}
	var v any = 1
	switch v := v.(type) {
	case int, string:
		var s string = v // ERROR "cannot use v \(variable of type any\) as string value"
		_ = s
	}
L:
	switch v.(type) {
	case int:
		for {
			break L
		}
	}
	g(1)
	h(1)
}
