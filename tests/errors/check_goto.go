package main

func main() {
	goto L // ERROR "goto L jumps over variable declaration at line 5"
	x := 1
	_ = x
L:
	goto M // ERROR "goto M jumps into block"
	{
	M:
	}
	goto N // ERROR "label N not declared"
U: // ERROR "label U declared and not used"
	for {
		goto L
	}
	{
		goto O
	}
O:
	if true {
		goto P // ERROR "goto P jumps over variable declaration at line 24"
	}
	var y int
	_ = y
P:
L: // ERROR "label L already declared"
	for {
	}
}
