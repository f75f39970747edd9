// prime_sieve: the concurrent prime sieve of the Go tour and Hoare's CSP
// paper, up to the 1,500th prime: a generator sends 2, 3, 4, ... down a
// chain of filter goroutines, one per prime found so far, each dropping the
// multiples of its prime; what reaches the end of the chain is the next
// prime. Unbuffered channels, so every number is a hand-off per stage
// (issue 4: within 1.5x of Go).
package main

import "fmt"

const count = 1500

func generate(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	prime := 0
	for n := 0; n < count; n++ {
		prime = <-ch
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(prime)
}
