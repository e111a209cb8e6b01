package share

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"pledgereview/data"
)

// signedOther is a random file of the other version of the report, signed
// by each of its reviewers and decoded, as a colleague's export arrives;
// ok is false for a file Encode refuses (records of a reviewer it does not
// carry).
func signedOther(t *testing.T, rng *rand.Rand) (File, bool) {
	f := randomFile(rng)
	f.Fingerprint = "fp-other-version"
	f.Describe(otherForm)
	b, err := encodeSigned(f)
	if err != nil {
		return File{}, false
	}
	d, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return d, true
}

// relayThrough merges the author's file into a relayer's workspace and
// returns the relayer's file of everything as a colleague decodes it: the
// records it placed by text relayed as signed, as the workspace would, and
// the author's file cut down to those records.
func relayThrough(t *testing.T, rng *rand.Rand, author File) (relayed, direct File) {
	p, err := Plan(placedWorkspace(rng), author)
	if err != nil {
		t.Fatal(err)
	}
	byReviewer := map[string][]data.RelayedRecord{}
	type signed struct {
		id, pledge string
		at         data.HLC
	}
	kept := map[signed]bool{}
	for _, rec := range p.Relay.Records {
		var r data.Review
		if err := json.Unmarshal(rec.Signed, &r); err != nil {
			t.Fatal(err)
		}
		if rec.PledgeID != "" { // placed: an unplaced one is relayed once placed
			byReviewer[rec.ReviewerID] = append(byReviewer[rec.ReviewerID], rec)
			kept[signed{r.ReviewerID, r.PledgeID, r.Updated}] = true
		}
	}
	relayer := data.Reviewer{ID: "r-relay", Name: "转发人"}
	out := file([]data.Reviewer{relayer})
	out.Describe(wsForm)
	for _, st := range p.Relay.Seals {
		sub, left, err := RelayedFile(st, p.Relay.Forms[0], byReviewer[st.Seal.ReviewerID])
		if err != nil || left > 0 {
			t.Fatalf("relaying %s: %d left out, %v", st.Seal.ReviewerID, left, err)
		}
		if len(sub.Reviews) > 0 {
			out.Relayed = append(out.Relayed, sub)
		}
	}
	b, err := Encode(out, keyOf(relayer.ID))
	if err != nil {
		t.Fatal(err)
	}
	if relayed, err = Decode(b); err != nil {
		t.Fatal(err)
	}
	direct = author
	direct.Reviews, direct.reviewsJSON, direct.History, direct.historyJSON = nil, nil, nil, nil
	for i, r := range author.Reviews {
		if kept[signed{r.ReviewerID, r.PledgeID, r.Updated}] {
			direct.Reviews = append(direct.Reviews, r)
			direct.reviewsJSON = append(direct.reviewsJSON, author.rawReview(i))
		}
	}
	return relayed, direct
}

// A colleague merging a file that relays records placed by text gets them
// exactly as from their author's own file, on either form of the report,
// and merging it twice changes nothing.
func TestLawRelayedMergesAsTheAuthorsFile(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	relaying := 0
	for range lawRounds / 10 {
		author, ok := signedOther(t, rng)
		if !ok {
			continue
		}
		relayed, direct := relayThrough(t, rng, author)
		if len(relayed.Relayed) > 0 {
			relaying++
		}
		ws := placedWorkspace(rng)
		if rng.IntN(2) == 0 { // the receiver holds the author's form
			ws.Fingerprint, ws.Form = author.Fingerprint, otherForm
		}
		viaRelay, fromAuthor := merge(t, ws, relayed), merge(t, ws, direct)
		if !reflect.DeepEqual(viaRelay.Reviews, fromAuthor.Reviews) || !reflect.DeepEqual(viaRelay.Unplaced, fromAuthor.Unplaced) {
			t.Fatalf("relayed and from the author differ:\n%v %v\n%v %v", viaRelay.Reviews, viaRelay.Unplaced, fromAuthor.Reviews, fromAuthor.Unplaced)
		}
		p, err := Plan(viaRelay, relayed)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Added)+len(p.Updated)+len(p.Writes)+len(p.UnplacedWrites) > 0 {
			t.Fatalf("merging the relaying file again plans changes: %+v", p)
		}
	}
	if relaying < lawRounds/20 {
		t.Fatalf("only %d files relayed records", relaying)
	}
}
