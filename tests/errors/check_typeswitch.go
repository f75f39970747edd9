package main

type I interface{ M() }
type T struct{}
type P struct{}

func (*P) M() {}

func f(i I, n int, e interface{}) int {
	switch z := i.(type) { // ERROR "declared and not used: z"
	case T, int: // ERROR "impossible type switch case: T"
	case *P:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case nil:
	case *P: // ERROR "duplicate case \*P in type switch"
	}
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch e.(type) {
	case int, string:
	case nil, nil: // ERROR "duplicate case nil in type switch"
	case n: // ERROR "n \(variable of type int\) is not a type"
	}
	switch x := e.(type) {
	case int:
		return x + 1
	case string, bool:
		var y int = x // ERROR "cannot use x \(variable of type (interface{}|any)\) as int value in variable declaration"
		return y
	default:
		panic(x)
	}
}

func main() {
	f(nil, 0, nil)
}
