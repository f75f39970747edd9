// Type switches: single and multiple types per case (the variable keeps the interface
// type in a multi-type case and takes the case's type in a single-type case), nil case,
// default anywhere, interface types as cases (first match wins, in source order), named
// and unnamed composite types, pointer vs value types, a switch without a bound variable,
// an init statement, and switching on a non-empty interface.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v (%T)", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case bool, float64:
		return fmt.Sprintf("bool or float64 %v", v)
	case Celsius:
		return fmt.Sprintf("%.1f°C", float64(v))
	case error:
		return "error: " + v.Error()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", v.Area())
	case []int:
		return fmt.Sprint("int slice len ", len(v), " first ", v[0])
	case map[string]int:
		return fmt.Sprint("map with ", len(v), " keys")
	case func() int:
		return fmt.Sprint("func returning ", v())
	case *int:
		return fmt.Sprint("pointer to ", *v)
	case struct{ A int }:
		return fmt.Sprint("anonymous struct A=", v.A)
	case [2]bool:
		return fmt.Sprint("bool pair ", v[0], v[1])
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	n := 7
	vals := []interface{}{nil, 1, int64(2), int32(3), "four", true, 2.5, float32(1), Celsius(21.5),
		errors.New("bad"), &MyErr{42}, MyErr{1}, Sq{2}, &Sq{3}, &Circle{1}, Circle{1}, []int{9, 8},
		[]string{}, map[string]int{"a": 1}, func() int { return 5 }, &n, struct{ A int }{3},
		struct{ B int }{4}, [2]bool{true, false}, [3]bool{}, 'x', byte(1), uint(0)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}

	// Default first, no variable.
	for _, v := range []interface{}{1, "s", nil} {
		switch v.(type) {
		default:
			fmt.Println("default")
		case int:
			fmt.Println("int")
		case nil:
			fmt.Println("nil case")
		}
	}

	// Init statement and a non-empty interface operand.
	shapes := []Shape{Sq{1}, &Circle{2}, nil}
	for i := range shapes {
		switch s := shapes[i]; t := s.(type) {
		case Sq:
			t.S = 100 // a copy
			fmt.Println("square", t.S, s.(Sq).S)
		case *Circle:
			t.R = 10 // through the pointer
			fmt.Println("circle", shapes[i].Area())
		case nil:
			fmt.Println("nil shape", t == nil)
		}
	}

	// Multi-type case keeps the interface type; its dynamic value is still there.
	var e interface{} = uint8(200)
	switch v := e.(type) {
	case int8, uint8:
		fmt.Printf("%T %v %v\n", v, v, v == uint8(200))
	}
	// The first matching case wins even if a later one is more specific.
	var err error = &MyErr{7}
	switch v := err.(type) {
	case interface{ Error() string }:
		fmt.Println("generic error first:", v.Error())
	case *MyErr:
		fmt.Println("never:", v.Code)
	}
	// Fallthrough is not allowed, but break is.
	switch x := interface{}(3).(type) {
	case int:
		if x > 2 {
			break
		}
		fmt.Println("not reached")
	}
	fmt.Println("done")
}
// Output:
// nil
// int-ish 1 (int)
// int-ish 2 (int64)
// other int32
// string of len 4
// bool or float64 true
// bool or float64 2.5
// other float32
// 21.5°C
// error: bad
// error: code 42
// other main.MyErr
// shape with area 4.0
// shape with area 9.0
// shape with area 3.0
// other main.Circle
// int slice len 2 first 9
// other []string
// map with 1 keys
// func returning 5
// pointer to 7
// anonymous struct A=3
// other struct { B int }
// bool pair true false
// other [3]bool
// other int32
// other uint8
// other uint
// int
// default
// nil case
// square 100 1
// circle 300
// nil shape true
// uint8 200 true
// generic error first: code 7
// done
