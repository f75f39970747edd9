// Cancellation goes down the tree, never up or sideways; a child of an
// ended context ends at once; value contexts and user types in between.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func state(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "done(" + ctx.Err().Error() + ")"
	default:
		if ctx.Err() != nil {
			return "BAD: Err set before Done closed"
		}
		return "live"
	}
}

type key int

// wrapped is a user's own Context: it embeds one and adds a value. Its
// Done is the embedded context's, so it is looked through.
type wrapped struct {
	context.Context
	extra string
}

func (w wrapped) Value(k any) any {
	if k == key(99) {
		return w.extra
	}
	return w.Context.Value(k)
}

// own has a Done channel of its own: children watch it with a goroutine.
type own struct {
	done chan struct{}
	mu   sync.Mutex
	err  error
}

func (o *own) Deadline() (time.Time, bool) { return time.Time{}, false }
func (o *own) Done() <-chan struct{}       { return o.done }
func (o *own) Value(k any) any             { return nil }
func (o *own) Err() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}
func (o *own) stop() {
	o.mu.Lock()
	o.err = context.Canceled
	close(o.done)
	o.mu.Unlock()
}

func waitGoroutines(n int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() != n; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2 := context.WithValue(a, key(1), "v")
	a2x, cancelA2x := context.WithCancel(a2)
	b1, cancelB1 := context.WithTimeout(b, time.Hour)
	defer cancelA1()
	defer cancelA2x()
	defer cancelB1()

	show := func(label string) {
		fmt.Println(label)
		fmt.Println("  root", state(root), "a", state(a), "b", state(b))
		fmt.Println("  a1", state(a1), "a2", state(a2), "a2x", state(a2x), "b1", state(b1))
	}
	show("start")
	cancelA1() // a leaf: nobody else
	show("after cancel a1")
	cancelA() // a's subtree, through the value context
	show("after cancel a")
	fmt.Println("  a2x sees the value:", a2x.Value(key(1)))
	cancelRoot() // the rest
	show("after cancel root")
	cancelB()
	fmt.Println("b1 err:", b1.Err())

	// A child of an ended context is ended from the start.
	late, cancelLate := context.WithCancel(a)
	lateT, cancelLateT := context.WithTimeout(root, time.Hour)
	fmt.Println("late:", state(late), state(lateT))
	cancelLate()
	cancelLateT()

	// Many goroutines wait on one context; one cancel releases them all.
	base := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := range results {
		wg.Add(1)
		child, cc := context.WithCancel(ctx)
		go func(i int) {
			defer wg.Done()
			defer cc()
			<-child.Done()
			results[i] = child.Err().Error()
		}(i)
	}
	cancel()
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == "context canceled"
	}
	fmt.Println("waiters released:", same, waitGoroutines(base) == base)

	// A user type that embeds a context is looked through: no goroutine.
	p, cancelP := context.WithCancel(context.Background())
	w := wrapped{p, "extra"}
	c1, cancelC1 := context.WithCancel(w)
	defer cancelC1()
	fmt.Println("wrapped: goroutines", runtime.NumGoroutine()-base, c1.Value(key(99)))
	cancelP()
	fmt.Println("wrapped child:", state(c1))
	fmt.Println(c1)

	// A user type with its own Done: a goroutine watches it until either
	// side ends.
	o := &own{done: make(chan struct{})}
	oc, cancelOC := context.WithCancel(o)
	fmt.Println("own: watcher goroutines", waitGoroutines(base+1)-base)
	cancelOC()
	fmt.Println("own: after child cancel", waitGoroutines(base)-base, state(oc))
	oc2, cancelOC2 := context.WithCancel(o)
	defer cancelOC2()
	o.stop()
	<-oc2.Done()
	fmt.Println("own: parent stopped", state(oc2), waitGoroutines(base)-base)
	fmt.Println(oc2)
}
// Output:
// start
//   root live a live b live
//   a1 live a2 live a2x live b1 live
// after cancel a1
//   root live a live b live
//   a1 done(context canceled) a2 live a2x live b1 live
// after cancel a
//   root live a done(context canceled) b live
//   a1 done(context canceled) a2 done(context canceled) a2x done(context canceled) b1 live
//   a2x sees the value: v
// after cancel root
//   root done(context canceled) a done(context canceled) b done(context canceled)
//   a1 done(context canceled) a2 done(context canceled) a2x done(context canceled) b1 done(context canceled)
// b1 err: context canceled
// late: done(context canceled) done(context canceled)
// waiters released: true true
// wrapped: goroutines 0 extra
// wrapped child: done(context canceled)
// main.wrapped.WithCancel
// own: watcher goroutines 1
// own: after child cancel 0 done(context canceled)
// own: parent stopped done(context canceled) 0
// *main.own.WithCancel
