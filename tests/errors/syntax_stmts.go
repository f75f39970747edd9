package main

func args() {
	f(1, 2 // ERROR "unexpected newline in argument list; possibly missing comma or \)"
}

func endOfStatement() {
	x := 1 y // ERROR "syntax error: unexpected y at end of statement"
}

func missingOperand() {
	x := 1 +
} // ERROR "syntax error: unexpected }, expecting expression"

func ifAsValue() {
	if x := 0 { // ERROR "syntax error: cannot use x := 0 as value"
	}
}

func elseFor() {
	if true {
	} else for { // ERROR "else must be followed by if or statement block"
	}
}

func compositeLit() {
	a := []int{1, 2 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
	}
}

func goParens() {
	go (f()) // ERROR "expression in go must not be parenthesized"
	defer x // ERROR "expression in defer must be function call"
}

func main() {}
