// Value receivers get a copy; pointer receivers modify the original; Go takes the address
// automatically for addressable values and dereferences pointers for value methods.
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c Counter) IncCopy()  { c.N++ }
func (c *Counter) Inc()     { c.N++ }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{}
	c.Inc()
	c.IncCopy()
	c.Inc()
	fmt.Println(c.Get(), c.N)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.N)
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
}
// Output:
// 2 2
// 3 3
// 212 -40
// [1 2 3] 6 3
// [{2} {2}]
