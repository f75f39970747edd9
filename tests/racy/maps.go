// Data races on purpose: goroutines write and read one map concurrently.
// Go detects this and dies with "fatal error: concurrent map writes" (or
// "concurrent map read and map write"); csp does the same or survives, but
// the VM never crashes or corrupts memory. Run under ASan and TSan.
package main

import "fmt"

type key struct {
	a int
	s string
}

func main() {
	m := map[int]int{}
	km := map[key]string{}
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(w int) {
			for i := 0; i < 3000; i++ {
				switch (i + w) % 4 {
				case 0:
					m[i%97] = i
				case 1:
					delete(m, (i+w)%97)
				case 2:
					km[key{i % 13, "k"}] = "v"
					_ = km[key{w, "k"}]
				case 3:
					n := 0
					for k, v := range m {
						n += k + v
						if n > 1000 {
							break
						}
					}
				}
			}
			done <- true
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	fmt.Println("survived", len(m) <= 97)
}

// Output:
// survived true
