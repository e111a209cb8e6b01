package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"pledgereview/data"
)

func FuzzDecodeReviewFile(f *testing.F) {
	good := mustEncode(f, file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 7)))
	v1, _ := EncodeV1(file([]data.Reviewer{wang, li}, review(1, wang, 3), review(2, li, 7)))
	f.Add(good)
	f.Add(v1)
	f.Add(good[:len(good)/3])
	f.Add(bytes.Replace(v1, []byte(FormatV1), []byte("pledge-review/2"), 1))
	f.Add([]byte(`{"format": "pledge-review/1", "checksum": "00"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDecode(t, b)
		// Random bytes rarely carry a matching checksum; resealing the
		// mutated content lets the fuzzer reach validation and the round trip.
		var w wire
		if json.Unmarshal(b, &w) == nil {
			w.Checksum, _ = checksum(&w.payload)
			if sealed, err := json.Marshal(&w); err == nil {
				checkDecode(t, sealed)
			}
		}
	})
}

func checkDecode(t *testing.T, b []byte) {
	t.Helper()
	got, err := Decode(b)
	if err != nil {
		for _, want := range []error{ErrNotReviewFile, ErrDamaged, ErrNewerFormat, ErrTooLarge, ErrInvalid, ErrForged} {
			if errors.Is(err, want) {
				return
			}
		}
		t.Fatalf("untyped refusal: %v", err)
	}
	if err := Validate(got); err != nil {
		t.Fatalf("accepted file is invalid: %v", err)
	}
	var again []byte
	if got.Signed {
		again, err = Encode(got, keyOf(got.Exporter.ID))
	} else {
		again, err = encodeSigned(got)
	}
	if err != nil {
		t.Fatalf("accepted file does not re-encode: %v", err)
	}
	back, err := Decode(again)
	if err != nil {
		t.Fatalf("re-encoded file refused: %v", err)
	}
	if !got.Signed {
		back.Signed, back.Seals, got.Checksum = false, nil, ""
	}
	got.reviewsJSON, got.historyJSON, back.reviewsJSON, back.historyJSON = nil, nil, nil, nil
	if !reflect.DeepEqual(got, back) {
		t.Fatalf("round trip differs:\n%+v\n%+v", got, back)
	}
}
