// Command icotool turns resources/icon.png into the Windows icon the
// installer needs (16, 32, 48 and 256 pixels, uncompressed 32-bit entries,
// which every icon reader takes). make dist runs it:
// go run ./app/internal/icotool -o build/icon.ico
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"image"
	"image/png"
	"log"
	"os"

	"golang.org/x/image/draw"
)

func main() {
	in := flag.String("i", "resources/icon.png", "input PNG")
	out := flag.String("o", "icon.ico", "output ICO")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	src, err := png.Decode(f)
	f.Close()
	if err != nil {
		log.Fatalf("%s: %v", *in, err)
	}
	sizes := []int{16, 32, 48, 256}
	var entries [][]byte
	for _, s := range sizes {
		dst := image.NewNRGBA(image.Rect(0, 0, s, s))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		entries = append(entries, dib(dst))
	}
	var buf bytes.Buffer
	le := binary.LittleEndian
	binary.Write(&buf, le, [3]uint16{0, 1, uint16(len(sizes))})
	offset := 6 + 16*len(sizes)
	for i, s := range sizes {
		b := byte(s)
		if s == 256 {
			b = 0 // 0 means 256
		}
		buf.Write([]byte{b, b, 0, 0})
		binary.Write(&buf, le, [2]uint16{1, 32})
		binary.Write(&buf, le, [2]uint32{uint32(len(entries[i])), uint32(offset)})
		offset += len(entries[i])
	}
	for _, e := range entries {
		buf.Write(e)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// dib is one icon entry: a BITMAPINFOHEADER of twice the height, the BGRA
// pixels bottom-up, then the (empty) AND mask, rows padded to 32 bits.
func dib(img *image.NRGBA) []byte {
	s := img.Bounds().Dx()
	var buf bytes.Buffer
	le := binary.LittleEndian
	binary.Write(&buf, le, struct {
		Size                   uint32
		Width, Height          int32
		Planes, BitCount       uint16
		Compression, SizeImage uint32
		XPels, YPels           int32
		ClrUsed, ClrImportant  uint32
	}{40, int32(s), int32(2 * s), 1, 32, 0, 0, 0, 0, 0, 0})
	for y := s - 1; y >= 0; y-- {
		for x := 0; x < s; x++ {
			c := img.NRGBAAt(x, y)
			buf.Write([]byte{c.B, c.G, c.R, c.A})
		}
	}
	maskRow := ((s + 31) / 32) * 4
	buf.Write(make([]byte, maskRow*s))
	return buf.Bytes()
}
