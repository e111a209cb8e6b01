// Package hostile makes the report files an attacker would craft to
// exhaust the machine that imports them: zip bombs, a paragraph of
// millions of targets, PDFs that inflate or repeat one huge stream. They
// are made on demand (in a test's temporary folder, or by cmd/mkhostile
// for measuring) and never committed.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"strings"
)

// File is one hostile file: its name (the suffix chooses the reader) and
// its bytes.
type File struct {
	Name string
	Raw  []byte
}

// All are the hostile files, as issue 20 found them.
func All() []File {
	return []File{
		{"overlap.docx", OverlapDocx(16, 60<<20)},
		{"targets.docx", TargetsDocx(6_000_000)},
		{"targets.txt", []byte(TargetsText(12_000_000))},
		{"targets.html", []byte("<html><body><p>" + strings.Repeat("5000%", 12_000_000) + "</p></body></html>")},
		{"nodes.html", []byte("<html><body>" + strings.Repeat("<p>5%</p>", 1_800_000) + "</body></html>")},
		{"inflate.pdf", InflatePDF(1536 << 20)},
		{"shared.pdf", SharedStreamPDF(200, 16_000)},
	}
}

const (
	docHead = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	docTail = `</w:body></w:document>`
)

// TargetsText is a report title and one paragraph of n "5000%".
func TargetsText(n int) string {
	return "某市政府工作报告\n各位代表：\n一、主要目标\n" + strings.Repeat("5000%", n) + "\n"
}

// TargetsDocx is a Word file of one paragraph of n "5000%": 46 KB for
// 6 M of them.
func TargetsDocx(n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(docHead + "<w:p><w:r><w:t>"))
	chunk := []byte(strings.Repeat("5000%", 1000))
	for i := 0; i < n/1000; i++ {
		w.Write(chunk)
	}
	w.Write([]byte("</w:t></w:r></w:p>" + docTail))
	zw.Close()
	return buf.Bytes()
}

// OverlapDocx is a Word file whose zip directory names entries members
// (word/document.xml, then headers), all pointing at the bytes of one
// member that unpacks to size bytes of paragraphs.
func OverlapDocx(entries, size int) []byte {
	para := []byte("<w:p><w:r><w:t>全市生产总值增长6%左右。</w:t></w:r></w:p>")
	var body bytes.Buffer
	body.WriteString(docHead)
	for body.Len() < size-len(docTail) {
		body.Write(para)
	}
	body.WriteString(docTail)
	content := body.Bytes()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	fw.Write(content)
	fw.Close()
	crc := crc32.ChecksumIEEE(content)

	var out bytes.Buffer
	first := "word/document.xml"
	writeLocal(&out, first, crc, comp.Len(), len(content))
	out.Write(comp.Bytes())
	cdStart := out.Len()
	for i := range entries {
		name := first
		if i > 0 {
			name = "word/header" + string(rune('0'+i/10)) + string(rune('0'+i%10)) + ".xml"
		}
		writeCentral(&out, name, crc, comp.Len(), len(content))
	}
	cdSize := out.Len() - cdStart
	le := binary.LittleEndian
	var end [22]byte
	le.PutUint32(end[0:], 0x06054b50)
	le.PutUint16(end[8:], uint16(entries))
	le.PutUint16(end[10:], uint16(entries))
	le.PutUint32(end[12:], uint32(cdSize))
	le.PutUint32(end[16:], uint32(cdStart))
	out.Write(end[:])
	return out.Bytes()
}

func writeLocal(w *bytes.Buffer, name string, crc uint32, csize, usize int) {
	le := binary.LittleEndian
	var h [30]byte
	le.PutUint32(h[0:], 0x04034b50)
	le.PutUint16(h[4:], 20)
	le.PutUint16(h[8:], 8) // deflate
	le.PutUint32(h[14:], crc)
	le.PutUint32(h[18:], uint32(csize))
	le.PutUint32(h[22:], uint32(usize))
	le.PutUint16(h[26:], uint16(len(name)))
	w.Write(h[:])
	w.WriteString(name)
}

func writeCentral(w *bytes.Buffer, name string, crc uint32, csize, usize int) {
	le := binary.LittleEndian
	var h [46]byte
	le.PutUint32(h[0:], 0x02014b50)
	le.PutUint16(h[4:], 20)
	le.PutUint16(h[6:], 20)
	le.PutUint16(h[10:], 8)
	le.PutUint32(h[16:], crc)
	le.PutUint32(h[20:], uint32(csize))
	le.PutUint32(h[24:], uint32(usize))
	le.PutUint16(h[28:], uint16(len(name)))
	// the local header offset (h[42:]) is 0 for every entry
	w.Write(h[:])
	w.WriteString(name)
}
