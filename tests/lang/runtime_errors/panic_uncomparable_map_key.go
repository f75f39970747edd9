// Using an interface key holding a slice in a map panics: hash of unhashable type.
package main

func main() {
	m := map[interface{}]int{}
	var k interface{} = []int{1}
	m[k] = 1
}
// Exit: 2
// Stderr:
// panic: runtime error: hash of unhashable type []int
//
// goroutine 1 [running]:
// main.main()
// panic_uncomparable_map_key.go:7
