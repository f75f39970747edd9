package main

x := 3 // ERROR "syntax error: non-declaration statement outside function body"

var x = 1 2 // ERROR "syntax error: unexpected literal 2 after top level declaration"

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func g()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}

func main() {}
