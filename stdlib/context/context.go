package context // import "context"

// Package context (Go 1.19's API), compiled like user code on top of sync
// and time.
//
// A context is a node in a tree. Background and TODO are roots that never
// end. WithCancel, WithDeadline and WithTimeout make a child that ends
// (its Done channel is closed and Err says why) when its cancel function
// is called, when its deadline passes, or when its parent ends, whichever
// comes first. WithValue makes a child that only adds a key and value.
//
// How an ending travels down the tree: a cancelable context keeps a set
// of its cancelable descendants (the nearest ones: a value context in
// between is looked through). Canceling it cancels each of them with the
// same error, and removes it from its own parent's set, so a long-lived
// parent does not keep every finished child alive. A parent this package
// did not make (a user's own Context type) cannot hold the set; for such
// a parent a goroutine waits on both Done channels instead, as Go does.
//
// The type names are Go's (*context.emptyCtx, *context.cancelCtx,
// *context.timerCtx, *context.valueCtx, context.deadlineExceededError),
// since programs see them through %T.

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal and values across
// API boundaries. Its methods may be called by several goroutines at once.
type Context interface {
	// Deadline is when the context will be canceled by itself, if ever.
	Deadline() (deadline time.Time, ok bool)
	// Done is closed when the context ends; nil if it never can.
	Done() <-chan struct{}
	// Err is nil until Done is closed, then Canceled or DeadlineExceeded.
	Err() error
	// Value is the value associated with key, or nil.
	Value(key any) any
}

// Canceled is Err's value after the context was canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is Err's value after the context's deadline passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc ends its context. Only the first call does anything; it
// does not wait for the work the context governs to stop.
type CancelFunc func()

// ---- roots ----

// emptyCtx is a root: no deadline, no values, never done. The two roots
// are told apart by their address.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	if e == todo {
		return "context.TODO"
	}
	return "unknown empty Context"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

// Background is the root of every context tree: for main, init, tests
// and the top of incoming requests.
func Background() Context { return background }

// TODO is a root for code that does not know yet which context to use.
func TODO() Context { return todo }

// ---- cancelable contexts ----

// canceler is what a cancelable context offers its parent: a way to end
// it, and its Done channel.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

// cancelCtxKey is the key under which a cancelCtx answers Value with
// itself, so the nearest cancelCtx above any context can be found even
// through value contexts and user types that embed a Context.
var cancelCtxKey int

// cancelCtx can be canceled. It embeds its parent, so Deadline (and,
// past its own key, Value) are the parent's.
type cancelCtx struct {
	Context

	mu       sync.Mutex
	done     chan struct{}         // closed when canceled; made with the context
	children map[canceler]struct{} // cancelable descendants to end with it; nil once canceled
	err      error                 // set (under mu) when canceled
}

func newCancelCtx(parent Context) cancelCtx {
	return cancelCtx{Context: parent, done: make(chan struct{})}
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelCtxKey {
		return c
	}
	return c.Context.Value(key)
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel ends c and its descendants with err (if c has not ended yet);
// with removeFromParent it also leaves its parent's set of children.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // ended already
	}
	c.err = err
	close(c.done)
	children := c.children
	c.children = nil
	// Children are canceled with c's lock held: a child's cancel takes only
	// its own lock (locks are always taken parent before child).
	for child := range children {
		child.cancel(false, err)
	}
	c.mu.Unlock()
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// WithCancel returns a copy of parent that also ends when the returned
// CancelFunc is called.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCancelCtx(parent)
	p := &c
	propagateCancel(parent, p)
	return p, func() { p.cancel(true, Canceled) }
}

// propagateCancel arranges for child to end when parent does.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return // a parent that never ends
	}
	select {
	case <-done:
		child.cancel(false, parent.Err()) // ended already
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			child.cancel(false, p.err) // it ended meanwhile
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	// A parent of a foreign type: watch it from a goroutine, which also
	// ends when the child does.
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err())
		case <-child.Done():
		}
	}()
}

// parentCancelCtx finds the cancelCtx whose ending is parent's ending: the
// nearest one above parent, provided parent's Done channel is that
// context's own (a user type that wraps a context and makes its own Done
// is not one of ours, and gets a watching goroutine).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok || p.done != done {
		return nil, false
	}
	return p, true
}

// removeChild takes child out of the set of its nearest cancelCtx.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// ---- deadlines ----

// timerCtx is a cancelCtx that also ends at its deadline, by a timer.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer // under cancelCtx.mu; nil once ended
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" +
		c.deadline.String() + " [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.cancelCtx.cancel(false, err)
	if removeFromParent {
		// The parent's set holds c itself, not its cancelCtx.
		removeChild(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithDeadline returns a copy of parent that also ends at d (or when the
// returned CancelFunc is called). If parent ends before d anyway, the
// result is just WithCancel(parent).
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent) // the parent's earlier deadline wins
	}
	c := &timerCtx{cancelCtx: newCancelCtx(parent), deadline: d}
	propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded) // the deadline has passed
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	if c.err == nil { // not ended by its parent already
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// ---- values ----

// valueCtx adds one key-value pair to its parent; every other question
// goes to the parent.
type valueCtx struct {
	Context
	key, val any
}

// WithValue returns a copy of parent in which key's value is val. The key
// must be comparable, and should be of a type of the caller's own so that
// packages cannot collide.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + fmt.Sprintf("%T", c.key) +
		", val " + stringify(c.val) + ")"
}

// comparable reports whether == may be used on k's dynamic type: comparing
// an uncomparable value with itself panics.
func comparable(k any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = k == k
	return true
}

// ---- names ----

type stringer interface {
	String() string
}

// contextName is how a context appears in its children's String: its own
// String, else its type.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", c)
}

// stringify shows a value in a valueCtx's String without reflection, as
// Go does: strings and Stringers only.
func stringify(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}
