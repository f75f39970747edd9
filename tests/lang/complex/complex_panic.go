// A panic with a complex value prints it as print does.
package main

type C complex128

func main() {
	defer func() {
		panic(C(1 - 2i))
	}()
	panic(complex(0.5, 2))
}
// Exit: 2
// Stderr:
// panic: (+5.000000e-001+2.000000e+000i)
// 	panic: main.C(+1.000000e+000-2.000000e+000i)
//
// goroutine 1 [running]:
// main.main.func1()
// complex_panic.go:8
