//go:build unix

package workspace

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/share"
)

// A member of the folder puts, under the name of my own file, a link to a
// file of mine (my key, here a stand-in holding secret bytes): my sync
// replaces the link with my review file and never writes through it.
func TestTeamFolderNeverWritesThroughALink(t *testing.T) {
	dir := t.TempDir()
	me := joinFolder(t, "王芳", dir)
	me.review(t, p1, map[string]int{"specific": 3}, data.Behind)
	secret := filepath.Join(t.TempDir(), "identity.key")
	if err := os.WriteFile(secret, []byte("my private key"), 0o600); err != nil {
		t.Fatal(err)
	}
	mine := me.tf.MyPath(report)
	if err := os.Symlink(secret, mine); err != nil {
		t.Fatal(err)
	}
	rep := me.sync(t, time.Now())
	if got, _ := os.ReadFile(secret); !bytes.Equal(got, []byte("my private key")) {
		t.Fatalf("the sync wrote through the link into the file it points to: %.40q", got)
	}
	fi, err := os.Lstat(mine)
	if err != nil || !fi.Mode().IsRegular() || len(rep.Wrote) != 1 {
		t.Fatalf("my file is not a regular file of its own after the sync: %v %v, wrote %v", fi, err, rep.Wrote)
	}
}

// A colleague's file that is a link (to a review file elsewhere, which
// could as well be any file of mine) is neither read nor merged.
func TestTeamFolderDoesNotReadThroughALink(t *testing.T) {
	dir := t.TempDir()
	me := joinFolder(t, "王芳", dir)
	other := newColleague(t, "张伟")
	other.review(t, p1, map[string]int{"specific": 4}, data.Behind)
	elsewhere := other.export(t)
	if err := os.Symlink(elsewhere, filepath.Join(dir, share.TeamFileName(report, other.s.Me().ID))); err != nil {
		t.Fatal(err)
	}
	rep := me.sync(t, time.Now())
	if n := len(me.byKey(t)); n != 0 {
		t.Fatalf("a file reached through a link was merged: %d reviews", n)
	}
	if len(rep.Attention) != 1 || !errors.Is(rep.Attention[0].Err, ErrTeamLink) {
		t.Fatalf("the link is not listed as refused for being a link: %+v", rep.Attention)
	}
	if again := me.sync(t, time.Now()); len(again.Attention) != 0 {
		t.Fatalf("the same link is listed again by the next pass: %+v", again.Attention)
	}
	if _, err := openTeamFile(filepath.Join(dir, share.TeamFileName(report, other.s.Me().ID))); !errors.Is(err, ErrTeamLink) {
		t.Fatalf("opening the link: %v", err)
	}
}
