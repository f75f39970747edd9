// Methods promoted from an embedded struct (value or pointer) make the outer type satisfy
// interfaces; pointer-receiver methods of an embedded value are only in the outer pointer's
// method set.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string)    { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int       { return len(l.lines) }

type Service struct {
	Logger
	Name string
}

type Counter interface{ Count() int }
type LogCounter interface {
	Log(string)
	Count() int
}

func main() {
	s := &Service{Logger{prefix: "[svc] "}, "api"}
	var lc LogCounter = s
	lc.Log("start")
	lc.Log("ready")
	var c Counter = *s
	fmt.Println(lc.Count(), c.Count(), s.lines)
	_, ok := interface{}(*s).(LogCounter)
	_, ok2 := interface{}(s).(LogCounter)
	fmt.Println(ok, ok2)
}
// Output:
// 2 2 [[svc] start [svc] ready]
// false true
