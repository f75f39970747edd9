// os.Stdout.WriteString and os.Stderr.Write; fmt output interleaves in program order per stream.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("direct\n")
	fmt.Println("via fmt")
	n, err := os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	os.Stderr.WriteString("on stderr\n")
}
// Output:
// direct
// via fmt
// bytes
// 6 <nil>
// Stderr:
// on stderr
