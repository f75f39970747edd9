// fmt uses the Error method first, then String, for values in interfaces, also inside
// slices, maps and struct fields (%v), but not for unexported fields' values via %d.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr ", p.n) }

type Wrap struct {
	T Temp
	N int
}

func main() {
	fmt.Println(Temp(21.55), E{404}, Both{})
	fmt.Println([]Temp{1, 2.25}, map[string]Temp{"x": 3})
	fmt.Printf("%v %s %d\n", Temp(5), Temp(5), E{1})
	fmt.Printf("%+v %v\n", Wrap{10, 1}, &Wrap{11, 2})
	ps := PtrStr{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%q\n", Temp(1))
	fmt.Printf("%x\n", E{255})
	fmt.Printf("%5s|%-7v|\n", Temp(1), E{2})
}
// Output:
// 21.6° E404 as error
// [1.0° 2.2°] map[x:3.0°]
// 5.0° 5.0° {1}
// {T:10.0° N:1} &{11.0° 2}
// {3} ptr 3
// "1.0°"
// 45323535
//  1.0°|E2     |
