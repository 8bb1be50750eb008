package report

// indentJSON appends src, compact JSON as json.Marshal writes it, laid out
// as json.Indent lays it out with prefix and indent. Written by hand because
// json.Indent validates every byte with its scanner while it lays out: that
// was a tenth of a warm check, for JSON this package has just marshaled.
// TestIndentJSON and FuzzIndentJSON hold it to json.Indent.
func indentJSON(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	opened := false // after { or [: the newline waits to see the container is not empty
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if opened && c != '}' && c != ']' {
			newline()
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(src)-1)
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			depth++
			opened = true
			continue
		case '}', ']':
			depth--
			if !opened {
				newline()
			}
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		case ' ', '\t', '\n', '\r':
			// Marshal writes none outside strings; json.Indent drops them
		default:
			dst = append(dst, c)
		}
		opened = false
	}
	return dst
}
