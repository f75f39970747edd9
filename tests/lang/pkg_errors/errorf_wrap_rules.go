// fmt.Errorf's %w rules (Go 1.19): the first %w with an error operand wraps it and prints
// it as %v (with its flags); a second %w, or %w on a non-error, prints %!w(...) and leaves
// the result unwrapped; a nil operand or a missing one prints %!w(<nil>) / %!w(MISSING).
// Sprintf never wraps.
package main

import (
	"errors"
	"fmt"
)

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type name string

func show(err error) {
	fmt.Printf("%-40q %-22T unwrap=%v\n", err.Error(), err, errors.Unwrap(err))
}

func main() {
	base := errors.New("base")
	show(fmt.Errorf("a: %w", base))
	show(fmt.Errorf("%w|%w", base, code(1)))
	show(fmt.Errorf("%w|%v", base, code(1)))
	show(fmt.Errorf("%v|%w", base, code(1)))
	show(fmt.Errorf("%[2]w|%[1]v", base, code(2)))
	show(fmt.Errorf("[%10w] [%-6w]", code(3), base))
	show(fmt.Errorf("%w then %w", 7, base))
	show(fmt.Errorf("%w then %w", name("n"), base))
	show(fmt.Errorf("%w", nil))
	show(fmt.Errorf("%w"))
	show(fmt.Errorf("no verbs", base))
	show(fmt.Errorf("%s and %w", "text", base))
	fmt.Println(fmt.Sprintf("%w|%w|%w", base, 3, code(2)))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", code(4)), code(4)), errors.Is(fmt.Errorf("x: %v", code(4)), code(4)))
	var target code
	fmt.Println(errors.As(fmt.Errorf("deep: %w", fmt.Errorf("deeper: %w", code(5))), &target), target)
}
// Output:
// "a: base"                                *fmt.wrapError         unwrap=base
// "base|%!w(main.code=1)"                  *errors.errorString    unwrap=<nil>
// "base|code 1"                            *fmt.wrapError         unwrap=base
// "base|code 1"                            *fmt.wrapError         unwrap=code 1
// "code 2|base"                            *fmt.wrapError         unwrap=code 2
// "[    code 3] [%!w(*errors.errorString=&{base  })]" *errors.errorString    unwrap=<nil>
// "%!w(int=7) then base"                   *fmt.wrapError         unwrap=base
// "%!w(main.name=n) then %!w(*errors.errorString=&{base})" *errors.errorString    unwrap=<nil>
// "%!w(<nil>)"                             *errors.errorString    unwrap=<nil>
// "%!w(MISSING)"                           *errors.errorString    unwrap=<nil>
// "no verbs%!(EXTRA *errors.errorString=base)" *errors.errorString    unwrap=<nil>
// "text and base"                          *fmt.wrapError         unwrap=base
// %!w(*errors.errorString=&{base})|%!w(int=3)|%!w(main.code=2)
// true false
// true code 5
