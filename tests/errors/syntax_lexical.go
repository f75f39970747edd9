package main

var a = 1__2 // ERROR "'_' must separate successive digits"
var b = 0x_ // ERROR "hexadecimal literal has no digits"
var c = 0b102 // ERROR "invalid digit '2' in binary literal"
var d = 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
var e = "\q" // ERROR "unknown escape"
var f = 'ab' // ERROR "more than one character in rune literal"
var g = "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
var h = 1 @ 2 // ERROR "invalid character U\+0040 '@'"
var i = "\400" // ERROR "octal escape value 256 > 255"

func main() {}
