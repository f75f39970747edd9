// Several ready cases: select picks uniformly at random. Over many rounds
// each of three always-ready receive cases, and a ready send against a
// ready receive, must each win about a third (a half) of the time; the
// program prints only whether every case won its fair share, so the output
// is deterministic.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	const rounds = 30000
	var wins [3]int
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			wins[0]++
			<-b
			<-c
		case <-b:
			wins[1]++
			<-a
			<-c
		case <-c:
			wins[2]++
			<-a
			<-b
		}
	}
	fair := true
	for _, w := range wins {
		if w < rounds/3-1000 || w > rounds/3+1000 {
			fair = false
		}
	}
	fmt.Println("three receives, each about a third:", fair, wins[0]+wins[1]+wins[2])

	in := make(chan int, 1)
	out := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < rounds; i++ {
		in <- i
		select {
		case out <- i:
			sends++
			<-out
			<-in
		case v := <-in:
			if v != i {
				fmt.Println("wrong value", v, i)
			}
			recvs++
		}
	}
	fmt.Println("send against receive, each about half:",
		sends > rounds/2-1000 && recvs > rounds/2-1000, sends+recvs)

	// The same channel in two cases: both are chosen.
	same := make(chan int, 1)
	first, second := 0, 0
	for i := 0; i < 1000; i++ {
		same <- i
		select {
		case <-same:
			first++
		case <-same:
			second++
		}
	}
	fmt.Println("one channel in two cases, both chosen:", first > 0 && second > 0)
}
// Output:
// three receives, each about a third: true 30000
// send against receive, each about half: true 30000
// one channel in two cases, both chosen: true
