package main

func main() {
	c := make(chan int)
	x := 1
	select {
	case c <- "s": // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
	case <-x: // ERROR "cannot receive from non-channel x \(variable of type int\)"
	}
	var ok int // ERROR "declared and not used: ok"
	select {
	case x, ok = <-c: // ERROR "cannot use <-c \(untyped bool value\) as int value in assignment"
	}
	for {
		select {
		case <-c:
			continue
		default:
			break
		}
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

func terminating(c chan int) int {
	select {
	case <-c:
		return 1
	case c <- 1:
		panic("x")
	}
}

func blocksForever() int {
	select {}
}

func notTerminating(c chan int) int {
	for {
		select {
		case <-c:
			return 1
		}
	}
L:
	select {
	case <-c:
		break L
	}
} // ERROR "missing return"

func noBreakOut(c chan int) int {
	for {
		select {
		case <-c:
			break // leaves the select, not the loop
		}
	}
}
