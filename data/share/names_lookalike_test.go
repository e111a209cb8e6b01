package share

import (
	"strings"
	"testing"

	"pledgereview/data"
)

// Look-alike names are told apart: "(2)" after the name, and the plan
// warns; a look-alike of another script never takes the plain name, even
// under an id that sorts first.
func TestLookAlikeNamesAreToldApart(t *testing.T) {
	for _, fake := range []string{"张伟\u200b", "张\u2060伟", "张伟\u3164", "\ufeff张伟"} {
		names := DisplayNames([]data.Reviewer{zhang, {ID: "r-zzz", Name: fake}})
		if names[zhang.ID] != "张伟" || names["r-zzz"] != "张伟 (2)" {
			t.Errorf("%q: %v", fake, names)
		}
	}
	alice := data.Reviewer{ID: "k-zz-alice", Name: "Alice"}
	fake := data.Reviewer{ID: "k-00-ground", Name: "\u0410lice"}
	names := DisplayNames([]data.Reviewer{alice, fake})
	if names[alice.ID] != "Alice" || names[fake.ID] != "\u0410lice (2)" {
		t.Errorf("a Cyrillic look-alike sorting first: %v", names)
	}

	ws := workspace(3, []data.Reviewer{zhang}, review(1, zhang, 3))
	mallory := data.Reviewer{ID: "r-zz-mallory", Name: "张伟\u200b"}
	f, err := Decode(mustEncode(t, file([]data.Reviewer{mallory}, review(2, mallory, 4))))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Plan(ws, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.LookAlikes) != 1 || p.LookAlikes[0].Like.ID != zhang.ID {
		t.Fatalf("look-alikes: %+v", p.LookAlikes)
	}
	for lang, want := range map[string]string{"en": "looks like that of 张伟 (r-zhang)", "zh": "看起来和已有的 张伟 (r-zhang) 一样"} {
		if s := p.Summary(lang); !strings.Contains(s, want) || !strings.Contains(s, "张伟 (2)") {
			t.Errorf("%s summary:\n%s", lang, s)
		}
	}
}
