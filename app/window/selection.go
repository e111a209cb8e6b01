package window

// selection is the pledge shown on the right of the desk, as a row of the
// index (-1 for none). The views on the right subscribe to it: each may
// refuse to let the shown pledge go (the form, while typed text cannot be
// saved), and each is told when another pledge, or none, is shown.
type selection struct {
	row     int
	leavers []func() bool
	showers []func(row int)
}

func newSelection() *selection { return &selection{row: -1} }

// subscribe adds a view: mayLeave (nil: always) is asked before the
// selection moves, show (nil: not told) is told the row shown after.
func (s *selection) subscribe(mayLeave func() bool, show func(row int)) {
	if mayLeave != nil {
		s.leavers = append(s.leavers, mayLeave)
	}
	if show != nil {
		s.showers = append(s.showers, show)
	}
}

// mayLeave asks every view whether the shown pledge may go.
func (s *selection) mayLeave() bool {
	for _, ok := range s.leavers {
		if !ok() {
			return false
		}
	}
	return true
}

// show moves the selection to row (-1: none) when every view lets the
// shown pledge go, and tells every view. It reports whether row is shown;
// showing the row already shown does nothing.
func (s *selection) show(row int) bool {
	if row == s.row {
		return true
	}
	if !s.mayLeave() {
		return false
	}
	s.row = row
	s.tell()
	return true
}

// tell tells every view the row shown again, after the views were made
// anew or the pledge changed.
func (s *selection) tell() {
	for _, f := range s.showers {
		f(s.row)
	}
}
