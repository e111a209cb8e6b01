package hostile

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"strings"
)

// pdfWriter writes a PDF's objects and its cross-reference table.
type pdfWriter struct {
	buf     bytes.Buffer
	offsets []int
}

func newPDF() *pdfWriter {
	w := &pdfWriter{}
	w.buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return w
}

// object writes object number len(offsets)+1.
func (w *pdfWriter) object(body string, stream []byte) {
	w.offsets = append(w.offsets, w.buf.Len())
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\n", len(w.offsets), body)
	if stream != nil {
		w.buf.WriteString("stream\n")
		w.buf.Write(stream)
		w.buf.WriteString("\nendstream\n")
	}
	w.buf.WriteString("endobj\n")
}

func (w *pdfWriter) finish() []byte {
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", len(w.offsets)+1)
	for _, o := range w.offsets {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(w.offsets)+1, xref)
	return w.buf.Bytes()
}

// pages writes the catalogue (object 1), the page tree (2), the font (3),
// the content stream (4) and n pages all drawing it.
func pages(n int, contentDict string, content []byte) []byte {
	w := newPDF()
	kids := make([]string, n)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 5+i)
	}
	w.object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	w.object(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n), nil)
	w.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", nil)
	w.object(contentDict, content)
	for range n {
		w.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>", nil)
	}
	return w.finish()
}

// SharedStreamPDF is a PDF of n pages that all draw one content stream of
// glyphs characters: 113 KB for 200 pages of 16,000.
func SharedStreamPDF(n, glyphs int) []byte {
	var s bytes.Buffer
	s.WriteString("BT /F1 4 Tf 10 830 Td 5 TL\n")
	line := strings.Repeat("Growth 5000% ", 10)
	for s.Len() < glyphs+len(line) {
		s.WriteString("(" + line + ") '\n")
	}
	s.WriteString("ET\n")
	var comp bytes.Buffer
	zw, _ := flate.NewWriter(&comp, flate.BestCompression)
	zw.Write(s.Bytes())
	zw.Close()
	z := zlibWrap(comp.Bytes(), adler32.Checksum(s.Bytes()))
	return pages(n, fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>", len(z)), z)
}

// InflatePDF is a one-page PDF whose content stream inflates to size
// bytes of spaces (a multiple of 1 MB): 1.5 MB of file for 1.5 GB.
func InflatePDF(size int) []byte {
	const mb = 1 << 20
	spaces := bytes.Repeat([]byte{' '}, mb)
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	// Once the window holds only spaces, every further MB compresses to
	// the same bytes: compress two, then repeat the second.
	fw.Write(spaces)
	fw.Flush()
	n1 := comp.Len()
	fw.Write(spaces)
	fw.Flush()
	seg := bytes.Clone(comp.Bytes()[n1:])
	head := bytes.Clone(comp.Bytes()[:n1])
	var z bytes.Buffer
	z.Write([]byte{0x78, 0x9c})
	z.Write(head)
	for i := 1; i < size/mb; i++ {
		z.Write(seg)
	}
	z.Write([]byte{0x03, 0x00}) // an empty final block
	sum := adler32.New()
	for range size / mb {
		sum.Write(spaces)
	}
	binary.Write(&z, binary.BigEndian, sum.Sum32())
	return pages(1, fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>", z.Len()), z.Bytes())
}

// zlibWrap puts a raw deflate stream in the zlib frame PDF's FlateDecode
// reads.
func zlibWrap(deflated []byte, sum uint32) []byte {
	out := append([]byte{0x78, 0x9c}, deflated...)
	return binary.BigEndian.AppendUint32(out, sum)
}
