package window

import (
	"pledgereview/data/store"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pledgereview/data/datatest"
)

// bigWorkspace writes a workspace holding one report of 50,000 pledges.
func bigWorkspace(tb testing.TB, ws string) {
	st, err := store.Open(ws, store.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	if err := st.AddReport(datatest.ReportOfSize("big-2021", 50000)); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkFilterList50k is one keystroke in the search field over 50,000
// pledges, through the filter to the list's data being refreshed: typing
// "2" after "第1" and taking it back, in turn.
func BenchmarkFilterList50k(b *testing.B) {
	a := test.NewTempApp(b)
	ws, cfg := tempPaths(b)
	bigWorkspace(b, ws)
	d := newTestDesk(b, a, ws, cfg)
	if n := len(d.loaded.index.Rows); n < 50000 {
		b.Fatalf("index holds %d pledges", n)
	}
	test.Type(d.views.list.search, "第1")
	all := d.views.list.list.Length()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if i%2 == 0 {
			d.views.list.search.TypedRune('2')
		} else {
			d.views.list.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
		i++
	}
	b.StopTimer()
	if d.views.list.list.Length() == 0 || d.views.list.list.Length() > all {
		b.Fatalf("list shows %d of %d", d.views.list.list.Length(), all)
	}
}

func TestBigWorkspaceOpensAndFilters(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50,000-pledge workspace")
	}
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	bigWorkspace(t, ws)
	d := newTestDesk(t, a, ws, cfg)
	test.Type(d.views.list.search, "第4999")
	want := 0
	for _, r := range d.loaded.index.Rows {
		if strings.Contains(r.Pledge.Text, "第4999") {
			want++
		}
	}
	if n := d.views.list.list.Length(); n != want || want < 10 {
		t.Errorf("search 第4999 shows %d rows, want %d", n, want)
	}
}

// BenchmarkFilterList50kCold is the same keystroke with the filter cache
// emptied first, so every keystroke scans all 50,000 pledges (the cost of
// a pasted or new search text).
func BenchmarkFilterList50kCold(b *testing.B) {
	a := test.NewTempApp(b)
	ws, cfg := tempPaths(b)
	bigWorkspace(b, ws)
	d := newTestDesk(b, a, ws, cfg)
	test.Type(d.views.list.search, "第1")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		d.listing.cache.Clear()
		if i%2 == 0 {
			d.views.list.search.TypedRune('2')
		} else {
			d.views.list.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
		i++
	}
	b.StopTimer()
	if d.views.list.list.Length() == 0 {
		b.Fatal("list is empty")
	}
}
