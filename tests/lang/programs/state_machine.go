// A tokenizer written as a state machine over runes with a switch, named states (iota +
// String method), and token structs printed with %+v.
package main

import (
	"fmt"
	"unicode"
)

type Kind int

const (
	Number Kind = iota
	Ident
	Op
)

func (k Kind) String() string { return [...]string{"Number", "Ident", "Op"}[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func lex(src string) []Token {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{Number, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, Token{Ident, string(rs[i:j]), i})
			i = j
		default:
			toks = append(toks, Token{Op, string(r), i})
			i++
		}
	}
	return toks
}

func main() {
	for _, t := range lex("x1 = 3.14 * (rayon_2 + 10) / π") {
		fmt.Printf("%+v\n", t)
	}
	fmt.Println(lex("a+1"))
}
// Output:
// {Kind:Ident Text:x1 Pos:0}
// {Kind:Op Text:= Pos:3}
// {Kind:Number Text:3.14 Pos:5}
// {Kind:Op Text:* Pos:10}
// {Kind:Op Text:( Pos:12}
// {Kind:Ident Text:rayon_2 Pos:13}
// {Kind:Op Text:+ Pos:21}
// {Kind:Number Text:10 Pos:23}
// {Kind:Op Text:) Pos:25}
// {Kind:Op Text:/ Pos:27}
// {Kind:Ident Text:π Pos:29}
// [{Ident a 0} {Op + 1} {Number 1 2}]
