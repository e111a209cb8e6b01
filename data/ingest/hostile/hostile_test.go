package hostile

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"
)

// The inflation bomb must really inflate to what it says: a deflate
// stream whose repeated segment were wrong would be refused as damaged,
// not as too big, and prove nothing.
func TestInflateStreamIsValid(t *testing.T) {
	raw := InflatePDF(8 << 20)
	start := bytes.Index(raw, []byte("stream\n")) + len("stream\n")
	end := bytes.LastIndex(raw, []byte("\nendstream"))
	zr, err := zlib.NewReader(bytes.NewReader(raw[start:end]))
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, zr)
	if err != nil || n != 8<<20 {
		t.Fatalf("inflated %d bytes, %v; want %d", n, err, 8<<20)
	}
}
