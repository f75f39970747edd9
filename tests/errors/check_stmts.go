package main

func main() {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
L: // ERROR "label L defined and not used"
	for {
	}
M:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue M
		case 2:
			break M
		}
	}
	switch 1 {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
	x := 1
	switch x {
	case 1, 2:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "a": // ERROR "mismatched types untyped string and int|cannot convert"
	}
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x {  // ERROR "non-boolean condition in for statement"
	}
	_ = x
}
