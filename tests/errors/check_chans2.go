package main

func main() {
	var i int
	<-i // ERROR "cannot receive from non-channel i"
	_ = len(i) // ERROR "invalid argument: i \(variable of type int\) for built-in len"
}
