// Slices of slices: rows are independent slices; jagged shapes; 2D grid built with make.
package main

import "fmt"

func main() {
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 4)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
}
// Output:
// ....
// ..#.
// ....
// [[1] [1 1] [1 2 1] [1 3 3 1] [1 4 6 4 1]]
