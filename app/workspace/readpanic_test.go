package workspace

import (
	"errors"
	"io"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/share"
)

// A panic inside the decoder, on one of the goroutines that read the
// files of a merge (as goccy/go-json's once did), refuses that file as
// damaged; the others are planned and the program goes on.
func TestPanicWhileReadingRefusesOnlyThatFile(t *testing.T) {
	a, b := newColleague(t, "王芳"), newColleague(t, "张伟")
	a.review(t, p1, map[string]int{"specific": 3}, data.Behind)
	b.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	bad, good := a.export(t), b.export(t)
	me := newColleague(t, "李雷")
	defer func(read func(io.Reader) (share.File, error)) { readShare = read }(readShare)
	read := readShare
	readShare = func(r io.Reader) (share.File, error) {
		f, err := read(r)
		if f.Exporter.Name == "王芳" {
			var r *data.Review
			_ = r.PledgeID // a nil pointer, as in the decoder's crash
		}
		return f, err
	}
	mp, err := me.s.PlanMerges([]string{bad, good})
	if err != nil {
		t.Fatal(err)
	}
	if err := mp.Files[0].Err; !errors.Is(err, share.ErrDamaged) || !strings.Contains(err.Error(), "王芳") && !strings.Contains(err.Error(), "pledgereview") {
		t.Fatalf("the file whose reading panicked: %v", err)
	}
	if mp.Files[1].Err != nil || !mp.Files[1].Writes() {
		t.Fatalf("the other file: %+v", mp.Files[1].Err)
	}
}
