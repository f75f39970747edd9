// A JSON-ish pretty printer for nested map[string]interface{} / []interface{} values using
// a type switch, sorted keys and strconv.Quote.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v interface{}, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			render(e, indent+1, b)
			if i < len(x)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "csp",
		"version": 0.1,
		"tags":    []interface{}{"go", "vm", 3, true, nil},
		"owner":   map[string]interface{}{"login": "gopher", "id": 42, "quote": "say \"hi\"\n"},
		"empty":   []interface{}{},
		"other":   struct{}{},
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
	fmt.Println(doc["tags"], len(doc))
}
// Output:
// {
//   "empty": [],
//   "name": "csp",
//   "other": "<struct {}>",
//   "owner": {
//     "id": 42,
//     "login": "gopher",
//     "quote": "say \"hi\"\n"
//   },
//   "tags": [
//     "go",
//     "vm",
//     3,
//     true,
//     null
//   ],
//   "version": 0.1
// }
// [go vm 3 true <nil>] 6
