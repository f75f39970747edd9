package main

import (
	"fmt"
	"os"
)

func main() {
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			for {
				c <- 1
			}
		}()
	}
	<-c
	fmt.Println("exiting with goroutines still running")
	os.Exit(0)
}

// Output:
// exiting with goroutines still running
