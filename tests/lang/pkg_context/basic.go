// Package context: the roots, WithCancel, WithValue, the errors and how
// contexts print.
package main

import (
	"context"
	"errors"
	"fmt"
)

type userKey string
type idKey int

type named struct{ n string }

func (v named) String() string { return "named " + v.n }

func isDone(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}

func main() {
	bg, todo := context.Background(), context.TODO()
	fmt.Println(bg, todo)
	fmt.Printf("%T %v %s\n", bg, bg, todo)
	fmt.Println(bg == context.Background(), bg == todo)
	dl, ok := bg.Deadline()
	fmt.Println(dl.IsZero(), ok, bg.Err(), bg.Done() == nil, bg.Value("k"))

	// WithCancel: Done is open until cancel; Err says why afterwards.
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx)
	fmt.Printf("%T\n", ctx)
	fmt.Println(isDone(ctx), ctx.Err(), ctx.Done() == ctx.Done())
	cancel()
	fmt.Println(isDone(ctx), ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // a second call does nothing
	fmt.Println(ctx.Err())
	_, ok = ctx.Deadline()
	fmt.Println("deadline:", ok)

	// Values: the nearest key wins, keys of different types never match.
	v1 := context.WithValue(bg, userKey("user"), "gopher")
	v2 := context.WithValue(v1, idKey(1), 42)
	v3 := context.WithValue(v2, userKey("user"), named{"override"})
	c4, cancel4 := context.WithCancel(v3)
	defer cancel4()
	fmt.Println(c4.Value(userKey("user")), c4.Value(idKey(1)), c4.Value(idKey(2)), c4.Value("user"))
	fmt.Println(v2.Value(userKey("user")))
	fmt.Println(v1)
	fmt.Println(v2)
	fmt.Println(c4)
	fmt.Println(context.WithValue(todo, "plain", []int{1}))
	fmt.Printf("%T\n", v1)

	// The errors.
	fmt.Printf("%T %v %#v\n", context.Canceled, context.Canceled, context.Canceled)
	fmt.Printf("%T %v %#v\n", context.DeadlineExceeded, context.DeadlineExceeded, context.DeadlineExceeded)
	var te interface {
		Timeout() bool
		Temporary() bool
	}
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout(), te.Temporary())
	_, isTimeout := context.Canceled.(interface{ Timeout() bool })
	fmt.Println("Canceled has Timeout:", isTimeout)
	wrapped := fmt.Errorf("fetch: %w", context.DeadlineExceeded)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))

	var f context.CancelFunc
	fmt.Println(f == nil)
	f = cancel4
	f()
	fmt.Println(c4.Err(), v3.Err())
}
// Output:
// context.Background context.TODO
// *context.emptyCtx context.Background context.TODO
// true false
// true false <nil> true <nil>
// context.Background.WithCancel
// *context.cancelCtx
// false <nil> true
// true context canceled true
// context canceled
// deadline: false
// named override 42 <nil> <nil>
// gopher
// context.Background.WithValue(type main.userKey, val gopher)
// context.Background.WithValue(type main.userKey, val gopher).WithValue(type main.idKey, val <not Stringer>)
// context.Background.WithValue(type main.userKey, val gopher).WithValue(type main.idKey, val <not Stringer>).WithValue(type main.userKey, val named override).WithCancel
// context.TODO.WithValue(type string, val <not Stringer>)
// *context.valueCtx
// *errors.errorString context canceled &errors.errorString{s:"context canceled"}
// context.deadlineExceededError context deadline exceeded context.deadlineExceededError{}
// true true true
// Canceled has Timeout: false
// fetch: context deadline exceeded true false
// true
// context canceled <nil>
