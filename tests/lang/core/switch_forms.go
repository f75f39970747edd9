// switch: expression switch with lists, tagless switch, init statement,
// fallthrough and default in the middle.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	default:
		return "weekday"
	case 7:
		return "invalid"
	}
}

func main() {
	fmt.Println(classify(-3), classify(0), classify(7), classify(100))
	fmt.Println(day(0), day(3), day(6), day(7))

	switch x := 5; x {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
	case 7:
		fmt.Println("seven")
	}

	switch s := "go"; s + "!" {
	case "go!":
		fmt.Println("matched string")
	}

	switch {
	}
	v := 3
	switch v {
	case 1:
		fmt.Println("one")
	}
	fmt.Println("done")
}
// Output:
// negative zero small large
// weekend weekday weekend invalid
// five
// six (fallthrough)
// matched string
// done
