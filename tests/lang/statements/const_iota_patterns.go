// const blocks and iota: implicit repetition of the previous expression, skipped values
// with _, several constants per line (iota counts lines), typed enumerations with String
// methods, bit flags, byte sizes, expressions mixing iota with other constants, iota
// resetting in each block, untyped float and string constants, and huge untyped
// intermediates folded exactly.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	s := ""
	for i, name := range []string{"r", "w", "x", "?", "A"} {
		if p&(1<<i) != 0 {
			s += name
		} else {
			s += "-"
		}
	}
	return s
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
	x4 = iota * 1.5
	x5
)

const (
	first = iota + 100
	second
	third = iota - 1
	fourth
)

const single = iota

const (
	big    = 1 << 100
	bigger = big * big
	back   = bigger >> 190
	ratio  = big / 3 * 3.0 / big
	third3 = 1.0 / 3
	exact  = third3*3 == 1
)

const (
	typedStr  string  = "typed"
	untypedF          = 2.5
	typedF32  float32 = untypedF / 3
	runeConst         = 'a' + 1
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, Saturday-Sunday, Weekday(2))
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	for d := Sunday; d <= Saturday; d += 2 {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(Read, Write, Exec, Admin, uint8(Admin))
	fmt.Println(Read|Exec, Read|Write|Exec|Admin, Perm(0))
	fmt.Println(KB, MB, GB, TB/GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3, x4, x5)
	fmt.Println(first, second, third, fourth, single)
	fmt.Println(back, ratio, exact, third3)
	fmt.Printf("%T %T %T %T %v %v\n", typedStr, untypedF, typedF32, runeConst, typedF32, runeConst)
	const local = iota // iota is 0 outside a block too
	const (
		l0 = iota * iota
		l1
		l2
		l3
	)
	fmt.Println(local, l0, l1, l2, l3)
	var arr [Saturday + 1]bool
	fmt.Println(len(arr), cap(arr[Monday:]))
	fmt.Println(bigger/big == big, uint64(back), 'x'-'a', "con"+"cat"+typedStr)
}
// Output:
// Sun Wed Sat Sat Tue
// Fri 5 main.Weekday
// Sun Tue Thu Sat 
// r---- -w--- --x-- ----A 16
// r-x-- rwx-A -----
// 1024 1.048576e+06 1.073741824e+09 1024
// 0 0 1 10 3 30
// s s 2 3 6 7.5
// 100 101 1 2 0
// 1024 1 true 0.3333333333333333
// string float64 float32 int32 0.8333333 98
// 0 0 1 4 9
// 7 6
// true 1024 23 concattyped
