// An atomic operation through a nil pointer is a nil dereference, which
// recover catches like any other; unrecovered, it ends the program as Go's
// SIGSEGV does.
package main

import (
	"fmt"
	"sync/atomic"
)

type holder struct{ n int64 }

func main() {
	func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Println(r, isRuntime)
		}()
		var p *int32
		atomic.AddInt32(p, 1)
	}()
	var h *holder
	fmt.Println("loading")
	fmt.Println(atomic.LoadInt64(&h.n))
}
// Output:
// runtime error: invalid memory address or nil pointer dereference true
// loading
// Exit: 2
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// goroutine 1 [running]:
// main.main()
