// Type switches: single-type cases bind the concrete type, multi-type cases and default bind
// the interface type; nil case; interface cases.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64 %v (%T)", x, x)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case Celsius:
		return fmt.Sprintf("%.1f°C", float64(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, "hey", true, 2.5, errors.New("bad"), []int{1, 2},
		Celsius(21.5), struct{}{}, map[string]int{}, int8(3)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	switch any(5).(type) {
	case int, string:
		fmt.Println("matched list")
	}
}
// Output:
// nil
// int 2
// string of len 3
// bool or float64 true (bool)
// bool or float64 2.5 (float64)
// error: bad
// slice 2
// 21.5°C
// other struct {}
// other map[string]int
// other int8
// matched list
