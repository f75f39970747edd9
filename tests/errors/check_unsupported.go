package main

type T struct{ x int } // ERROR "not supported yet: type declarations"

func (t T) M() {} // ERROR "not supported yet: methods"

func main() {
	defer println() // ERROR "not supported yet: defer statements"
	select {} // ERROR "not supported yet: select statements"
}
