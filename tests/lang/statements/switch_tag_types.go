// Expression switches on tags of every comparable kind: interfaces (case values of
// concrete types are boxed; nil case), structs, arrays, pointers, named types, strings,
// floats, bools, runes; a concrete tag against an interface case value; cases evaluated
// lazily top to bottom, left to right; init statements; fallthrough into default;
// default in the middle; break inside switch inside a loop.
package main

import "fmt"

type P struct{ X, Y int }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func describe(x interface{}) string {
	switch x {
	case nil:
		return "nil"
	case 1, 2:
		return "one or two"
	case "a":
		return "string a"
	case P{1, 2}:
		return "P{1,2}"
	case [2]int{3, 4}:
		return "array 3 4"
	case int8(1):
		return "int8 one"
	case Green:
		return "Green"
	case 2.5:
		return "float 2.5"
	case true:
		return "true"
	}
	return fmt.Sprintf("other %v", x)
}

func val(tag string, v int) int {
	fmt.Print(tag, " ")
	return v
}

func main() {
	for _, x := range []interface{}{nil, 1, 2, 3, "a", "b", P{1, 2}, P{2, 1}, [2]int{3, 4}, int8(1), int16(1), Green, Color(1), 1, 2.5, true, false} {
		fmt.Println(describe(x))
	}

	var sh Shape = Sq{3}
	switch sh {
	case Sq{2}:
		fmt.Println("Sq 2")
	case Sq{3}:
		fmt.Println("Sq 3")
	}
	// A concrete tag compared with interface case values.
	var target interface{} = 7
	switch 7 {
	case target:
		fmt.Println("7 matches interface holding 7")
	default:
		fmt.Println("no")
	}

	p := P{5, 6}
	switch p {
	case P{}:
		fmt.Println("zero")
	case P{5, 6}:
		fmt.Println("five six")
	}
	arr := [3]string{"a", "b", "c"}
	switch arr {
	case [3]string{"a", "b"}:
		fmt.Println("short")
	case [3]string{"a", "b", "c"}:
		fmt.Println("abc")
	}
	a, b := &P{}, &P{}
	switch a {
	case b:
		fmt.Println("same pointer?")
	case a:
		fmt.Println("a itself")
	}

	// Lazy evaluation: stops at the first match.
	switch val("tag", 3) {
	case val("c1", 1), val("c2", 2):
		fmt.Println("first")
	case val("c3", 3), val("c4", 4):
		fmt.Println("second")
	case val("c5", 5):
		fmt.Println("third")
	}

	// Init statement, no tag.
	switch n := 15; {
	case n%15 == 0:
		fmt.Println("FizzBuzz")
		fallthrough
	case n%5 == 0:
		fmt.Println("Buzz (fallthrough)")
		fallthrough
	default:
		fmt.Println("default (fallthrough)")
	case n%3 == 0:
		fmt.Println("Fizz")
	}

	// Default in the middle is tried last.
	for _, c := range []rune{'x', 'a', '0'} {
		switch c {
		case 'a', 'e', 'i':
			fmt.Println(string(c), "vowel")
		default:
			fmt.Println(string(c), "other")
		case '0', '1':
			fmt.Println(string(c), "digit")
		}
	}

	// break leaves the switch, not the loop; a labeled break leaves the loop.
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			break
		case i > 6:
			break loop
		default:
			count++
		}
	}
	fmt.Println("odd below 7:", count)

	// Float tags compare by value (0 == -0; NaN never matches).
	negz := 0.0
	negz = -negz
	switch negz {
	case 0:
		fmt.Println("-0 == 0")
	}
	nan := negz
	nan = nan / nan
	switch nan {
	case nan:
		fmt.Println("NaN matched?")
	default:
		fmt.Println("NaN matches nothing")
	}
	var sl []int
	var mp map[string]int
	var fn func()
	switch sl {
	case nil:
		fmt.Println("nil slice")
	}
	switch mp {
	case nil:
		fmt.Println("nil map")
	}
	switch fn {
	case nil:
		fmt.Println("nil func")
	}
	switch x := 5; x {
	}
	switch {
	}
	fmt.Println("done")
}
// Output:
// nil
// one or two
// one or two
// other 3
// string a
// other b
// P{1,2}
// other {2 1}
// array 3 4
// int8 one
// other 1
// Green
// Green
// one or two
// float 2.5
// true
// other false
// Sq 3
// 7 matches interface holding 7
// five six
// abc
// a itself
// tag c1 c2 c3 second
// FizzBuzz
// Buzz (fallthrough)
// default (fallthrough)
// x other
// a vowel
// 0 digit
// odd below 7: 3
// -0 == 0
// NaN matches nothing
// nil slice
// nil map
// nil func
// done
