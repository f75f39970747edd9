package main

func main() {
	select {} // ERROR "not supported yet: select statements"
}
