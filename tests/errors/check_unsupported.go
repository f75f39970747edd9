package main

func main() {
	defer println() // ERROR "not supported yet: defer statements"
	select {} // ERROR "not supported yet: select statements"
}
