package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

// checkSameDecode decodes b with the lists of records read by hand and
// all strictly: the same file, or the same error, word for word.
func checkSameDecode(t *testing.T, b []byte) {
	t.Helper()
	want, wantErr := decode(b, false, false)
	for _, owned := range []bool{false, true} {
		got, err := decode(bytes.Clone(b), true, owned)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("read by hand (owned %v): %v\nstrictly: %v", owned, err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("read by hand (owned %v) as\n%+v\nstrictly as\n%+v", owned, got, want)
		}
	}
}

// realFile is a signed file of two reviewers, the second relayed under
// its own seal, with notes of real report text, and the report's content
// and the anchors of its pledges.
func realFile(t testing.TB) []byte {
	t.Helper()
	notes := corpusNotes(t)
	var rs []data.Review
	for i, note := range notes[:6] {
		rv := []data.Reviewer{wang, li}[i%2]
		r := review(i+1, rv, int64(10+i))
		r.Note, r.Tags = note, []string{"民生"}
		rs = append(rs, r)
	}
	described := file([]data.Reviewer{wang, li}, rs...)
	described.Describe(wsForm)
	f, err := signAll(described)
	if err != nil {
		t.Fatal(err)
	}
	return mustEncode(t, f)
}

// FuzzFastFileDecoder checks that reading the groups' lists by hand reads
// every file as the strict decoder alone reads it: whole files, and files
// signed around one record the fuzzer writes.
func FuzzFastFileDecoder(f *testing.F) {
	good := realFile(f)
	f.Add(good, []byte(`{}`))
	reviews, history := encodedRecords(f)
	f.Add(good[:len(good)/2], reviews[0])
	f.Add(good, history[0])
	for _, b := range fileVariants(string(good)) {
		f.Add([]byte(b), []byte(`{"note":1}`))
	}
	f.Fuzz(func(t *testing.T, b, record []byte) {
		checkSameDecode(t, b)
		checkSameDecode(t, signedRaw(t, string(record)))
	})
}

// fileVariants are files the hand reads otherwise than the common case:
// names it does not read, lists it declines, places it must not cut.
func fileVariants(good string) map[string]string {
	return map[string]string{
		"groups escaped":           strings.Replace(good, `"groups"`, `"\u0067roups"`, 1),
		"groups twice":             strings.Replace(good, `"groups": [`, `"groups": [], "groups": [`, 1),
		"reviews twice":            strings.Replace(good, `"reviews": [`, `"reviews": [], "reviews": [`, 1),
		"reviews escaped":          strings.Replace(good, `"reviews": [`, `"r\u0065views": [`, 1),
		"reviews null":             strings.Replace(good, `"reviews": [`, `"reviews": null, "x": [`, 1),
		"groups null":              strings.Replace(good, `"groups": [`, `"groups": null, "x": [`, 1),
		"a record declined":        strings.Replace(good, `"note":`, `"not\u0065":`, 1),
		"a record refused":         strings.Replace(good, `"note":`, `"Note":`, 1),
		"a list in a string":       strings.Replace(good, `"report_title": "`, `"report_title": "\"reviews\": [{}] `, 1),
		"a list not closed":        strings.Replace(good, "\n\t\t\t],", "\n\t\t\t,", 1),
		"a group not an object":    strings.Replace(good, `"groups": [`, `"groups": [1, `, 1),
		"trailing data":            good + `{}`,
		"cut in a list":            good[:strings.Index(good, `"history"`)+40],
		"unknown group member":     strings.Replace(good, `"seal":`, `"x": [{"pledge":"p"}], "seal":`, 1),
		"anchors twice":            strings.Replace(good, `"anchors": {`, `"anchors": {}, "anchors": {`, 1),
		"anchors null":             strings.Replace(good, `"anchors": {`, `"anchors": null, "x": {`, 1),
		"anchors escaped":          strings.Replace(good, `"anchors": {`, `"\u0061nchors": {`, 1),
		"an anchor declined":       strings.Replace(good, `"span":`, `"sp\u0061n":`, 1),
		"an anchor refused":        strings.Replace(good, `"span":`, `"Span":`, 1),
		"an anchor twice":          strings.Replace(good, `"anchors": {`, `"anchors": {"taiyuan-2021/01.01.01": {}, `, 1),
		"an anchor's member twice": strings.Replace(good, `{"hash":`, `{"text": "", "hash":`, 1),
		"a span of three":          strings.Replace(good, `"span":[`, `"span":[1,`, 1),
		"a span of one":            strings.Replace(good, `"span":[0,`, `"span":[`, 1),
		"a span fractional":        strings.Replace(good, `"span":[0,`, `"span":[0.0,`, 1),
		"a span too large":         strings.Replace(good, `"span":[0,`, `"span":[99999999999999999999,`, 1),
		"an anchor null":           strings.Replace(good, `"anchors": {`, `"anchors": {"x": null, `, 1),
		"anchors in a group":       strings.Replace(good, `"seal":`, `"anchors": {}, "seal":`, 1),
		"a seal re-indented":       strings.Replace(good, `"seal": {"format":`, `"seal": { "format" :`, 1),
		"a seal with a stranger":   strings.Replace(good, `"seal": {"format":`, `"seal": {"x": 1, "format":`, 1),
		"a seal not an object":     strings.Replace(good, `"seal": {`, `"seal": [{`, 1),
		"a seal null":              strings.Replace(good, `"seal": {`, `"seal": null, "x": {`, 1),
		"a seal twice":             strings.Replace(good, `"seal": {`, `"seal": {}, "seal": {`, 1),
		"a seal's member twice":    strings.Replace(good, `"seal": {"format":`, `"seal": {"format": "x", "format":`, 1),
		"a seal of another format": strings.Replace(good, `"seal": {"format":"pledge-review/2"`, `"seal": {"format":"pledge-review/9"`, 1),
	}
}

// Each variant reads the same by hand as strictly: the file, or the
// refusal by its kind.
func TestFastFileReadsAsTheStrictDecoder(t *testing.T) {
	good := string(realFile(t))
	if _, err := Decode([]byte(good)); err != nil {
		t.Fatal(err)
	}
	checkReadByHand(t, []byte(good))
	accepted := map[string]bool{"groups escaped": true, "reviews escaped": true, "a list in a string": true,
		"anchors escaped": true, "an anchor declined": true, "an anchor null": true,
		"a seal re-indented": true}
	for name, b := range fileVariants(good) {
		t.Run(name, func(t *testing.T) {
			checkSameDecode(t, []byte(b))
			_, err := Decode([]byte(b))
			switch {
			case accepted[name] && err != nil:
				t.Fatalf("refused: %v", err)
			case !accepted[name] && !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrForged):
				t.Fatalf("accepted or refused untyped: %v", err)
			}
		})
	}
	// Signed as written, a record the hand declines is read strictly.
	canon, _ := json.Marshal(review(1, wang, 3))
	escaped := signedRaw(t, strings.Replace(string(canon), `"note":`, `"not\u0065":`, 1))
	checkSameDecode(t, escaped)
	if f, err := Decode(escaped); err != nil || f.Reviews[0].Note != "第3版" {
		t.Fatalf("a record the hand declines: %+v, %v", f.Reviews, err)
	}
}

// checkReadByHand checks that the hand reads a file as Encode writes it:
// its lists, its anchors and its seals.
func checkReadByHand(t *testing.T, b []byte) {
	t.Helper()
	_, hf, err := decodeTop(b, true, false)
	if err != nil || hf == nil {
		t.Fatalf("the hand declines a file as Encode writes it (%v)", err)
	}
	if hf.anchorsCut == nil || len(hf.anchors) != 6 {
		t.Fatalf("the hand declines the anchors, or reads %d of 6", len(hf.anchors))
	}
	for i, g := range hf.groups {
		if g.body == nil {
			t.Fatalf("the seal of group %d is not decoded with the rest", i)
		}
	}
}

// The records a decoded file keeps as written are its own: the caller's
// bytes may be used again.
func TestDecodedFileKeepsNoneOfTheCallersBytes(t *testing.T) {
	b := realFile(t)
	f, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	raw := string(f.rawReview(0))
	if raw == "" || !strings.Contains(string(b), raw) {
		t.Fatalf("the first review is not kept as written: %q", raw)
	}
	clear(b)
	if got := string(f.rawReview(0)); got != raw {
		t.Fatalf("the record kept changed with the caller's bytes: %q", got)
	}
}
