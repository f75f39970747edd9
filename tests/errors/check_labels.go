package main

func f(e any, c chan int) int {
Outer:
	for i := 0; i < 3; i++ {
	Sw:
		switch e.(type) {
		case int:
			if i == 1 {
				break Sw
			}
			continue Outer
		case string:
			break Outer
		}
	}
Sel:
	switch {
	case true:
		continue Sel // ERROR "invalid continue label Sel"
	}
	for {
		break Nope // ERROR "break label not defined: Nope"
	}
Loop:
	goto Loop
}

func g() int {
	i := 0
Again:
	i++
	if i < 10 {
		goto Again
	}
	return i
}

func h(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func k(x int) int {
Done:
	for {
		switch x {
		case 1:
			break Done
		}
	}
} // ERROR "missing return"

func main() {
	f(1, nil)
	g()
	h(1)
	k(1)
	break   // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
}
