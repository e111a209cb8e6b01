package share

import (
	"bytes"
	"crypto/ed25519"
	"testing"
	"unicode/utf8"
)

// The words of a key are fixed: these are the words every version shows
// for the key made from seven 7s, in English and in Chinese.
func TestFingerprintWordsAreFixed(t *testing.T) {
	pub := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)).Public().(ed25519.PublicKey)
	for _, c := range []struct{ lang, want string }{
		{"en", "wagon goat boxer arrow tango monkey"},
		{"", "wagon goat boxer arrow tango monkey"},
		{"zh", "厨师 火山 黄莺 鸽子 铜钱 楼梯"},
		{"zh-Hans", "厨师 火山 黄莺 鸽子 铜钱 楼梯"},
		{"zh_Hans", "厨师 火山 黄莺 鸽子 铜钱 楼梯"},
	} {
		if got := FingerprintWordsIn(pub, c.lang); got != c.want {
			t.Errorf("%q: %q, want %q", c.lang, got, c.want)
		}
	}
	if FingerprintWords(pub) != FingerprintWordsIn(pub, "en") {
		t.Error("FingerprintWords is not the English words")
	}
}

func TestFingerprintListsHoldDistinctWords(t *testing.T) {
	for name, list := range map[string]*[256]string{"en": &fingerprintList, "zh": &fingerprintListZh} {
		seen := map[string]bool{}
		for i, w := range list {
			if w == "" || seen[w] {
				t.Errorf("%s: word %d %q is empty or repeated", name, i, w)
			}
			seen[w] = true
			if name == "zh" && utf8.RuneCountInString(w) != 2 {
				t.Errorf("zh: word %d %q is not two characters", i, w)
			}
		}
	}
}
