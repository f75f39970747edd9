// Lock and Unlock through a nil *Mutex are nil dereferences (recoverable
// run-time errors), called directly, through an embedded pointer and
// through the Locker interface.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	*sync.Mutex
	n int
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(what+":", r, isRuntime)
	}()
	f()
}

func main() {
	var m *sync.Mutex
	try("lock", func() { m.Lock() })
	try("unlock", func() { m.Unlock() })
	try("trylock", func() { m.TryLock() })
	g := guarded{}
	try("embedded", func() { g.Lock() })
	var l sync.Locker = m
	try("locker", func() { l.Unlock() })
	var rw *sync.RWMutex
	try("rlock", func() { rw.RLock() })
}
// Output:
// lock: runtime error: invalid memory address or nil pointer dereference true
// unlock: runtime error: invalid memory address or nil pointer dereference true
// trylock: runtime error: invalid memory address or nil pointer dereference true
// embedded: runtime error: invalid memory address or nil pointer dereference true
// locker: runtime error: invalid memory address or nil pointer dereference true
// rlock: runtime error: invalid memory address or nil pointer dereference true
