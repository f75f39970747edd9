// Embedded structs: promoted fields and methods, shadowing by the outer type,
// access through the embedded type's name, and embedded pointers.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }

type Wrapper struct {
	*Base
	Extra string
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	w := Wrapper{&Base{1}, "x"}
	w.SetID(42)
	fmt.Println(w.ID, w.Base.ID, w.Extra)
}
// Output:
// rex 4 lab
// rex has 4 legs
// woof ...
// max max
// {{max 4} lab}
// {Animal:{Name:max Legs:4} Breed:lab}
// 42 42 x
