// A generic-free stack and queue over []interface{} and a typed int stack used to evaluate
// reverse Polish notation.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Queue struct{ items []interface{} }

func (q *Queue) Enqueue(v interface{}) { q.items = append(q.items, v) }
func (q *Queue) Dequeue() (interface{}, bool) {
	if len(q.items) == 0 {
		return nil, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func rpn(expr string) (int, error) {
	var s Stack
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err := s.Pop()
			if err != nil {
				return 0, err
			}
			a, err := s.Pop()
			if err != nil {
				return 0, err
			}
			switch tok {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				if b == 0 {
					return 0, fmt.Errorf("division by zero at %q", tok)
				}
				s.Push(a / b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token: %w", err)
			}
			s.Push(n)
		}
	}
	return s.Pop()
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 x +"} {
		v, err := rpn(e)
		fmt.Printf("%-20q => %d, %v\n", e, v, err)
	}
	var q Queue
	q.Enqueue(1)
	q.Enqueue("two")
	q.Enqueue(3.0)
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("%v (%T)\n", v, v)
	}
}
// Output:
// "3 4 + 2 *"          => 14, <nil>
// "5 1 2 + 4 * + 3 -"  => 14, <nil>
// "1 +"                => 0, stack underflow
// "4 0 /"              => 0, division by zero at "/"
// "2 x +"              => 0, bad token: strconv.Atoi: parsing "x": invalid syntax
// 1 (int)
// two (string)
// 3 (float64)
