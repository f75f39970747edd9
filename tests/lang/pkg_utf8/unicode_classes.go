// unicode classification and case mapping: IsLetter, IsDigit, IsSpace, IsUpper, IsLower,
// IsPunct, ToUpper, ToLower.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é\t!世Ω_" {
		fmt.Printf("%q L%v D%v S%v U%v l%v P%v [%c%c]\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.MaxRune)
}
// Output:
// 'a' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse [Aa]
// 'Z' Ltrue Dfalse Sfalse Utrue lfalse Pfalse [Zz]
// '5' Lfalse Dtrue Sfalse Ufalse lfalse Pfalse [55]
// ' ' Lfalse Dfalse Strue Ufalse lfalse Pfalse [  ]
// 'é' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse [Éé]
// '\t' Lfalse Dfalse Strue Ufalse lfalse Pfalse [		]
// '!' Lfalse Dfalse Sfalse Ufalse lfalse Ptrue [!!]
// '世' Ltrue Dfalse Sfalse Ufalse lfalse Pfalse [世世]
// 'Ω' Ltrue Dfalse Sfalse Utrue lfalse Pfalse [Ωω]
// '_' Lfalse Dfalse Sfalse Ufalse lfalse Ptrue [__]
// true false 1114111
