// Collections while goroutines are parked inside natives: the nested
// frames, the native's arguments and the values they reach stay alive.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Record struct {
	names []string
	gate  chan bool
}

func (r *Record) String() string {
	<-r.gate
	s := ""
	for _, n := range r.names {
		s += n + ";"
	}
	return s
}

func garbage(rounds int) int {
	total := 0
	for i := 0; i < rounds; i++ {
		b := make([]int, 1000)
		s := strconv.Itoa(i) + "-garbage"
		total += len(b) + len(s)
	}
	return total
}

func main() {
	out := make(chan string)
	gate := make(chan bool)
	go func() {
		r := &Record{gate: gate}
		for i := 0; i < 5; i++ {
			r.names = append(r.names, "name"+strconv.Itoa(i*7))
		}
		out <- fmt.Sprint(r)
	}()

	keys := make([]string, 40)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa((i*37)%40)
	}
	step := make(chan bool)
	go func() {
		sort.Slice(keys, func(i, j int) bool {
			<-step
			a, b := "<"+keys[i]+">", "<"+keys[j]+">"
			return len(a) < len(b) || len(a) == len(b) && a < b
		})
		out <- fmt.Sprint(keys[:5], keys[35:])
	}()

	// Allocate plenty (several collections) while both are parked.
	n := 0
	for k := 0; k < 20; k++ {
		n += garbage(2000)
		for i := 0; i < 10; i++ {
			step <- true
		}
	}
	gate <- true
	got := []string{<-out}
	go func() {
		for {
			step <- true
		}
	}()
	got = append(got, <-out)
	sort.Strings(got)
	fmt.Println(n)
	fmt.Println(got[0])
	fmt.Println(got[1])
}
// Output:
// 40457800
// [k0 k1 k2 k3 k4] [k35 k36 k37 k38 k39]
// name0;name7;name14;name21;name28;
