// Data races on purpose: goroutines write one slice, string and interface
// variable concurrently while they also read them. Go's memory model lets
// such a program compute garbage; csp promises more: the VM never crashes or
// corrupts memory (spec/internals.md, "Memory safety under data races"), so
// every read sees some whole value that was written. Run under ASan and TSan.
package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int   { return q.s * q.s }
func (r Rect) Area() int { return r.w * r.h }

var (
	sl    []int
	str   string
	shape Shape
)

func main() {
	const workers = 4
	const rounds = 3000
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			sum := 0
			for i := 0; i < rounds; i++ {
				switch (i + w) % 4 {
				case 0:
					if i%2 == 0 {
						sl = make([]int, i%7+1)
					} else {
						sl = append(sl, i)
					}
				case 1:
					if w%2 == 0 {
						str = "short"
					} else {
						str = "a much longer string value"
					}
				case 2:
					if i%2 == 0 {
						shape = Sq{i % 10}
					} else {
						shape = Rect{i % 5, 3}
					}
				case 3:
					var p *Sq
					if i%3 == 0 {
						p = &Sq{i}
					}
					shape = p // an interface holding a nil *Sq, or not
				}
				// Readers: every value read is consistent with some write.
				s := sl
				for j := range s {
					sum += s[j] & 1
				}
				t := str
				if len(t) > 0 {
					sum += int(t[len(t)-1]) & 1
				}
				if sh := shape; sh != nil {
					func() {
						defer func() { recover() }() // a nil *Sq's Area panics
						sum += sh.Area() & 1
					}()
				}
			}
			done <- sum
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-done
	}
	fmt.Println("survived", total >= 0)
}

// Output:
// survived true
