package ingest

import (
	"os"
	"testing"
)

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
	for b.Loop() {
		if _, err := Read(name, raw); err != nil {
			b.Fatal(err)
		}
	}
}
