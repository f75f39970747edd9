// An inventory report: structs in a slice, grouping in a map, totals, and aligned columns
// with Printf widths.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Category string
	Qty      int
	Price    float64
}

func main() {
	items := []Item{
		{"A-100", "tools", 5, 12.5},
		{"B-220", "garden", 12, 3.75},
		{"A-101", "tools", 0, 99.99},
		{"C-003", "kitchen", 7, 8.2},
		{"B-221", "garden", 3, 15},
	}
	byCat := map[string][]Item{}
	for _, it := range items {
		byCat[it.Category] = append(byCat[it.Category], it)
	}
	cats := make([]string, 0)
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Printf("%-8s|%6s|%10s\n", "CATEGORY", "QTY", "VALUE")
	fmt.Println(strings.Repeat("-", 26))
	var total float64
	for _, c := range cats {
		qty, value := 0, 0.0
		for _, it := range byCat[c] {
			qty += it.Qty
			value += float64(it.Qty) * it.Price
		}
		total += value
		fmt.Printf("%-8s|%6d|%10.2f\n", c, qty, value)
	}
	fmt.Printf("%-8s|%6s|%10.2f\n", "TOTAL", "", total)
	var out []string
	for _, it := range items {
		if it.Qty == 0 {
			out = append(out, it.SKU)
		}
	}
	fmt.Printf("out of stock: %v\n", out)
}
// Output:
// CATEGORY|   QTY|     VALUE
// --------------------------
// garden  |    15|     90.00
// kitchen |     7|     57.40
// tools   |     5|     62.50
// TOTAL   |      |    209.90
// out of stock: [A-101]
