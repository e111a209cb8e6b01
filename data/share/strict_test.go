package share

import (
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"pledgereview/data"
)

// signedRaw is a file signed by its author around one review written as
// raw, as a hostile colleague can make it with their own key.
func signedRaw(t *testing.T, raw string) []byte {
	t.Helper()
	key := keyOf("mallory")
	me := data.Reviewer{ID: data.ReviewerIDForKey(key.Public().(ed25519.PublicKey)), Name: "马丽"}
	raw = strings.ReplaceAll(raw, "r-wang", me.ID)
	f := file([]data.Reviewer{me})
	s, err := newSeal(f.ReportID, f.Fingerprint, me, key, clock(3, me.ID), [][]byte{[]byte(raw)}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.Exporter = me
	b, err := writeV2(f, []group{{seal: s, reviews: [][]byte{[]byte(raw)}}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Each record below is signed by its author: the seal holds, and the one
// decoder must still refuse what encoding/json would read otherwise
// than it was checked.
func TestDecodeRefusesWhatReadsBackOtherwise(t *testing.T) {
	r := review(1, wang, 3)
	r.Evidence = []data.Evidence{{Text: "已建成", Link: "https://example.org/a"}}
	canon, _ := json.Marshal(r)
	good := string(canon)
	if _, err := Decode(signedRaw(t, good)); err != nil {
		t.Fatalf("the record as Encode writes it: %v", err)
	}
	tags := `"tag\u017f":[` + strings.TrimSuffix(strings.Repeat(`"x",`, 400), ",") + `],`
	for name, raw := range map[string]string{
		"clock overflow":      strings.Replace(good, `"logical":0`, `"logical":18446744073709551617`, 1),
		"raw control byte":    strings.Replace(good, `{`, "{\"extra\":\"\x01\",", 1),
		"unknown field":       strings.Replace(good, `{`, `{"extra":1,`, 1),
		"long s in scores":    strings.Replace(good, `"scores":{`, `"ſcores":{"specific":99},"x":{`, 1),
		"long s scores only":  strings.Replace(good, `"scores":{"impact":0,"specific":3}`, `"ſcores":{"specific":99}`, 1),
		"tags by long s":      strings.Replace(good, `{`, "{"+tags, 1),
		"Kelvin sign in link": strings.Replace(good, `"link":`, `"lin\u212a":`, 1),
		"upper case name":     strings.Replace(good, `"note":`, `"Note":`, 1),
		"a name given twice":  strings.Replace(good, `"note":`, `"note":"x","note":`, 1),
		"trailing value":      good + ` {}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(signedRaw(t, raw))
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrDamaged) {
				t.Fatalf("accepted or refused untyped: %v", err)
			}
			if errors.Is(err, ErrInvalid) && !strings.Contains(err.Error(), "马丽") {
				t.Errorf("the refusal does not name the author: %v", err)
			}
		})
	}
}

// A file whose top level carries an unknown or case-folded name is refused.
func TestDecodeRefusesUnknownTopLevelNames(t *testing.T) {
	good := mustEncode(t, file([]data.Reviewer{wang}, review(1, wang, 3)))
	for name, b := range map[string]string{
		"unknown":     strings.Replace(string(good), `"format"`, `"extra": 1, "format"`, 1),
		"case folded": strings.Replace(string(good), `"report_title"`, `"Report_title"`, 1),
		"Kelvin sign": strings.Replace(string(good), `"rubric"`, `"rubric_\u212a"`, 1),
	} {
		if _, err := Decode([]byte(b)); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
