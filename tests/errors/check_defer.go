package main

type T int

func f() int { return 1 }

func main() {
	var s []int
	defer recover()
	defer println("x")
	defer close(make(chan int))
	defer copy(s, s)
	defer panic(1)
	defer func() {}()
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer T(1)   // ERROR "defer requires function call, not conversion"
	defer f()
	defer append(s, 1) // ERROR "defer discards result of append\(s, 1\)"
	go len(s)  // ERROR "go discards result of len\(s\)"
	defer undefinedF() // ERROR "undefined: undefinedF"
	defer func() {
		if r := recover(); r != nil {
			println(r)
		}
	}()
}
