package main

func main() {
	var r <-chan int
	var s chan<- int
	c := make(chan int)
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	<-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	close(c)
	c <- "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in send"
	v, ok := <-c
	var w string = <-c // ERROR "cannot use <-c \(comma, ok expression of type int\) as string value|cannot use <-c"
	_ = make(int) // ERROR "cannot make int; type must be slice, map, or channel"
	_ = make(chan int, -1) // ERROR "must not be negative"
	_ = make(chan int, 1, 2) // ERROR "expects 1 or 2 arguments; found 3"
	for x := range s { // ERROR "receive from send-only channel"
		_ = x
	}
	for a, b := range c { // ERROR "permits only one iteration variable"
	}
	_, _, _ = v, ok, w
}

