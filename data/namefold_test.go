package data_test

import (
	"testing"

	"pledgereview/data"
)

func TestNameSkeletonFoldsLookAlikes(t *testing.T) {
	for _, name := range []string{"张伟\u200b", "张\u2060伟", "张伟\u3164", "\ufeff张伟", "张伟\u200d", "ｚ张伟"[3:]} {
		if got, want := data.NameSkeleton(name), data.NameSkeleton("张伟"); got != want {
			t.Errorf("%q: skeleton %q, want %q", name, got, want)
		}
		if got := data.CleanName(name); got != "张伟" {
			t.Errorf("%q cleans to %q", name, got)
		}
	}
	if data.NameSkeleton("\u0410lice") != data.NameSkeleton("Alice") || data.NameSkeleton("Αlice") != data.NameSkeleton("Alice") {
		t.Error("Cyrillic or Greek А does not fold to Latin A")
	}
	if data.NameSkeleton("王芳") == data.NameSkeleton("王方") || data.NameSkeleton("Alice") == data.NameSkeleton("Alicia") {
		t.Error("different names fold together")
	}
	if got := data.ShownName(data.Reviewer{ID: "k-x", Name: "\u0410lice"}); got != `"\u0410lice" (k-x)` {
		t.Errorf("a look-alike is shown as %s", got)
	}
}
