package main

import (
	"fmt"
	"strings"
)

func main() {
	n := -1
	fmt.Println(strings.Repeat("ab", 2))
	fmt.Println(strings.Repeat("ab", n))
}

// Output:
// abab
// Exit: 2
// Stderr:
// panic: strings: negative Repeat count
//
// goroutine 1 [running]:
// main.main()
