package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen ☺ héllo\xffx"
	fmt.Println(strings.Contains(s, "kitchen"), strings.Contains(s, ""), strings.Contains("", ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsRune(s, '☺'), strings.ContainsRune(s, 'z'), strings.ContainsRune(s, 0xFFFD), strings.ContainsRune("abc", -1))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""), strings.ContainsAny("", ""), strings.ContainsAny(s, "\xfe"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("☺☺", ""), strings.Count("aaaa", "aa"), strings.Count("", ""))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasSuffix(s, "x"), strings.HasSuffix("a", "ba"))
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "☺"), strings.Index(s, ""), strings.Index(s, "zz"), strings.Index("", ""))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 0xff), strings.IndexByte(s, 'Z'))
	fmt.Println(strings.IndexRune(s, 'é'), strings.IndexRune(s, 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune(s, 0xD800), strings.IndexRune(s, 0x110000), strings.IndexRune(s, 'k'))
	fmt.Println(strings.IndexAny(s, "☺n"), strings.IndexAny(s, "\xff"), strings.IndexAny("golang", "y"), strings.IndexAny("abcdefghijk", "kj"), strings.IndexAny("x", ""))
	fmt.Println(strings.LastIndex(s, "ken"), strings.LastIndex(s, ""), strings.LastIndex("go gopher", "go"), strings.LastIndex("", "a"))
	fmt.Println(strings.LastIndexByte(s, 'e'), strings.LastIndexByte(s, 0xff), strings.LastIndexByte("", 'a'))
	fmt.Println(strings.LastIndexAny(s, "ck"), strings.LastIndexAny(s, "\xff"), strings.LastIndexAny(s, "☺"), strings.LastIndexAny("\xff", "\uFFFD"), strings.LastIndexAny("abcdefghijkabc", "ab"), strings.LastIndexAny("héé", "é"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""), strings.Compare("ab", "a"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("abc", "")
	fmt.Printf("%q %q %v\n", before, after, found)
}

// Output:
// true true true false
// true false true false
// true false false true
// 3 5 3 2 1
// true true true false
// 4 16 0 -1 0
// 4 26 -1
// 21 26 1 -1 -1 4
// 6 26 -1 9 -1
// 4 28 3 -1
// 13 26 -1
// 11 26 16 0 12 3
// -1 1 0 1
// "key" "value=x" true
// "novalue" "" false
// "" "abc" true
