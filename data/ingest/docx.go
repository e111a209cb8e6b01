package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"pledgereview/data"
)

// MaxPartSize bounds what one part of a .docx may unpack to. The largest
// real report's document.xml is under 1 MB; 64 MB leaves room for pictures'
// neighbours while refusing a zip bomb before it is unpacked.
const MaxPartSize = 64 << 20

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// oleMagic starts every Word 97–2003 (.doc) file.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

func readDocx(raw []byte) (*Document, error) {
	parts, err := docxParts(raw)
	if err != nil {
		return nil, err
	}
	body := parts["word/document.xml"]
	if body == nil {
		return nil, fmt.Errorf("%w (no word/document.xml: not a Word document)", ErrDamaged)
	}
	w := &docxWalker{styles: map[string]docxStyle{}}
	budget := int64(MaxPartSize) // what all the parts read may unpack to together
	if f := parts["word/styles.xml"]; f != nil {
		if err := readPart(f, &budget, w.readStyles); err != nil {
			return nil, err
		}
	}
	if err := readPart(body, &budget, w.readBody); err != nil {
		return nil, err
	}
	if err := textSizeErr(w.textSize); err != nil {
		return nil, err
	}
	d := &Document{Format: "docx", Encoding: "utf-8", Paragraphs: rejoinParagraphs(w.paras, w.indented)}
	d.SetAside = append(d.SetAside, w.aside...)
	notes, err := readAsideParts(parts, w.styles, &budget)
	if err != nil {
		return nil, err
	}
	d.SetAside = append(d.SetAside, notes...)
	if len(d.Paragraphs) == 0 {
		return nil, ErrEmpty
	}
	return d, nil
}

// docxParts opens raw as a zip archive and gives its members by name.
func docxParts(raw []byte) (map[string]*zip.File, error) {
	if bytes.HasPrefix(raw, oleMagic[:4]) {
		return nil, ErrWordDoc
	}
	if !bytes.HasPrefix(raw, []byte("PK")) {
		return nil, fmt.Errorf("%w (not a Word .docx file: damaged, or another kind of file)", ErrDamaged)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrDamaged, err)
	}
	if err := checkZip(zr.File, int64(len(raw))); err != nil {
		return nil, err
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	return parts, nil
}

// readAsideParts reads the headers, footers and notes, in the order of
// their part names. They are kept out of the body; whatever text they hold
// is listed as set aside so that nothing is lost silently.
func readAsideParts(parts map[string]*zip.File, styles map[string]docxStyle, budget *int64) ([]data.SetAside, error) {
	var names []string
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	var aside []data.SetAside
	for _, name := range names {
		reason := asideReason(name)
		if reason == "" {
			continue
		}
		nw := &docxWalker{styles: styles}
		if err := readPart(parts[name], budget, nw.readBody); err != nil {
			return nil, err
		}
		for _, p := range nw.paras {
			r := reason
			if isPageNumber(p.Text) {
				r = data.AsidePageNumber // a PAGE field's last shown value
			}
			aside = append(aside, data.SetAside{Text: p.Text, Reason: r})
		}
	}
	return aside, nil
}

// asideReason tells why the part called name is set aside: a header, a
// footer or the notes; "" for a part that is not one of them.
func asideReason(name string) string {
	base := path.Base(name)
	if path.Dir(name) != "word" || !strings.HasSuffix(base, ".xml") {
		return ""
	}
	switch {
	case strings.HasPrefix(base, "header"):
		return data.AsideHeader
	case strings.HasPrefix(base, "footer"):
		return data.AsideFooter
	case base == "footnotes.xml" || base == "endnotes.xml":
		return data.AsideFootnote
	}
	return ""
}

// readPart unpacks one zip member through fn, refusing it as soon as the
// parts read so far would pass MaxPartSize together (its declared size
// first, then the bytes read, since a declared size can lie); budget is
// what is left of it.
func readPart(f *zip.File, budget *int64, fn func(io.Reader) error) error {
	if f.UncompressedSize64 > uint64(*budget) {
		return fmt.Errorf("%s: %w (%d MB unpacked, the limit is %d MB)", f.Name, ErrZipBomb, f.UncompressedSize64>>20, MaxPartSize>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	defer rc.Close()
	lr := &limitReader{r: rc, left: *budget}
	defer func() { *budget = lr.left }()
	if err := fn(lr); err != nil {
		if lr.over {
			return fmt.Errorf("%s: %w (more than %d MB unpacked)", f.Name, ErrZipBomb, MaxPartSize>>20)
		}
		if errors.Is(err, ErrZipBomb) || errors.Is(err, ErrDamaged) {
			return err
		}
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	// The XML may end before the member does: drain it so that a bad
	// checksum or a cut-off archive is still seen.
	if _, err := io.Copy(io.Discard, lr); err != nil {
		if lr.over {
			return fmt.Errorf("%s: %w (more than %d MB unpacked)", f.Name, ErrZipBomb, MaxPartSize>>20)
		}
		return fmt.Errorf("%s: %w (%v)", f.Name, ErrDamaged, err)
	}
	return nil
}

type limitReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.over = true
		return 0, ErrZipBomb
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
