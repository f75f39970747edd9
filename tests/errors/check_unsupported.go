package main

func first[T any](xs []T) T { return xs[0] } // ERROR "not supported yet: generic functions"

func main() {
}
