package ingest

import (
	"os"
	"testing"
	"time"

	"pledgereview/data/ingest/hostile"
)

// reportCPU adds the processor time per operation to a benchmark's line.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// corpusFile reads the corpus file of one province from a folder.
func corpusFile(b testing.TB, folder, suffix, prov string) (string, []byte) {
	for _, f := range corpusFiles(b, folder, suffix) {
		if province(f) == prov {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			return f, raw
		}
	}
	b.Fatalf("no %s%s in %s", prov, suffix, folder)
	return "", nil
}

// BenchmarkImportDocx reads the 广东 report, the largest of the corpus:
// 56 pages once printed (its PDF). Goal: ≤ 100 ms.
func BenchmarkImportDocx(b *testing.B) {
	name, raw := corpusFile(b, "provinces-2025", ".docx", "广东")
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Read(name, raw); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// stopEngine closes the PDF engine so that the next read starts it again,
// as the first PDF of a process does.
func stopEngine() {
	engine.mu.Lock()
	defer engine.mu.Unlock()
	if engine.pool != nil {
		engine.pool.Close()
		engine.pool = nil
	}
}

// BenchmarkImportPDF reads the 46-page 四川 PDF, starting the PDF engine
// every time as the first import of a process does, with wazero's
// compilation cache already filled by an earlier run. Goal: ≤ 1 s.
func BenchmarkImportPDF(b *testing.B) {
	name, raw := corpusFile(b, "provinces-2025-pdf", ".pdf", "四川")
	if _, err := Read(name, raw); err != nil { // fills the cache
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		stopEngine()
		if _, err := Read(name, raw); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkImportPDFColdCache is the very first import on a machine: the
// compilation cache is empty and PDFium's module is compiled. Run it with
// -benchtime=1x; it takes seconds.
func BenchmarkImportPDFColdCache(b *testing.B) {
	name, raw := corpusFile(b, "provinces-2025-pdf", ".pdf", "四川")
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		b.StopTimer()
		stopEngine()
		b.Setenv("XDG_CACHE_HOME", b.TempDir())
		b.StartTimer()
		if _, err := Read(name, raw); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
	b.StopTimer()
	stopEngine()
}

// BenchmarkImportPDFRunning is a further import once the engine runs.
func BenchmarkImportPDFRunning(b *testing.B) {
	name, raw := corpusFile(b, "provinces-2025-pdf", ".pdf", "四川")
	if _, err := Read(name, raw); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Read(name, raw); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkHostile reads each file of the hostile set (issue 20, item 7),
// which is refused. Goal: each ≤ 10 s and, measured on the CLI with
// /usr/bin/time -v, ≤ 1 GB resident.
func BenchmarkHostile(b *testing.B) {
	for _, f := range hostile.All() {
		b.Run(f.Name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if _, err := Read(f.Name, f.Raw); err == nil {
					b.Fatalf("%s was read", f.Name)
				}
			}
			reportCPU(b, start)
		})
	}
}
