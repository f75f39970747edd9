// WithDeadline and WithTimeout: a passed deadline ends the context at
// once; a timer ends it later; an earlier parent deadline wins; cancel
// first and the error is Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

func main() {
	bg := context.Background()

	// A deadline in the past: ended before WithDeadline returns.
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past:", past.Err())
	fmt.Printf("%T\n", past)
	// String shows the deadline and the time left, which vary.
	name := fmt.Sprint(past)
	pastDl, _ := past.Deadline()
	fmt.Println(strings.HasPrefix(name, "context.Background.WithDeadline("+pastDl.String()+" [-"),
		strings.HasSuffix(name, "s])"))
	cancelPast()
	fmt.Println("past after cancel:", past.Err())
	zero, cancelZero := context.WithTimeout(bg, 0)
	fmt.Println("zero timeout:", zero.Err())
	cancelZero()

	// A short timeout: Done closes, Err is DeadlineExceeded, which is a
	// timeout error.
	start := time.Now()
	short, cancelShort := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelShort()
	d, ok := short.Deadline()
	fmt.Println("has deadline:", ok, d.After(start))
	<-short.Done()
	fmt.Println("short:", short.Err(), time.Since(start) >= 20*time.Millisecond)
	fmt.Println("is DeadlineExceeded:", errors.Is(short.Err(), context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println("timeout error:", errors.As(short.Err(), &te) && te.Timeout())
	cancelShort() // after the deadline: the error stays
	fmt.Println("short after cancel:", short.Err())

	// Children inherit the parent's deadline; the earlier one wins.
	parent, cancelParent := context.WithTimeout(bg, 300*time.Millisecond)
	defer cancelParent()
	pd, _ := parent.Deadline()
	later, cancelLater := context.WithTimeout(parent, time.Hour)
	defer cancelLater()
	ld, ok := later.Deadline()
	fmt.Printf("later child: %T %v %v\n", later, ok, ld.Equal(pd))
	sooner, cancelSooner := context.WithTimeout(parent, 10*time.Millisecond)
	defer cancelSooner()
	sd, _ := sooner.Deadline()
	fmt.Printf("sooner child: %T %v\n", sooner, sd.Before(pd))
	plain, cancelPlain := context.WithCancel(parent)
	defer cancelPlain()
	vd, ok := context.WithValue(plain, "k", "v").Deadline()
	fmt.Println("through cancel and value:", ok, vd.Equal(pd))

	<-sooner.Done()
	fmt.Println("sooner:", sooner.Err(), "parent:", parent.Err())
	<-plain.Done()
	fmt.Println("parent:", parent.Err(), "later:", later.Err(), "plain:", plain.Err())

	// Canceled before the deadline: Canceled, and the timer is stopped.
	c, cancel := context.WithTimeout(bg, 50*time.Millisecond)
	child, cancelChild := context.WithCancel(c)
	defer cancelChild()
	cancel()
	fmt.Println("canceled early:", c.Err(), child.Err())
	time.Sleep(80 * time.Millisecond)
	fmt.Println("still canceled:", c.Err())

	// A deadline that passes while children wait: they all see it.
	top, cancelTop := context.WithTimeout(bg, 15*time.Millisecond)
	defer cancelTop()
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		kid, cancelKid := context.WithCancel(top)
		go func() {
			defer cancelKid()
			<-kid.Done()
			results <- kid.Err().Error()
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println("kid:", <-results)
	}

	// A timeout select, the usual way to use it.
	work := make(chan int)
	ctx, cancelCtx := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancelCtx()
	select {
	case v := <-work:
		fmt.Println("got", v)
	case <-ctx.Done():
		fmt.Println("gave up:", ctx.Err())
	}
}
// Output:
// past: context deadline exceeded
// *context.timerCtx
// true true
// past after cancel: context deadline exceeded
// zero timeout: context deadline exceeded
// has deadline: true true
// short: context deadline exceeded true
// is DeadlineExceeded: true
// timeout error: true
// short after cancel: context deadline exceeded
// later child: *context.cancelCtx true true
// sooner child: *context.timerCtx true
// through cancel and value: true true
// sooner: context deadline exceeded parent: <nil>
// parent: context deadline exceeded later: context deadline exceeded plain: context deadline exceeded
// canceled early: context canceled context canceled
// still canceled: context canceled
// kid: context deadline exceeded
// kid: context deadline exceeded
// kid: context deadline exceeded
// gave up: context deadline exceeded
