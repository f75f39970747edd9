// Pointer-to-struct in functions mutates the caller's struct; a copy does not.
package main

import "fmt"

type Counter struct{ n int }

func incByValue(c Counter) { c.n++ }
func incByPtr(c *Counter)  { c.n++ }

func main() {
	c := Counter{}
	incByValue(c)
	incByPtr(&c)
	incByPtr(&c)
	fmt.Println(c.n)
	cs := []Counter{{}, {}}
	for i := range cs {
		incByPtr(&cs[i])
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	incByPtr(m["a"])
	fmt.Println(m["a"].n)
	pc := &cs[0]
	cs[0].n = 50
	fmt.Println(pc.n)
}
// Output:
// 2
// [{1} {1}]
// 1
// 50
