package store

import (
	"testing"

	"pledgereview/data"
)

// The workspace reads a merged record by data/share's rules, not by
// encoding/json's: a case-folded name ("ſcores", which encoding/json reads
// as "scores") is no score, so a record can never read back otherwise than
// the merge checked it.
func TestRecordsReadByTheStrictDecodersRules(t *testing.T) {
	var rv data.Review
	raw := `{"pledge":"p1","reviewer":"r1","ſcores":{"specific":99},"status":"not_rated","updated":{"wall":1,"logical":0,"node":"r1"}}`
	if err := decodeRecord([]byte(raw), &rv); err != nil {
		t.Fatal(err)
	}
	if len(rv.Scores) != 0 || rv.PledgeID != "p1" || rv.Updated.Wall != 1 {
		t.Fatalf("read as encoding/json reads it: %+v", rv)
	}
	var h data.HistoryEntry
	overflow := `{"pledge":"p1","reviewer":"r1","at":{"wall":1,"logical":18446744073709551617,"node":"r1"},"changes":[]}`
	if err := decodeRecord([]byte(overflow), &h); err == nil {
		t.Fatalf("an overflowing clock reads as %+v", h.At)
	}
}

// A record an earlier version stored with bytes v2 refuses (invalid UTF-8,
// which encoding/json replaced) still reads: no workspace that opened
// before stops opening.
func TestRecordsOfEarlierVersionsStillRead(t *testing.T) {
	var rv data.Review
	raw := "{\"pledge\":\"p1\",\"reviewer\":\"r1\",\"note\":\"\xff\xfe\",\"status\":\"not_rated\",\"updated\":{\"wall\":2,\"logical\":0,\"node\":\"r1\"}}"
	if err := decodeRecord([]byte(raw), &rv); err != nil {
		t.Fatalf("a record of an earlier version: %v", err)
	}
	if rv.Updated.Wall != 2 || rv.Note != "\ufffd\ufffd" {
		t.Fatalf("read as %+v", rv)
	}
}
