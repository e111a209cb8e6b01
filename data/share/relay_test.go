package share

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"
)

// A file relays records placed by text in format 3, which earlier versions
// refuse as newer; a file that relays nothing stays format 2, which they
// read. The records go with their history; Encode relays only what the
// author's seal lists.
func TestRelayedFileFormat(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 20))
	var author File
	for ok := false; !ok; {
		author, ok = signedOther(t, rng)
		ok = ok && len(author.Reviews) > 0
	}
	relayed, _ := relayThrough(t, rng, author)
	if len(relayed.Relayed) == 0 {
		t.Fatal("nothing relayed")
	}
	for _, sub := range relayed.Relayed {
		if len(sub.History) != len(sub.Reviews) {
			t.Errorf("%s's %d records relayed with %d history entries, want each with its own", sub.Exporter.ID, len(sub.Reviews), len(sub.History))
		}
	}
	b, err := Encode(relayed, keyOf(relayed.Exporter.ID))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"format": "`+FormatV3+`"`)) {
		t.Errorf("a file that relays records is not %s", FormatV3)
	}
	plain := relayed
	plain.Relayed = nil
	if b := mustEncode(t, plain); !bytes.Contains(b, []byte(`"format": "`+FormatV2+`"`)) {
		t.Errorf("a file that relays nothing is not %s", FormatV2)
	}
	edited := relayed
	sub := relayed.Relayed[0]
	sub.Reviews = append(sub.Reviews[:0:0], sub.Reviews...)
	sub.Reviews[0].Note += "（改）"
	sub.reviewsJSON = nil
	edited.Relayed = []File{sub}
	if _, err := Encode(edited, keyOf(relayed.Exporter.ID)); !errors.Is(err, ErrUnsealed) {
		t.Errorf("a relayed record its author did not sign: %v, want ErrUnsealed", err)
	}
}
