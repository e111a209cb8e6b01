package data_test

import (
	"reflect"
	"testing"

	"pledgereview/data"
)

// TestFilterCache types, deletes and changes filters as a user does and
// checks that every answer of the cache is the answer of the index.
func TestFilterCache(t *testing.T) {
	steps := []struct {
		name string
		f    data.Filter
	}{
		{"no filter", data.Filter{}},
		{"first character typed", data.Filter{Text: "年"}},
		{"second character narrows", data.Filter{Text: "年底"}},
		{"third character finds nothing", data.Filter{Text: "年底x"}},
		{"deleted back", data.Filter{Text: "年底"}},
		{"other text, same start", data.Filter{Text: "年 "}},
		{"text with a status filter", data.Filter{Text: "年", Statuses: []data.Status{data.NotRated}}},
		{"status alone", data.Filter{Statuses: []data.Status{data.Behind}}},
		{"case folded", data.Filter{Text: "data"}},
		{"narrower case folded", data.Filter{Text: "DATA p"}},
		{"chapter", data.Filter{Chapter: 2, Text: "。"}},
	}
	ix := queryFixture()
	var c data.FilterCache
	for _, s := range steps {
		if got, want := c.Rows(ix, s.f), ix.Filter(s.f); !reflect.DeepEqual(ids(ix, got), ids(ix, want)) {
			t.Errorf("%s: cache gives %v, index %v", s.name, ids(ix, got), ids(ix, want))
		}
	}
}

// TestFilterCacheClear: a saved review changes what a filter selects; the
// cache answers anew after Clear.
func TestFilterCacheClear(t *testing.T) {
	ix := queryFixture()
	var c data.FilterCache
	f := data.Filter{Reviewed: data.Yes}
	before := ids(ix, c.Rows(ix, f))
	ix.Set(data.Review{PledgeID: "q/02.00.02", ReviewerID: "me", Status: data.Done})
	c.Clear()
	after := ids(ix, c.Rows(ix, f))
	if len(after) != len(before)+1 || !reflect.DeepEqual(after, ids(ix, ix.Filter(f))) {
		t.Fatalf("after a save and Clear: %v (before %v)", after, before)
	}
}
