package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/ingest"
	"pledgereview/seeds"
)

func BenchmarkParseSeed(b *testing.B) {
	b.SetBytes(int64(len(seeds.Taiyuan2021)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(seeds.Taiyuan2021, Options{ID: seeds.Taiyuan2021ID}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge parses about 1 MB made of many reports' worth of text,
// once in the seed's plain shape and once in the numbered shape.
func BenchmarkParseLarge(b *testing.B) {
	for _, shape := range []struct {
		name string
		text string
	}{{"plain", largePlain(1 << 20)}, {"numbered", largeNumbered(b, 1<<20)}} {
		b.Run(shape.name, func(b *testing.B) {
			r, err := Parse(shape.text, Options{ID: "large"})
			if err != nil {
				b.Fatal(err)
			}
			if _, _, n := r.Count(); n < 10000 {
				b.Fatalf("only %d pledges", n)
			}
			b.SetBytes(int64(len(shape.text)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				if _, err := Parse(shape.text, Options{ID: "large"}); err != nil {
					b.Fatal(err)
				}
			}
			// On a shared machine MB/s of wall time says more of the load
			// than of the parser: processor time says what a parse costs.
			if cpu := cpuTime() - start; cpu > 0 {
				b.ReportMetric(float64(len(shape.text))*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
			}
		})
	}
}

var cities = []string{"太原", "大同", "长治", "晋城", "运城", "临汾", "吕梁", "忻州", "朔州", "阳泉", "晋中"}

// largePlain repeats the seed's chapters under other city names and years
// until the text reaches size bytes.
func largePlain(size int) string {
	text := seeds.Taiyuan2021
	start := strings.Index(text, "科技自立自强")
	end := strings.LastIndex(text, "本报记者")
	head, body, tail := text[:start], text[start:end], text[end:]
	var sb strings.Builder
	sb.WriteString(head)
	for i := 0; sb.Len() < size; i++ {
		city := cities[i%len(cities)]
		chunk := strings.ReplaceAll(body, "太原", city)
		chunk = strings.ReplaceAll(chunk, "2022年", fmt.Sprintf("%d年", 2022+i%5))
		sb.WriteString(chunk)
		sb.WriteString("\n\n")
	}
	sb.WriteString(tail)
	return sb.String()
}

// largeNumbered rewrites the seed as "一、" chapters, "（一）" headlines ending
// in 。 with text on the same line, and "1." items, repeated to size bytes.
func largeNumbered(b *testing.B, size int) string {
	r, err := Parse(seeds.Taiyuan2021, Options{ID: "x"})
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString("政府工作报告\n——在市人民代表大会上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n")
	for i := 0; sb.Len() < size; i++ {
		city := cities[i%len(cities)]
		for _, c := range r.Chapters {
			fmt.Fprintf(&sb, "%s、%s\n", cnNumeral(c.N), strings.ReplaceAll(c.Title, "太原", city))
			for _, h := range c.Headlines {
				fmt.Fprintf(&sb, "（%s）%s。", cnNumeral(h.N), h.Title)
				for k, p := range h.Pledges[1:] {
					if k%3 == 2 {
						fmt.Fprintf(&sb, "\n%d.", k/3+1)
					}
					sb.WriteString(strings.ReplaceAll(p.Text, "太原", city))
				}
				sb.WriteString("\n")
			}
		}
	}
	return sb.String()
}

func cnNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

// BenchmarkParseProvince parses the text of a real provincial report (广东
// 2025, with its annexes and glossary) as data/ingest gives it.
func BenchmarkParseProvince(b *testing.B) {
	path := filepath.Join(corpusDir(b), "provinces-2025", "2025年广东省政府工作报告.docx")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if err != nil {
		b.Fatal(err)
	}
	text := doc.Text()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text, Options{ID: "guangdong-2025"}); err != nil {
			b.Fatal(err)
		}
	}
}
