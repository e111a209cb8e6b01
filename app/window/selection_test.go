package window

import (
	"reflect"
	"testing"
)

func TestSelection(t *testing.T) {
	cases := []struct {
		name      string
		refuse    bool // a view will not let the shown pledge go
		from, to  int
		wantShown bool
		wantRow   int
		wantTold  []int
	}{
		{"first pledge", false, -1, 3, true, 3, []int{3, 3}},
		{"another pledge", false, 3, 5, true, 5, []int{5, 5}},
		{"none", false, 3, -1, true, -1, []int{-1, -1}},
		{"the same pledge: nothing to do", false, 3, 3, true, 3, nil},
		{"refused: stays", true, 3, 5, false, 3, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSelection()
			s.row = c.from
			var told []int
			s.subscribe(func() bool { return !c.refuse }, func(r int) { told = append(told, r) })
			s.subscribe(nil, func(r int) { told = append(told, r) })
			s.subscribe(func() bool { return true }, nil)
			if got := s.show(c.to); got != c.wantShown || s.row != c.wantRow || !reflect.DeepEqual(told, c.wantTold) {
				t.Errorf("show(%d) = %v, row %d, told %v; want %v, %d, %v", c.to, got, s.row, told, c.wantShown, c.wantRow, c.wantTold)
			}
		})
	}
}
