package parse

import "github.com/muktihari/fit/profile/untyped/fieldnum"

// Developer fields (a Stryd's power, a Connect IQ app's data) are skipped by
// the fast path, as the model reads none. The full decoder interprets each
// by the field_description message that describes it, and rejects the file
// when that description names no base type; the fast path keeps the
// descriptions so that it gives such a file to the full decoder, which says
// why it cannot be read.

// devRef is one developer field of a message definition.
type devRef struct{ num, index byte }

// devDesc is a field_description message: which developer field it is and
// the base type it gives. An absent field reads as 255, as the decoder's.
type devDesc struct{ index, num, base byte }

func (fr *fitReader) describe(rf *rawFields) {
	byteAt := func(f byte) byte {
		if _, b, ok := rf.value(f); ok && len(b) == 1 {
			return b[0]
		}
		return 0xFF
	}
	d := devDesc{
		index: byteAt(fieldnum.FieldDescriptionDeveloperDataIndex),
		num:   byteAt(fieldnum.FieldDescriptionFieldDefinitionNumber),
	}
	var ok bool
	d.base, ok = sdkBase(byteAt(fieldnum.FieldDescriptionFitBaseTypeId)) // as the SDK reads it (see sdkBaseTypes)
	if !ok {
		d.base = 0xFF
	}
	fr.descs = append(fr.descs, d)
	fr.badDesc = fr.badDesc || !ok
}

// refersBad reports whether one of def's developer fields is described (by
// the first description of it, as the decoder looks it up) with no base type.
func (fr *fitReader) refersBad(def *mesgDef) bool {
	for _, ref := range def.dev {
		for _, d := range fr.descs {
			if d.index == ref.index && d.num == ref.num {
				if !validBase(d.base) {
					return true
				}
				break
			}
		}
	}
	return false
}
