package main

func recvOnly() <-chan int { return nil }

func main() {
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	x := 1 // ERROR "declared and not used: x"
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case r <- 1: // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	case v := <-s: // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
		_ = v
	case <-c:
	default:
	default: // ERROR "multiple defaults \(first at 16:2\)"
	}
	select {
	case a, b := <-c: // ERROR "declared and not used: a"
	case y := <-c: // ERROR "declared and not used: y"
	case x = <-c + 1: // ERROR "select case must be send or receive"
	case recvOnly() <- 2: // ERROR "cannot send to receive-only channel recvOnly\(\) \(value of type <-chan int\)"
	}
}
