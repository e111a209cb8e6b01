package share

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

// corpusNotes are notes a reviewer could write: sentences of a real report
// (Chinese text, its quotes and punctuation), a long one, and the bytes
// encoding/json escapes (<, >, &, U+2028, control characters, quotes,
// backslashes), emoji, invalid UTF-8 (written as \ufffd).
func corpusNotes(t testing.TB) []string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "national", "2018-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, line := range strings.Split(string(text), "\n") {
		if line = strings.TrimSpace(line); utf8.RuneCountInString(line) > 20 && len(notes) < 6 {
			notes = append(notes, line)
		}
	}
	return append(notes,
		string(text[:20000]), // a long note, paragraphs and all
		`他说："按期完成"，\后来\没有。`,
		"<b>进度</b> & 资金\u2028第二行\t制表\r\n\x01\x1f",
		"👍 已核实 🏗️ 🇨🇳",
		"bad \xff\xfe bytes",
		"",
	)
}

// encodedRecords are records as Encode writes them: each taken from the
// lists of an encoded file, one a line.
func encodedRecords(t testing.TB) (reviews, history [][]byte) {
	t.Helper()
	var rs []data.Review
	for i, note := range corpusNotes(t) {
		r := review(i+1, wang, int64(1_600_000_000_000+i))
		r.Note = note
		r.Tags = []string{"交通", "民生", string([]rune(note)[:min(utf8.RuneCountInString(note), 3)])}
		r.LeadUnit = "市发改委"
		r.Flag = i%2 == 0
		r.Evidence = []data.Evidence{{Text: string([]rune(note)[:min(utf8.RuneCountInString(note), 500)]), Link: "https://example.org/a?b=1&c=<2>", Date: "2021-06-30"}, {Text: "现场查看"}}
		r.Updated.Logical = uint32(i)
		rs = append(rs, r)
	}
	bare := data.NewReview(pledge(99), wang.ID) // no scores, no tags: members omitted
	bare.Updated = data.HLC{Wall: -5, Logical: 1<<32 - 1, Node: wang.ID}
	rs = append(rs, bare)
	f := file([]data.Reviewer{wang}, rs...)
	f.History = append(f.History,
		data.HistoryEntry{PledgeID: pledge(98), ReviewerID: wang.ID, At: clock(7, wang.ID)}, // changes: null
		data.HistoryEntry{PledgeID: pledge(97), ReviewerID: wang.ID, At: clock(8, wang.ID), Changes: []data.FieldChange{}, Source: "王芳.json"},
		data.HistoryEntry{PledgeID: pledge(96), ReviewerID: wang.ID, At: clock(9, wang.ID),
			Changes: []data.FieldChange{{Field: "status", Old: "not_rated", New: "done"}, {Field: "scores.specific", Old: "", New: "3"}}})
	var w wireAny
	if err := decodeStrict(mustEncode(t, f), &w); err != nil {
		t.Fatal(err)
	}
	g, err := splitGroup(w.Groups[0], handGroup{})
	if err != nil {
		t.Fatal(err)
	}
	return g.reviews, g.history
}

// checkFastRead decodes raw as a review and as a history entry, by hand
// and strictly: what the hand takes, the strict decoder takes, and reads
// the same; what the strict decoder refuses, the hand declines. It reports
// whether the hand took raw as either.
func checkFastRead(t *testing.T, raw []byte) bool {
	t.Helper()
	r := checkFastAs(t, raw, (*recordReader).review)
	h := checkFastAs(t, raw, (*recordReader).history)
	return r || h
}

func checkFastAs[T any](t *testing.T, raw []byte, read func(*recordReader, []byte) (T, bool)) bool {
	t.Helper()
	var strict T
	err := decodeStrict(raw, &strict)
	var d recordReader
	for pass := range 2 { // the second time with the strings of the first kept
		got, ok := read(&d, raw)
		if ok && err != nil {
			t.Fatalf("the hand takes %q, the strict decoder refuses it: %v", raw, err)
		}
		if ok && !reflect.DeepEqual(got, strict) {
			t.Fatalf("pass %d: %q reads by hand as\n%#v\nstrictly as\n%#v", pass, raw, got, strict)
		}
		if !ok {
			return false
		}
	}
	return true
}

// FuzzFastRecordDecoder checks the hand reader against the strict decoder
// on records as Encode writes them and on whatever the fuzzer makes of
// them.
func FuzzFastRecordDecoder(f *testing.F) {
	reviews, history := encodedRecords(f)
	for _, raw := range append(reviews, history...) {
		f.Add(raw)
	}
	for _, raw := range fastRefusals {
		f.Add([]byte(raw))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { checkFastRead(t, raw) })
}

// What Encode writes is read by hand, every record of it: else there is no
// speed to gain.
func TestFastReaderTakesWhatEncodeWrites(t *testing.T) {
	reviews, history := encodedRecords(t)
	for _, raw := range reviews {
		if !checkFastAs(t, raw, (*recordReader).review) {
			t.Errorf("a review as Encode writes it is declined: %s", raw)
		}
	}
	for _, raw := range history {
		if !checkFastAs(t, raw, (*recordReader).history) {
			t.Errorf("a history entry as Encode writes it is declined: %s", raw)
		}
	}
	// Spaced out by hand, a record is read the same.
	var spaced bytes.Buffer
	if err := json.Indent(&spaced, reviews[2], " ", "\t"); err != nil {
		t.Fatal(err)
	}
	if !checkFastAs(t, spaced.Bytes(), (*recordReader).review) {
		t.Errorf("an indented review is declined")
	}
}

// fastRefusals are records the strict decoder refuses, each a way the
// two decoders could read bytes otherwise.
var fastRefusals = map[string]string{
	"unknown member":          `{"pledge":"p","extra":1}`,
	"member given twice":      `{"pledge":"p","pledge":"q"}`,
	"escaped twice":           `{"pledge":"p","pl\u0065dge":"q"}`,
	"long s":                  `{"ſcores":{"specific":99}}`,
	"upper case":              `{"Scores":{"specific":1}}`,
	"Kelvin sign":             `{"evidence":[{"lin\u212a":"x"}]}`,
	"score key twice":         `{"scores":{"a":1,"a":2}}`,
	"score key escaped twice": `{"scores":{"a":1,"\u0061":2}}`,
	"nested member twice":     `{"updated":{"wall":1,"wall":2}}`,
	"change member unknown":   `{"changes":[{"field":"a","x":"b"}]}`,
	"clock overflow":          `{"updated":{"logical":18446744073709551617}}`,
	"logical over uint32":     `{"at":{"logical":4294967296}}`,
	"negative logical":        `{"at":{"logical":-1}}`,
	"wall over int64":         `{"updated":{"wall":9223372036854775808}}`,
	"fraction":                `{"scores":{"a":1.5}}`,
	"exponent":                `{"scores":{"a":1e400}}`,
	"leading zero":            `{"scores":{"a":01}}`,
	"plus sign":               `{"scores":{"a":+1}}`,
	"string for a number":     `{"scores":{"a":"1"}}`,
	"number for a string":     `{"pledge":1}`,
	"string for a bool":       `{"flag":"true"}`,
	"object for a list":       `{"tags":{"a":"b"}}`,
	"raw control byte":        "{\"note\":\"a\x01b\"}",
	"raw newline":             "{\"note\":\"a\nb\"}",
	"invalid UTF-8":           "{\"note\":\"\xff\"}",
	"cut UTF-8":               "{\"note\":\"\xe4\xb8\"}",
	"surrogate in UTF-8":      "{\"note\":\"\xed\xa0\x80\"}",
	"lone surrogate escape":   `{"note":"\ud800"}`,
	"bad escape":              `{"note":"\x"}`,
	"short unicode escape":    `{"note":"\u12"}`,
	"trailing value":          `{"pledge":"p"} {}`,
	"trailing comma":          `{"pledge":"p",}`,
	"cut short":               `{"pledge":"p"`,
	"missing colon":           `{"pledge" "p"}`,
	"single quotes":           `{'pledge':'p'}`,
	"true misspelt":           `{"flag":tru}`,
	"null misspelt":           `{"tags":nul}`,
	"list not closed":         `{"tags":["a","b"}`,
	"not an object":           `["pledge"]`,
	"nothing":                 ``,
}

// Each of fastRefusals is refused strictly, and declined by hand.
func TestFastReaderDeclinesWhatStrictRefuses(t *testing.T) {
	for name, raw := range fastRefusals {
		t.Run(name, func(t *testing.T) {
			var r data.Review
			var h data.HistoryEntry
			if decodeStrict([]byte(raw), &r) == nil && decodeStrict([]byte(raw), &h) == nil {
				t.Fatalf("the strict decoder takes %s", raw)
			}
			if checkFastRead(t, []byte(raw)) {
				t.Fatalf("taken by hand: %s", raw)
			}
		})
	}
}

// What the strict decoder takes but the hand declines (names or numbers
// written otherwise than Encode writes them) is read by the strict
// decoder, the same.
func TestDecodeReadsByTheStrictDecoderWhatTheHandDeclines(t *testing.T) {
	r := review(1, wang, 3)
	canon, _ := json.Marshal(r)
	for name, raw := range map[string]string{
		"escaped name":       strings.Replace(string(canon), `"note":`, `"not\u0065":`, 1),
		"escaped emoji":      strings.Replace(string(canon), `"note":"`, `"note":"\ud83d\ude00`, 1),
		"19 digits":          strings.Replace(string(canon), `"wall":3`, `"wall":1000000000000000003`, 1),
		"null note":          strings.Replace(string(canon), `"note":"第3版"`, `"note":null`, 1),
		"non-ASCII criteria": strings.Replace(string(canon), `"impact"`, `"影响"`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			var strict data.Review
			if err := decodeStrict([]byte(raw), &strict); err != nil {
				t.Fatalf("the strict decoder refuses %s: %v", raw, err)
			}
			if checkFastAs(t, []byte(raw), (*recordReader).review) {
				t.Fatalf("taken by hand: %s", raw)
			}
			var d recordReader
			var got data.Review
			if err := d.decodeRecord([]byte(raw), &got); err != nil || !reflect.DeepEqual(got, strict) {
				t.Fatalf("read as %+v (%v), strictly %+v", got, err, strict)
			}
		})
	}
}
