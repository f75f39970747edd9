package main

type T struct{ x int } // ERROR "not supported yet: type declarations"

func (t T) M() {} // ERROR "not supported yet: methods"

func main() {
	var s []int // ERROR "not supported yet: slice types"
	var m map[string]int // ERROR "not supported yet: map types"
	var p *int // ERROR "not supported yet: pointer types"
	defer println() // ERROR "not supported yet: defer statements"
	select {} // ERROR "not supported yet: select statements"
	_, _, _ = s, m, p
}
