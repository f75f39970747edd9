package main
func main() {
	x := 1
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 1:
		fallthrough
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	s := "abc"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var c, d int = 1, 2, 3 // ERROR "extra init expr 3"
	_, _, _, _ = a, b, c, d
	for i := range x {
		_ = i
	}
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
	}
	for range true { // ERROR "cannot range over true"
	}
}
