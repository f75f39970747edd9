// An interface holding a nil pointer is not nil; calling a method on it still works if the
// method handles a nil receiver.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(correct(false) == nil, correct(true))
	var p *MyErr
	var e error = p
	fmt.Println(e != nil, e.(*MyErr) == nil)
	var i1, i2 interface{}
	fmt.Println(i1 == i2, i1 == nil)
	i1, i2 = 1, 1
	fmt.Println(i1 == i2, i1 == interface{}(int64(1)))
}
// Output:
// false <nil MyErr>
// <nil MyErr> *main.MyErr
// true failed
// true true
// true true
// true false
