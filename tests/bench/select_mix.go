// select_mix: 4 producers each send 500,000 numbers on a channel of their
// own (buffered, 128 items); one loop selects over the 4 channels until it
// has received all 2,000,000 messages, adding them up and counting how many
// came from each producer. A finished producer's channel is closed and set
// to nil, so that case is never ready again. Measures select with several
// ready cases, and with none (the loop parks on all four channels when it
// has emptied their buffers) (issue 4: within 2x of Go).
package main

import "fmt"

const (
	producers = 4
	each      = 500000
	buffer    = 128
)

func produce(id int, out chan<- int) {
	for i := 0; i < each; i++ {
		out <- id + i*producers
	}
	close(out)
}

func main() {
	var chans [producers]chan int
	for id := range chans {
		chans[id] = make(chan int, buffer)
		go produce(id, chans[id])
	}
	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	var counts [producers]int
	sum, open := 0, producers
	for open > 0 {
		var v, from int
		var ok bool
		select {
		case v, ok = <-a:
			from = 0
			if !ok {
				a = nil
			}
		case v, ok = <-b:
			from = 1
			if !ok {
				b = nil
			}
		case v, ok = <-c:
			from = 2
			if !ok {
				c = nil
			}
		case v, ok = <-d:
			from = 3
			if !ok {
				d = nil
			}
		}
		if !ok {
			open--
			continue
		}
		sum += v
		counts[from]++
	}
	fmt.Println("sum:", sum)
	fmt.Println("per producer:", counts)
}
