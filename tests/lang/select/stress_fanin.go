// Stress: many goroutines select on shared channels. 16 producers close
// their channels when done; 6 mergers each select over all 16 inputs
// (dropping a closed one by setting it to nil) and forward every value
// with a two-way select send to one of two outputs; 2 collectors select
// over both outputs until both are closed. Every value must arrive exactly
// once: the count, the sum and a checksum of squares are checked.
package main

import "fmt"

const (
	producers = 16
	mergers   = 6
	perProd   = 5000
)

func produce(id int, c chan<- int) {
	for i := 0; i < perProd; i++ {
		c <- id*perProd + i
	}
	close(c)
}

func merge(ins []chan int, out1, out2 chan<- int, done chan<- bool) {
	local := make([]chan int, len(ins))
	copy(local, ins)
	open := len(local)
	for open > 0 {
		var v int
		var ok bool
		got := false
		// A select over every input, written out (select cases are fixed).
		select {
		case v, ok = <-local[0]:
			got = sel(local, 0, ok, &open)
		case v, ok = <-local[1]:
			got = sel(local, 1, ok, &open)
		case v, ok = <-local[2]:
			got = sel(local, 2, ok, &open)
		case v, ok = <-local[3]:
			got = sel(local, 3, ok, &open)
		case v, ok = <-local[4]:
			got = sel(local, 4, ok, &open)
		case v, ok = <-local[5]:
			got = sel(local, 5, ok, &open)
		case v, ok = <-local[6]:
			got = sel(local, 6, ok, &open)
		case v, ok = <-local[7]:
			got = sel(local, 7, ok, &open)
		case v, ok = <-local[8]:
			got = sel(local, 8, ok, &open)
		case v, ok = <-local[9]:
			got = sel(local, 9, ok, &open)
		case v, ok = <-local[10]:
			got = sel(local, 10, ok, &open)
		case v, ok = <-local[11]:
			got = sel(local, 11, ok, &open)
		case v, ok = <-local[12]:
			got = sel(local, 12, ok, &open)
		case v, ok = <-local[13]:
			got = sel(local, 13, ok, &open)
		case v, ok = <-local[14]:
			got = sel(local, 14, ok, &open)
		case v, ok = <-local[15]:
			got = sel(local, 15, ok, &open)
		}
		if !got {
			continue
		}
		select {
		case out1 <- v:
		case out2 <- v:
		}
	}
	done <- true
}

// Records a receive: a closed input becomes nil (never ready again).
func sel(local []chan int, i int, ok bool, open *int) bool {
	if !ok {
		local[i] = nil
		*open--
	}
	return ok
}

type result struct {
	n, sum, squares int
}

func collect(a, b <-chan int, res chan<- result) {
	var r result
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			r.n++
			r.sum += v
			r.squares += v * v % 1000003
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			r.n++
			r.sum += v
			r.squares += v * v % 1000003
		}
	}
	res <- r
}

func main() {
	ins := make([]chan int, producers)
	for i := range ins {
		ins[i] = make(chan int, i%3) // unbuffered and buffered inputs
	}
	out1 := make(chan int)
	out2 := make(chan int, 8)
	done := make(chan bool)
	res := make(chan result)
	for j := 0; j < mergers; j++ {
		go merge(ins, out1, out2, done)
	}
	for c := 0; c < 2; c++ {
		go collect(out1, out2, res)
	}
	for i := 0; i < producers; i++ {
		go produce(i, ins[i])
	}
	for j := 0; j < mergers; j++ {
		<-done
	}
	close(out1)
	close(out2)
	var total result
	for c := 0; c < 2; c++ {
		r := <-res
		total.n += r.n
		total.sum += r.sum
		total.squares += r.squares
	}
	want := result{}
	for v := 0; v < producers*perProd; v++ {
		want.n++
		want.sum += v
		want.squares += v * v % 1000003
	}
	fmt.Println("values:", total.n, "sum:", total.sum)
	fmt.Println("all delivered exactly once:", total == want)
}
// Output:
// values: 80000 sum: 3199960000
// all delivered exactly once: true
