package parse

// The point lane: a GPX or TCX file is mostly its points, thousands of one
// small element (a <trkpt>, a <Trackpoint>) whose children are plain:
// elements without attributes holding either text or other such elements.
// Once a point's start is read, the lane reads its whole body in one pass
// into a queue of the events the stream would give, and the stream then
// hands them out one by one: the readers see the same events in the same
// order, with the same text. Taking each child through the scanner's token
// loop, its tag cache and its stack of open elements was two fifths of a
// cold check of a GPX block.
//
// The lane reads nothing the scanner would read differently: names by the
// scanner's own nsname, text only of plainText's bytes (as leaf), blank
// runs between tags only of white space, each end tag the name its start
// wrote, then '>'. Anything else (an attribute, a comment, an entity, a
// space inside a tag, a deeper or longer body than a point's) and the lane
// reads nothing: the scanner takes the body from where the lane began.
//
// A writer gives every point the same markup around different numbers, so
// the lane keeps the last body it read tag by tag as a template: its
// markup between texts (the blank runs and tags from one leaf's text to
// the next) and its events. When a body's markup is byte for byte the
// template's, with plain text between, its events are the template's with
// the new texts: the same bytes read the same way, in the same state, and
// only the texts, read as leaf reads them, differ.
//
// TestPointLaneMatchesScanner and FuzzXMLScanner hold the lane to the
// scanner's events.

// laneEvent is an event the lane read: an element's start or end, its
// name, and for the end of a leaf the text it held (data[from:to],
// untrimmed).
type laneEvent struct {
	start, leaf bool
	id          nameID
	from, to    int
}

// Bounds on what the lane takes for a point: deeper or longer bodies are
// not points, and the scanner reads them.
const (
	laneDepth  = 4
	laneEvents = 64
)

// span is a range of the data: data[at:at+n].
type span struct{ at, n int }

// pointLane is the lane's state. It holds no pointers (see xmlScanner).
type pointLane struct {
	point   nameID // the element whose bodies it reads
	on      bool
	try     bool // a point was just opened: read its body at the next event
	queue   [laneEvents]laneEvent
	nq, qi  int                 // events in the queue, and handed out
	shape   [laneEvents]openTag // the start tags of the last body read tag by tag, by their place in the queue
	tmpl    template
	quiet   *quietNames // what the reader does nothing with; nil: it is handed every event
	points  int         // bodies the lane read, for tests
	matched int         // ... of them by the template
}

// template is the markup of a body the lane read tag by tag: segs[0],
// then for each leaf, its text and the next segment; events, the queue it
// gave, leaves the places in it of the leaves' end events.
type template struct {
	segs    [laneEvents + 1]span
	leaves  [laneEvents]int
	nleaves int
	events  [laneEvents]laneEvent
	nevents int
}

// quietNames says, for each known name, whether a reader does nothing at
// an element's start (0) or end (1) of that name. Inside a body the lane
// hands out only the others, and those of names not known (the open
// elements are kept as if it handed out all). A reader's start and end are
// a switch over names, and most of a point's events (the starts of its
// leaves, its extensions) fall through it: handed out, they were a tenth
// of reading a GPX file. TestReadersActOnlyOnTheirNames holds the readers
// to their lists.
type quietNames [extraNames][2]bool

// quietBut is every known name quiet but starts at their start and ends at
// their end: built once for each reader.
func quietBut(starts, ends []string) *quietNames {
	q := new(quietNames)
	for i := range q {
		q[i] = [2]bool{true, true}
	}
	for k, names := range [2][]string{starts, ends} {
		for _, n := range names {
			if slot, ok := knownSlot([]byte(n)); ok {
				q[slot][k] = false
			}
		}
	}
	return q
}

// usePointLane sets the element whose bodies the lane reads (none when
// name is not a known name) and what the reader does nothing with (nil:
// it is handed every event).
func (x *xmlStream) usePointLane(name string, quiet *quietNames) {
	if x.fast == nil {
		return
	}
	if slot, ok := knownSlot([]byte(name)); ok {
		x.lane.point, x.lane.on, x.lane.quiet = nameID(slot), true, quiet
	}
}

// quietAt says whether the reader does nothing at the event: the start
// (k = 0) or end (1) of the element named id.
func (l *pointLane) quietAt(id nameID, k int) bool {
	return l.quiet != nil && id < extraNames && l.quiet[id][k]
}

// laneNext hands out the next event the lane read that the reader acts
// on, when there is one.
func (x *xmlStream) laneNext(ev *event) bool {
	l, s := &x.lane, x.fast
	for l.qi < l.nq {
		e := &l.queue[l.qi]
		l.qi++
		if e.start {
			x.push(e.id)
			if l.quietAt(e.id, 0) {
				continue
			}
			ev.start, ev.name, ev.text = true, s.nameOf(e.id), nil
			return true
		}
		x.pop()
		if l.quietAt(e.id, 1) {
			continue
		}
		ev.start, ev.name, ev.text = false, s.nameOf(e.id), trimBlank(s.data[e.from:e.to])
		return true
	}
	return false
}

// readBody reads the body of the element just opened, the innermost of the
// scanner's open elements, up to and with its end tag, into the queue: by
// the template, or else tag by tag. It says whether it did; when it did
// not, the scanner is where it was.
func (x *xmlStream) readBody() bool {
	s := x.fast
	if len(s.open) == 0 || s.closing {
		return false
	}
	l := &x.lane
	l.nq, l.qi = 0, 0
	if !x.byTemplate() && !x.byTags() {
		l.nq = 0
		return false
	}
	s.open = s.open[:len(s.open)-1]
	if len(s.attrs) > 0 { // the point's own: its children have none
		s.attrs = s.attrs[:0]
	}
	l.points++
	return true
}

// byTemplate reads a body whose markup is the template's.
func (x *xmlStream) byTemplate() bool {
	s, l := x.fast, &x.lane
	t := &l.tmpl
	if t.nevents == 0 {
		return false
	}
	copy(l.queue[:t.nevents], t.events[:t.nevents])
	p := s.pos
	for k := 0; ; k++ {
		seg := t.segs[k]
		if p+seg.n > len(s.data) || !sameAt(s.data, p, seg.at, seg.n) {
			return false
		}
		p += seg.n
		if k == t.nleaves {
			break
		}
		i := s.plainEnd(p)
		e := &l.queue[t.leaves[k]]
		e.from, e.to = p, i
		p = i
	}
	l.nq = t.nevents
	s.pos = p
	l.matched++
	return true
}

// byTags reads a body tag by tag and keeps it as the template.
func (x *xmlStream) byTags() bool {
	s, l := x.fast, &x.lane
	from := s.pos
	top := s.open[len(s.open)-1]
	var open [laneDepth]openTag
	depth := 0
	for l.nq < laneEvents-1 {
		s.space()
		if s.pos+1 >= len(s.data) || s.data[s.pos] != '<' {
			break
		}
		if s.data[s.pos+1] == '/' {
			t := &top
			if depth > 0 {
				t = &open[depth-1]
			}
			if !s.endTagOf(t) {
				break
			}
			l.queue[l.nq] = laneEvent{id: t.name}
			l.nq++
			if depth == 0 {
				x.keepTemplate(from)
				return true
			}
			depth--
			continue
		}
		tag, end, leaf, ok := s.laneStart(&l.shape[l.nq])
		if !ok {
			break
		}
		l.queue[l.nq] = laneEvent{start: true, id: tag.name}
		l.nq++
		if leaf {
			l.queue[l.nq] = end
			l.nq++
			continue
		}
		if depth == laneDepth {
			break
		}
		open[depth] = tag
		depth++
	}
	s.pos = from
	return false
}

// keepTemplate keeps the body just read tag by tag, from from to s.pos,
// as the template.
func (x *xmlStream) keepTemplate(from int) {
	l := &x.lane
	t := &l.tmpl
	t.nleaves, t.nevents = 0, l.nq
	at := from
	for i := 0; i < l.nq; i++ {
		e := l.queue[i]
		t.events[i] = e
		if !e.leaf {
			continue
		}
		t.segs[t.nleaves] = span{at, e.from - at}
		t.leaves[t.nleaves] = i
		t.nleaves++
		at = e.to
	}
	t.segs[t.nleaves] = span{at, x.fast.pos - at}
}

// endTagOf reads "</" and the name t was opened with, then '>'.
func (s *xmlScanner) endTagOf(t *openTag) bool {
	end, ok := s.endTagAt(s.pos, t)
	if ok {
		s.pos = end
	}
	return ok
}

// laneStart reads a start tag without attributes, s.pos at its '<', and
// when the element holds only plain text (a leaf), the text and its end
// tag too: end is then the element's end event. shape is the tag the
// body before had at the same place (see seenName).
func (s *xmlScanner) laneStart(shape *openTag) (tag openTag, end laneEvent, leaf, ok bool) {
	s.pos++
	tag, ok = s.seenName(shape)
	if !ok || s.pos >= len(s.data) || s.data[s.pos] != '>' {
		return openTag{}, laneEvent{}, false, false
	}
	s.pos++
	body := s.pos
	i := s.plainEnd(body)
	if e, ok := s.endTagAt(i, &tag); ok {
		s.pos = e
		return tag, laneEvent{leaf: true, id: tag.name, from: body, to: i}, true, true
	}
	return tag, laneEvent{}, false, true
}
