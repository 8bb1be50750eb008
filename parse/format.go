package parse

import "fmt"

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// count says "1 point" or "3 points".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
