package ingest

import (
	"archive/zip"
	"fmt"
	"sort"
)

// MaxUnpacked bounds what all the members of a .docx declare they unpack
// to, pictures included. A real report's Word file, pictures and all,
// unpacks to a few MB; a file at MaxFileSize of pictures (which do not
// compress) stays far below.
const MaxUnpacked = 256 << 20

// checkZip looks at a .docx's directory before anything is unpacked: a
// name given twice, members whose bytes overlap (a directory pointing many
// entries at one huge member, so that unpacking reads it over and over),
// members past the end of the file, and a declared total past MaxUnpacked
// are refused.
func checkZip(files []*zip.File, size int64) error {
	type span struct {
		name       string
		start, end int64
	}
	spans := make([]span, 0, len(files))
	names := make(map[string]bool, len(files))
	var total uint64
	for _, f := range files {
		if names[f.Name] {
			return fmt.Errorf("%w (the member %s is there twice)", ErrZipBomb, f.Name)
		}
		names[f.Name] = true
		total += f.UncompressedSize64
		if total > MaxUnpacked {
			return fmt.Errorf("%w (more than %d MB unpacked, the limit is %d MB)", ErrZipBomb, total>>20, MaxUnpacked>>20)
		}
		start, err := f.DataOffset()
		if err != nil {
			return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
		}
		end := start + int64(f.CompressedSize64)
		if f.CompressedSize64 > uint64(size) || end > size {
			return fmt.Errorf("%s: %w (it runs past the end of the file)", f.Name, ErrDamaged)
		}
		spans = append(spans, span{f.Name, start, end})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	for i := 1; i < len(spans); i++ {
		a, b := spans[i-1], spans[i]
		if b.start < a.end || b.start == a.start {
			return fmt.Errorf("%w (the members %s and %s share the same bytes)", ErrZipBomb, a.name, b.name)
		}
	}
	return nil
}
