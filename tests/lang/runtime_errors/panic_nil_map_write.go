// Assigning to an entry of a nil map panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["read is fine"])
	m["x"] = 1
}
// Output:
// 0
// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// panic_nil_map_write.go:9
