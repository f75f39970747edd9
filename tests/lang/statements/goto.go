package main

import "fmt"

func find(grid [][]int, v int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == v {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 0, 0
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	find([][]int{{1, 2}, {3, 4}}, 3)
	find([][]int{{1, 2}, {3, 4}}, 9)
	n := 0
	var fs []func() int
again:
	k := n * 10
	fs = append(fs, func() int { return k })
	n++
	if n < 3 {
		goto again
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// goto out of nested blocks and a switch
	for x := 0; ; x++ {
		switch {
		case x == 3:
			goto end
		}
	}
end:
	fmt.Println("end")
}

// Output:
// 0 1 2 3 4 
// found at 1 0
// not found
// 0 10 20 
// end
