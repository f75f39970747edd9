package main

import (
	"fmt"
	"strconv"
)

func main() {
	base := 1
	fmt.Println(strconv.FormatInt(10, base+1))
	fmt.Println(strconv.FormatInt(10, base))
}

// Output:
// 1010
// Exit: 2
// Stderr:
// panic: strconv: illegal AppendInt/FormatInt base
//
// goroutine 1 [running]:
// main.main()
