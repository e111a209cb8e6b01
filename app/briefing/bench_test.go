package briefing

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func benchBuild(b *testing.B, in Input) {
	b.Helper()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // sample the heap to report its peak
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	size := 0
	b.ResetTimer()
	for b.Loop() {
		pdf, err := Build(in, Options{IncludeNotes: true})
		if err != nil {
			b.Fatal(err)
		}
		size = len(pdf)
	}
	b.StopTimer()
	close(stop)
	<-done
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(size)/(1<<20), "pdf-MB")
}

// BenchmarkBriefSeed: the seed (171 pledges), 3 reviewers; goal ≤ 300 ms.
func BenchmarkBriefSeed(b *testing.B) {
	benchBuild(b, testInput(b))
}

// BenchmarkBrief5000: 5,000 pledges, 3 reviewers; goal ≤ 10 s, peak ≤ 300 MB.
func BenchmarkBrief5000(b *testing.B) {
	in := testInput(b)
	in.Report = bigReport(b, 5000)
	in.Reviews = testReviews(in.Report, testReviewers)
	in.Disputed = nil
	benchBuild(b, in)
}

// BenchmarkFontLoad is the part of every build that parses the TTF.
func BenchmarkFontLoad(b *testing.B) {
	m, err := newModel(testInput(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := newDoc(m); err != nil {
			b.Fatal(err)
		}
	}
}
