package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("not reached")
}

func main() {
	fmt.Println(os.Getenv("CSP_SURELY_UNSET_VARIABLE") == "", len(os.Getenv("PATH")) > 0)
	v, ok := os.LookupEnv("CSP_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	_, ok = os.LookupEnv("PATH")
	fmt.Println(ok, os.Getenv("A=B") == "", os.Getpid() > 0, os.Getpagesize() > 0)
	fmt.Println("before exit")
	for i := 0; i < 3; i++ {
		if i == 1 {
			os.Exit(3)
		}
		fmt.Println("iteration", i)
	}
	cleanup()
}

// Output:
// true true
// "" false
// true true true true
// before exit
// iteration 0
// Exit: 3
