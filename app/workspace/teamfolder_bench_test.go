package workspace

import (
	"os"
	"testing"
	"time"
)

// BenchmarkTeamFolder20x5000 is a team folder holding 20 colleagues' files of
// 5,000 reviews each: the first pass (read, plan, back up, write all), a
// pass after one colleague's file changed, and a quiet pass, as the rescan
// makes every 30 s.
func BenchmarkTeamFolder20x5000(b *testing.B) {
	m := newBenchMerge(b, 20, 5000)
	b.Run("first", func(b *testing.B) {
		n := 0
		for b.Loop() {
			b.StopTimer()
			n++
			s := m.fresh(b, n)
			tf := s.TeamFolder(m.dir)
			b.StartTimer()
			rep, err := tf.Merge(time.Now())
			if err != nil || len(rep.Files) != 20 {
				b.Fatalf("merged %d files: %v", len(rep.Files), err)
			}
			b.StopTimer()
			m.done(b, s, 20*5000)
			b.StartTimer()
		}
	})
	s := m.fresh(b, 0)
	defer m.done(b, s, 0)
	tf := s.TeamFolder(m.dir)
	if _, err := tf.Merge(time.Now()); err != nil {
		b.Fatal(err)
	}
	b.Run("one-changed", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			later := time.Now()
			os.Chtimes(m.files[3], later, later)
			b.StartTimer()
			if _, err := tf.Merge(time.Now()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("quiet", func(b *testing.B) {
		for b.Loop() {
			rep, err := tf.Merge(time.Now())
			if err != nil || rep.Changed() {
				b.Fatal(rep, err)
			}
		}
	})
}
