// Contains, ContainsAny, ContainsRune, Index, LastIndex, IndexByte, IndexRune, IndexAny,
// Count, HasPrefix, HasSuffix, EqualFold, Compare.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "zk"), strings.ContainsRune("héllo", 'é'))
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dog"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("日本語", '語'), strings.IndexAny(s, "nt"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chen"), strings.HasPrefix(s, "kit"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
// Output:
// true true false
// false true true
// 4 4 -1 0
// 4 6 6
// 3 5
// true true false
// true true false
// -1 1 0
