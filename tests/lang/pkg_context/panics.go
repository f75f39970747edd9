// Package context's panics on misuse, with Go's texts.
package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

type pair struct{ a, b int }

func main() {
	try("WithCancel(nil)", func() { context.WithCancel(nil) })
	try("WithTimeout(nil)", func() { context.WithTimeout(nil, time.Second) })
	try("WithDeadline(nil)", func() { context.WithDeadline(nil, time.Now()) })
	try("WithValue(nil)", func() { context.WithValue(nil, "k", 1) })
	try("nil key", func() { context.WithValue(context.Background(), nil, 1) })
	try("slice key", func() { context.WithValue(context.Background(), []int{1}, 1) })
	try("map key", func() { context.WithValue(context.Background(), map[string]int{}, 1) })
	try("func key", func() { context.WithValue(context.Background(), func() {}, 1) })
	// Comparable keys of every kind are fine.
	ctx := context.WithValue(context.Background(), pair{1, 2}, "pair")
	ctx = context.WithValue(ctx, [2]string{"a", "b"}, "array")
	ctx = context.WithValue(ctx, 3.5, "float")
	fmt.Println(ctx.Value(pair{1, 2}), ctx.Value([2]string{"a", "b"}), ctx.Value(3.5), ctx.Value(pair{2, 1}))
	// Asking with an uncomparable key is no error: it just matches nothing.
	fmt.Println(ctx.Value([]int{1}))
}
// Output:
// WithCancel(nil): cannot create context from nil parent
// WithTimeout(nil): cannot create context from nil parent
// WithDeadline(nil): cannot create context from nil parent
// WithValue(nil): cannot create context from nil parent
// nil key: nil key
// slice key: key is not comparable
// map key: key is not comparable
// func key: key is not comparable
// pair array float <nil>
// <nil>
