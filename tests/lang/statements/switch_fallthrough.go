// Switch forms: tagged with lists, tagless, init statement, fallthrough into the next case
// body (even into default), break inside a switch, switch on types of values.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2, 3:
			fmt.Println("two or three")
			if i == 3 {
				break
			}
			fmt.Println("only two")
		default:
			fmt.Println("default")
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell into huge")
		fallthrough
	default:
		fmt.Println("fell into default")
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("calls", calls)
	}
	switch {
	}
}
// Output:
// zero
// zero or one
// zero or one
// two or three
// only two
// two or three
// default
// big
// fell into huge
// fell into default
// A B F
// matched go
// calls 2
