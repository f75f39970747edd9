package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = (chan<- int)(c)
	var bad chan int = r // ERROR "cannot use r \(variable of type <-chan int\) as chan int value in variable declaration"
	var bad2 chan int = s // ERROR "cannot use s \(variable of type chan<- int\) as chan int value in variable declaration"
	var rs <-chan int = s // ERROR "cannot use s \(variable of type chan<- int\) as <-chan int value in variable declaration"
	_ = (chan int)(r) // ERROR "cannot convert r \(variable of type <-chan int\) to (type )?chan int"
	_ = (<-chan int)(s) // ERROR "cannot convert s \(variable of type chan<- int\) to (type )?<-chan int"
	_ = (<-chan string)(c) // ERROR "cannot convert c \(variable of type chan int\) to (type )?<-chan string"
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	_, _, _ = bad, bad2, rs
}
