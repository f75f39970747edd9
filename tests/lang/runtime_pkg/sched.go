// runtime.NumGoroutine, Gosched, GOMAXPROCS, NumCPU and Version.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println("goroutines:", runtime.NumGoroutine())
	block := make(chan int)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())

	// Gosched lets a goroutine that is ready run while main spins.
	done := make(chan bool, 1)
	go func() { done <- true }()
	spins := 0
	for len(done) == 0 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("ready after Gosched:", <-done)

	procs := runtime.GOMAXPROCS(0)
	fmt.Println("procs:", procs >= 1, runtime.GOMAXPROCS(0) == procs)
	fmt.Println("cpus:", runtime.NumCPU() >= 1)
	fmt.Println("version:", strings.HasPrefix(runtime.Version(), "go1."))
	deferred()
	fmt.Println("after deferred Gosched")
}

func deferred() {
	defer runtime.Gosched()
	defer runtime.GC()
}
// Output:
// goroutines: 1
// goroutines: 6
// ready after Gosched: true
// procs: true true
// cpus: true
// version: true
// after deferred Gosched
