package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at .*check_goto.go:5:4"
	x := 1
	_ = x
L:
	goto M // ERROR "goto M jumps into block"
	{
	M:
	}
	goto N // ERROR "label N not defined"
U: // ERROR "label U defined and not used"
	for {
		goto L
	}
	{
		goto O
	}
O:
	if true {
		goto P // ERROR "goto P jumps over declaration of y at .*check_goto.go:24:6"
	}
	var y int
	_ = y
P:
L: // ERROR "label L already defined at .*check_goto.go:7:1"
	for {
	}
}
