// The report of an unrecovered panic uses Error/String methods promoted from an embedded
// field, and prints a value's own copy: a value-receiver method cannot change it.
package main

import "fmt"

type base struct{ msg string }

func (b *base) Error() string { return "base: " + b.msg }

type wrapped struct {
	*base
	n int
}

type counter struct{ n int }

func (c counter) String() string {
	c.n++
	return fmt.Sprint("counter ", c.n)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		c := counter{1}
		defer func() {
			fmt.Println(c.n)
		}()
		panic(c)
	}()
	panic(wrapped{&base{"disk"}, 1})
}
// Output:
// recovered: base: disk
// 1
// Exit: 2
// Stderr:
// panic: base: disk [recovered]
// 	panic: counter 2
//
// goroutine 1 [running]:
// main.main()
