// An Error method the fatal report calls blocks for ever: the goroutine
// parks inside the report, and with nothing else to run it is Go's
// deadlock.
package main

type stuck struct{ c chan string }

func (e stuck) Error() string { return <-e.c }

func main() {
	panic(stuck{make(chan string)})
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.stuck.Error(...)
// main.main()
