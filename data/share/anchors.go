package share

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"pledgereview/data"
)

// The content and the anchors are written beside the groups, outside any
// seal: a file of an older version lacks them and is placed by id only.

// wireText is the part of the file that says what the report's text is.
type wireText struct {
	Content *wireContent          `json:"content,omitempty"`
	Anchors map[string]wireAnchor `json:"anchors,omitempty"`
}

type wireContent struct {
	Text      string `json:"text"`      // hex SHA-256 of the normalised text
	Sentences string `json:"sentences"` // base64 of 12 bytes a sentence: hash (8), length (4), big-endian
}

type wireAnchor struct {
	Hash string `json:"hash"`
	Span [2]int `json:"span"` // in the normalised text
	Text string `json:"text"`
}

const sentenceBytes = 12

// Describe gives f the content of its report and the anchors of the
// pledges its records are on, read from the report's form.
func (f *File) Describe(fm *Form) {
	c := fm.Content
	f.Content = &c
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, r := range f.Reviews {
		add(r.PledgeID)
	}
	for _, u := range f.Progress {
		add(u.PledgeID)
	}
	f.Anchors = fm.Anchors(ids)
}

// writeText writes the "content" and "anchors" fields of a signed file, one
// anchor a line, when f has them.
func writeText(b *bytes.Buffer, f File) error {
	if f.Content == nil {
		return nil
	}
	c, err := json.Marshal(wireContent{Text: f.Content.TextHash, Sentences: base64.StdEncoding.EncodeToString(f.Content.Encoded())})
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "\t\"content\": %s,\n", c)
	if err := writeAnchors(b, "\t", f.Anchors); err != nil {
		return err
	}
	b.WriteString(",\n")
	return nil
}

// Encoded is the sentences of c as a file and a workspace keep them: 12
// bytes a sentence, its hash (8) and length (4), big-endian.
func (c Content) Encoded() []byte {
	raw := make([]byte, 0, len(c.Sentences)*sentenceBytes)
	for _, s := range c.Sentences {
		raw = binary.BigEndian.AppendUint64(raw, s.Hash)
		raw = binary.BigEndian.AppendUint32(raw, uint32(s.Len))
	}
	return raw
}

// writeAnchors writes the "anchors" field, one anchor a line, indented.
func writeAnchors(b *bytes.Buffer, indent string, anchors map[string]Anchor) error {
	fmt.Fprintf(b, "%s\"anchors\": {", indent)
	n := 0
	for _, id := range slices.Sorted(maps.Keys(anchors)) {
		a := anchors[id]
		line, err := json.Marshal(wireAnchor{Hash: a.Hash, Span: [2]int{a.Start, a.End}, Text: a.Text})
		if err != nil {
			return err
		}
		key, _ := json.Marshal(id)
		if n > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(b, "\n%s\t%s: %s", indent, key, line)
		n++
	}
	if n > 0 {
		b.WriteString("\n" + indent)
	}
	b.WriteString("}")
	return nil
}

// readText reads the content and anchors of a file, if it has them. An
// anchor outside the text is left out: its record is placed by id only.
func (f *File) readText(w wireText) error {
	if w.Content == nil {
		return nil
	}
	raw, err := base64.StdEncoding.DecodeString(w.Content.Sentences)
	if err != nil {
		return fmt.Errorf("%w: the description of the report's text is malformed", ErrDamaged)
	}
	c, err := DecodeContent(w.Content.Text, raw)
	if err != nil {
		return err
	}
	total := c.Len()
	f.Content = &c
	f.Anchors = make(map[string]Anchor, len(w.Anchors))
	for id, a := range w.Anchors {
		if a.Span[0] < 0 || a.Span[0] > a.Span[1] || a.Span[1] > total || len(a.Hash) != 16 {
			continue
		}
		f.Anchors[id] = Anchor{Hash: a.Hash, Start: a.Span[0], End: a.Span[1], Text: data.CleanText(a.Text)}
	}
	return nil
}

// DecodeContent reads content kept as its text hash and Encoded sentences.
func DecodeContent(textHash string, raw []byte) (Content, error) {
	if len(raw)%sentenceBytes != 0 || len(textHash) != 64 {
		return Content{}, fmt.Errorf("%w: the description of the report's text is malformed", ErrDamaged)
	}
	c := Content{TextHash: textHash, Sentences: make([]Sentence, 0, len(raw)/sentenceBytes)}
	for i := 0; i < len(raw); i += sentenceBytes {
		n := int(binary.BigEndian.Uint32(raw[i+8:]))
		if n <= 0 || n > MaxFileSize {
			return Content{}, fmt.Errorf("%w: the description of the report's text is malformed", ErrDamaged)
		}
		c.Sentences = append(c.Sentences, Sentence{Hash: binary.BigEndian.Uint64(raw[i:]), Len: n})
	}
	return c, nil
}
