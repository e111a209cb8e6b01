package cli

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// resign signs again, with key, the first group of a signed review file
// whose first review was replaced by raw: what a colleague whose laptop
// was taken can make with their own key.
func resign(t *testing.T, file []byte, raw string, key ed25519.PrivateKey) []byte {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(file, &top); err != nil {
		t.Fatal(err)
	}
	var groups []map[string]json.RawMessage
	json.Unmarshal(top["groups"], &groups)
	var seal map[string]json.RawMessage
	json.Unmarshal(groups[0]["seal"], &seal)
	sum := sha256.Sum256([]byte(raw))
	digest, _ := json.Marshal(sum[:])
	seal["reviews"] = digest
	signedSeal, _ := json.Marshal(seal)
	groups[0]["seal"] = signedSeal
	groups[0]["signature"], _ = json.Marshal(base64.StdEncoding.EncodeToString(ed25519.Sign(key, signedSeal)))
	groups[0]["reviews"] = json.RawMessage("[" + raw + "]")
	groups[0]["history"] = json.RawMessage("[]")
	top["groups"], _ = json.Marshal(groups)
	out, _ := json.Marshal(top)
	return out
}

// A colleague's signed file with a record that encoding/json would read
// otherwise than it was checked is refused by merge (and by --dry-run),
// naming the file; afterwards every command still reads the workspace.
func TestMergeRefusesRecordsThatWouldNotReadBack(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "张伟")
	b.ok("review", "taiyuan-2021/01.01.00", "--status", "behind", "--score", "specific=2")
	s, err := workspace.Open(b.env.Workspace, b.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := s.ExportReviewFile("taiyuan-2021", false, time.Now())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// The colleague's own key: their id is that of the key.
	_, key, _ := ed25519.GenerateKey(nil)
	id := data.ReviewerIDForKey(key.Public().(ed25519.PublicKey))
	f.Exporter.ID, f.Reviewers[0].ID, f.History = id, id, nil
	for i := range f.Reviews {
		f.Reviews[i].ReviewerID, f.Reviews[i].Updated.Node = id, id
	}
	good, err := share.Encode(f, key)
	if err != nil {
		t.Fatal(err)
	}
	canon, _ := json.Marshal(f.Reviews[0])
	rec := string(canon)
	dir := t.TempDir()
	control := filepath.Join(dir, "control-ok.pledgereview.json")
	os.WriteFile(control, resign(t, good, rec, key), 0o644)
	if out := newHarness(t).ok("merge", control); !strings.Contains(out, "1 records written") {
		t.Fatalf("the record re-signed as it was is not merged: %s", out)
	}
	for name, raw := range map[string]string{
		"overflow.pledgereview.json": strings.Replace(rec, `"logical":`, `"logical":18446744073709551617,"x":`, 1),
		"control.pledgereview.json":  strings.Replace(rec, `{`, "{\"extra\":\"\x01\",", 1),
		"longs.pledgereview.json":    strings.Replace(rec, `"scores":{`, `"ſcores":{"specific":99},"x":{`, 1),
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, resign(t, good, raw, key), 0o644)
		for _, args := range [][]string{{"merge", "--dry-run", path}, {"merge", path}} {
			code, out, errs := a.run(args...)
			if code != 1 || !strings.Contains(errs, "refused: "+name+" ") || strings.Contains(out, "records added: 1") {
				t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errs)
			}
		}
	}
	for _, cmd := range [][]string{{"list"}, {"agreement"}, {"export-review", "-o", filepath.Join(dir, "mine.json")}} {
		a.ok(cmd...)
	}
	ws, err := workspace.Open(a.env.Workspace, a.env.ConfigDir)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if reviews, err := ws.Reviews("taiyuan-2021"); err != nil || len(reviews) != 0 {
		t.Fatalf("the workspace after the refused files: %d reviews, %v", len(reviews), err)
	}
}
