package share

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	in := file([]data.Reviewer{wang, li}, review(1, wang, 10), review(2, li, 11))
	in.Reviews[0].Tags = []string{"交通"}
	in.Reviews[0].Evidence = []data.Evidence{{Text: "市政府公告", Link: "https://example.org", Date: "2021-06-01"}}
	b := mustEncode(t, in)
	if !bytes.Contains(b, []byte(`"format": "pledge-review/2"`)) || !bytes.Contains(b, []byte("王芳")) {
		t.Fatalf("file is not readable JSON with the format tag:\n%s", b)
	}
	out, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !out.Signed || len(out.Seals) != 2 || !bytes.Equal(out.Seals[li.ID].PublicKey, keyOf(li.ID).Public().(ed25519.PublicKey)) {
		t.Errorf("seals %+v", out.Seals)
	}
	out.Signed, out.Seals, out.reviewsJSON, out.historyJSON = false, nil, nil, nil
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip differs:\n in %+v\nout %+v", in, out)
	}

	v1, err := EncodeV1(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err = Decode(v1)
	if err != nil || out.Signed || len(out.Checksum) != 64 {
		t.Fatalf("format 1: %v, signed %v, checksum %q", err, out.Signed, out.Checksum)
	}
	in.Checksum = out.Checksum
	if !reflect.DeepEqual(in, out) {
		t.Errorf("format 1 round trip differs:\n in %+v\nout %+v", in, out)
	}
}

func TestChecksumIsOfCompactPayload(t *testing.T) {
	b, err := EncodeV1(file([]data.Reviewer{wang}, review(1, wang, 3)))
	if err != nil {
		t.Fatal(err)
	}
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	sum, _ := checksum(&w.payload)
	if sum != w.Checksum {
		t.Fatalf("checksum %s, recomputed %s", w.Checksum, sum)
	}
	// Re-indenting keeps the file valid: the checksum covers values, not layout.
	var compact bytes.Buffer
	if err := json.Compact(&compact, b); err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(compact.Bytes()); err != nil {
		t.Errorf("compacted file refused: %v", err)
	}
	if _, err := Decode(append([]byte("\xef\xbb\xbf"), b...)); err != nil {
		t.Errorf("file with BOM refused: %v", err)
	}
}

func TestDecodeRefuses(t *testing.T) {
	good, err := EncodeV1(file([]data.Reviewer{wang}, review(1, wang, 3)))
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) []byte {
		if !bytes.Contains(good, []byte(old)) {
			t.Fatalf("%q not in file", old)
		}
		return bytes.Replace(good, []byte(old), []byte(new), 1)
	}
	// reseal recomputes the checksum after an edit, standing for a writer
	// that produced a well-formed but invalid file.
	reseal := func(b []byte) []byte {
		var w wire
		if err := json.Unmarshal(b, &w); err != nil {
			t.Fatal(err)
		}
		w.Checksum, _ = checksum(&w.payload)
		out, _ := json.MarshalIndent(&w, "", "  ")
		return out
	}
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, ErrNotReviewFile},
		{"pdf", []byte("%PDF-1.7\n"), ErrNotReviewFile},
		{"other json", []byte(`{"name": "x"}`), ErrNotReviewFile},
		{"array", []byte(`[1,2]`), ErrNotReviewFile},
		{"truncated", good[:len(good)/2], ErrDamaged},
		{"edited note", edit("第3版", "第4版"), ErrDamaged},
		{"edited score", edit(`"impact": 0`, `"impact": 1`), ErrDamaged},
		{"no checksum", edit(`"checksum"`, `"checksumx"`), ErrDamaged},
		{"wrong type", edit(`"wall": 3`, `"wall": "3"`), ErrDamaged},
		{"newer format", edit(FormatV1, "pledge-review/4"), ErrNewerFormat},
		{"newer format other shape", []byte(`{"format": "pledge-review/4", "reviews": {"new": true}}`), ErrNewerFormat},
		{"unknown format", edit(FormatV1, "pledge-review/x"), ErrNotReviewFile},
		{"too large", make([]byte, MaxFileSize+1), ErrTooLarge},
		{"score out of range", reseal(edit(`"impact": 0`, `"impact": 5`)), ErrInvalid},
		{"negative score", reseal(edit(`"impact": 0`, `"impact": -1`)), ErrInvalid},
		{"unknown criterion", reseal(edit(`"impact": 0`, `"glamour": 0`)), ErrInvalid},
		{"unknown status", reseal(edit(`"status": "behind"`, `"status": "lost"`)), ErrInvalid},
		{"empty pledge", reseal(edit(`"pledge": "`+pledge(1)+`"`, `"pledge": ""`)), ErrInvalid},
		{"reviewer not carried", reseal(edit(`"reviewer": "r-wang"`, `"reviewer": "r-li"`)), ErrInvalid},
		{"no report id", reseal(edit(`"report_id": "taiyuan-2021"`, `"report_id": ""`)), ErrInvalid},
		{"bad time", reseal(edit(`"2021-12-01T09:30:00Z"`, `"yesterday"`)), ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.b)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if err.Error() == tt.want.Error() && tt.want != ErrTooLarge {
				t.Errorf("error %q says nothing of what is wrong", err)
			}
		})
	}
}

func TestReadStopsAtLimit(t *testing.T) {
	_, err := Read(strings.NewReader(strings.Repeat(" ", MaxFileSize+10)))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
	f, err := Read(bytes.NewReader(mustEncode(t, file([]data.Reviewer{wang}, review(1, wang, 3)))))
	if err != nil || len(f.Reviews) != 1 {
		t.Fatalf("Read: %v, %d reviews", err, len(f.Reviews))
	}
}

func TestEncodeRefusesInvalid(t *testing.T) {
	f := file([]data.Reviewer{wang}, review(1, li, 3)) // li is not carried
	if _, err := Encode(f, keyOf(wang.ID)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v", err)
	}
	f = file([]data.Reviewer{wang}, review(1, wang, 3), review(1, wang, 4))
	if _, err := Encode(f, keyOf(wang.ID)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("duplicate record: got %v", err)
	}
}
