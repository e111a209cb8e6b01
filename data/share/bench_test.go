package share

import (
	"fmt"
	"sync"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// BenchmarkMerge20x5000 decodes, plans and applies 20 reviewer files, each
// reviewing all 5,000 pledges, into one workspace; one op is the whole merge.
// "sequential" decodes one file after another; "parallel-decode" decodes the
// files concurrently, as a merge of several files may, and plans and applies
// them in order.
func BenchmarkMerge20x5000(b *testing.B) {
	const files, pledges = 20, 5000
	ws := workspace(pledges, nil)
	var blobs [][]byte
	size := 0
	for i := range files {
		rv := data.Reviewer{ID: fmt.Sprintf("r-%02d", i), Name: fmt.Sprintf("评审人%d", i)}
		reviews := make([]data.Review, pledges)
		for p := range reviews {
			reviews[p] = review(p+1, rv, int64(1_600_000_000_000+p))
			reviews[p].Tags = []string{"交通", "民生"}
		}
		blob := mustEncode(b, file([]data.Reviewer{rv}, reviews...))
		blobs = append(blobs, blob)
		size += len(blob)
	}
	mergeAll := func(b *testing.B, decoded []File) {
		w := Apply(ws, MergePlan{}) // a fresh copy; the merges then apply in place, as the store does
		for _, f := range decoded {
			p, err := Plan(w, f)
			if err != nil {
				b.Fatal(err)
			}
			w.Merge(p)
		}
		if len(w.Reviews) != files*pledges {
			b.Fatalf("%d records", len(w.Reviews))
		}
	}
	b.Run("sequential", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			decoded := make([]File, files)
			for i, blob := range blobs {
				f, err := Decode(blob)
				if err != nil {
					b.Fatal(err)
				}
				decoded[i] = f
			}
			mergeAll(b, decoded)
		}
	})
	b.Run("parallel-decode", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			decoded := make([]File, files)
			errs := make([]error, files)
			var wg sync.WaitGroup
			for i, blob := range blobs {
				wg.Go(func() { decoded[i], errs[i] = Decode(blob) })
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					b.Fatal(err)
				}
			}
			mergeAll(b, decoded)
		}
	})
}

// signedFile5000 is one reviewer's signed file of 5,000 reviews, each with
// a history entry, as the merge benchmark of app/workspace writes it.
func signedFile5000(b *testing.B) []byte {
	rv := wang
	rs := make([]data.Review, 5000)
	for p := range rs {
		rs[p] = datatest.Review(pledge(p+1), rv.ID, p)
		rs[p].Updated = clock(int64(1_600_000_000_000+p), rv.ID)
	}
	return mustEncode(b, file([]data.Reviewer{rv}, rs...))
}

// BenchmarkDecodeSigned5000 decodes a signed file of 5,000 reviews and
// 5,000 history entries: the part of a merge's plan that reads one file.
func BenchmarkDecodeSigned5000(b *testing.B) {
	blob := signedFile5000(b)
	b.SetBytes(int64(len(blob)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(blob); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadRecords reads the 10,000 records of that file, strictly and
// by hand.
func BenchmarkReadRecords(b *testing.B) {
	var w wireAny
	if err := decodeStrict(signedFile5000(b), &w); err != nil {
		b.Fatal(err)
	}
	g, err := splitGroup(w.Groups[0], handGroup{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("strict", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range g.reviews {
				var r data.Review
				var h data.HistoryEntry
				if decodeStrict(g.reviews[i], &r) != nil || decodeStrict(g.history[i], &h) != nil {
					b.Fatal("refused")
				}
			}
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var d recordReader
			for i := range g.reviews {
				var r data.Review
				var h data.HistoryEntry
				if d.decodeRecord(g.reviews[i], &r) != nil || d.decodeRecord(g.history[i], &h) != nil {
					b.Fatal("refused")
				}
			}
		}
	})
}
