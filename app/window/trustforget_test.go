package window

import (
	"bytes"
	"crypto/ed25519"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pledgereview/data"
	"pledgereview/data/share"
)

// A colleague with a new key: the refusal offers to forget the old key;
// after the user confirms that the words match by phone, the file is
// planned again, merges, and its key is pinned. Cancelling changes nothing.
func TestChangedKeyCanBeForgottenAfterAPhoneCall(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	liu := data.Reviewer{ID: "r-0011223344556677", Name: "刘洋"}
	first := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{2}, 32))
	newWords := share.FingerprintWordsIn(other.Public().(ed25519.PublicKey), "zh")
	now := time.Now().UnixMilli()
	mergeThrough(t, d, colleagueFile(t, d, liu, first, data.Done, now))
	renewed := colleagueFile(t, d, liu, other, data.Behind, now+1000)

	forgetThrough := func(answer string) string {
		t.Helper()
		planOf(t, d, renewed)
		b := overlayButton(d.win.Canvas(), "对方换了新密钥…")
		if b == nil {
			t.Fatalf("the refusal offers no way to forget the key: %q", overlayTexts(d.win.Canvas()))
		}
		test.Tap(b)
		got := overlayTexts(d.win.Canvas())
		if !strings.Contains(got, newWords) || !strings.Contains(got, "打过电话") {
			t.Fatalf("the confirmation does not show the new key's words: %q", got)
		}
		test.Tap(overlayButton(d.win.Canvas(), answer))
		settle(d.jobs)
		return overlayTexts(d.win.Canvas())
	}

	forgetThrough("取消")
	if keys, _ := d.sess.PinnedKeys(); len(keys) != 1 || !bytes.Equal(keys[0].PublicKey, first.Public().(ed25519.PublicKey)) {
		t.Fatalf("cancelled, yet the key changed: %+v", keys)
	}
	plan := forgetThrough("忘掉旧密钥")
	if !strings.Contains(plan, "刘洋") || overlayButton(d.win.Canvas(), "合并") == nil {
		t.Fatalf("after forgetting, the file is not planned: %q", plan)
	}
	tapMerge(t, d)
	if rs := storedReviews(t, d); len(rs) != 1 || rs[0].Status != data.Behind {
		t.Fatalf("刘洋's review after the merge: %+v", rs)
	}
	if keys, _ := d.sess.PinnedKeys(); len(keys) != 1 || !bytes.Equal(keys[0].PublicKey, other.Public().(ed25519.PublicKey)) {
		t.Fatalf("pinned after the merge: %+v", keys)
	}
}
