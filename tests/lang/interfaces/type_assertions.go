// Type assertions: to concrete types and to interfaces, the comma-ok form never panics.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	_, ok = x.(Stringer)
	fmt.Println(ok)
	var y any = ID(7)
	if st, ok := y.(Stringer); ok {
		fmt.Println(st.String())
	}
	id := y.(ID)
	fmt.Println(int(id) + 1)
	var nilIface any
	_, ok = nilIface.(int)
	fmt.Println(ok)
	var e error
	_, ok = e.(interface{ Error() string })
	fmt.Println(ok)
	f, ok := any(3.5).(float64)
	fmt.Println(f, ok)
}
// Output:
// 42 true
// "" false
// false
// ID-7
// 8
// false
// false
// 3.5 true
