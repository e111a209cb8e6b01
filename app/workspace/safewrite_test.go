//go:build unix

package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"pledgereview/app/briefing"
	"pledgereview/data"
)

// exports are the three kinds of export, each writing to a path.
func exports(t *testing.T) map[string]func(path string) error {
	c := newColleague(t, "王芳")
	rv := data.NewReview(p1, c.s.Me().ID)
	rv.Note = "已建成3000座"
	if _, err := c.s.store.SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	set, err := c.s.ReviewSet("taiyuan-2021")
	if err != nil {
		t.Fatal(err)
	}
	in := briefing.NewInput(set, time.Now())
	table, err := briefing.TableFile("表.csv", in, briefing.LangBoth)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := briefing.Build(in, briefing.Options{Paper: briefing.PaperA4, Reviewers: briefing.ReviewersAll})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]func(string) error{
		"table": func(path string) error { return WriteExport(c.s.OwnFiles(), path+".csv", table) },
		"pack":  func(path string) error { return WriteExport(c.s.OwnFiles(), path+".pdf", pdf) },
		"review file": func(path string) error {
			_, err := c.s.WriteReviewFile(path+".json", "taiyuan-2021", false, time.Now())
			return err
		},
	}
}

func kindOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Type()
}

func TestExportsRefuseWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder+".csv", 0o755)
	os.Mkdir(folder+".pdf", 0o755)
	os.Mkdir(folder+".json", 0o755)
	for _, ext := range []string{".csv", ".pdf", ".json"} {
		if err := syscall.Mkfifo(fifo+ext, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, export := range exports(t) {
		for _, target := range []struct{ path, kind string }{
			{fifo, "named pipe"}, {folder, "folder"},
		} {
			done := make(chan error, 1)
			go func() { done <- export(target.path) }()
			select {
			case err := <-done:
				if !errors.Is(err, data.ErrNotAFile) || !strings.Contains(err.Error(), target.kind) {
					t.Errorf("%s onto a %s: %v, want ErrNotAFile naming it", name, target.kind, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%s onto a %s did not return", name, target.kind)
			}
		}
		if kindOf(t, fifo+".csv") != os.ModeNamedPipe || kindOf(t, folder+".csv") != os.ModeDir {
			t.Fatalf("%s: an export replaced what it refused", name)
		}
	}
}

// TestExportOntoADevice: /dev/null stays a device. Exports add their
// ending to the name, so the device is reached through a link, as a user
// would have it: a link named brief.pdf that points to /dev/null.
func TestExportOntoADevice(t *testing.T) {
	fi, err := os.Stat("/dev/null")
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/null character device here")
	}
	dir := t.TempDir()
	for name, export := range exports(t) {
		base := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			os.Symlink("/dev/null", base+ext)
		}
		err := export(base)
		if !errors.Is(err, data.ErrNotAFile) || !strings.Contains(err.Error(), "/dev/null") || !strings.Contains(err.Error(), "device") {
			t.Errorf("%s onto a link to /dev/null: %v, want a refusal naming /dev/null as a device", name, err)
		}
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatal("/dev/null is no longer a device")
	}
	if _, _, err := ExportTarget("/dev/null"); !errors.Is(err, data.ErrNotAFile) {
		t.Fatalf("export target /dev/null: %v, want ErrNotAFile", err)
	}
}

func TestExportKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	for name, export := range exports(t) {
		base := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			os.WriteFile(base+ext, []byte("old"), 0o600)
			os.Chmod(base+ext, 0o600)
		}
		if err := export(base); err != nil {
			t.Fatalf("%s onto a 0600 file: %v", name, err)
		}
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			fi, err := os.Stat(base + ext)
			if err != nil {
				t.Fatal(err)
			}
			if raw, _ := os.ReadFile(base + ext); string(raw) == "old" {
				continue // this export writes another ending
			}
			if fi.Mode().Perm() != 0o600 {
				t.Fatalf("%s: a 0600 file became %v", name, fi.Mode().Perm())
			}
		}
	}
}

// TestExportThroughALink: a link is written through; it stays a link and
// the file it points to gets the export, keeping its permissions. A link
// to nothing is refused, naming where it points.
func TestExportThroughALink(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "shared")
	os.Mkdir(shared, 0o755)
	for name, export := range exports(t) {
		base := strings.ReplaceAll(name, " ", "-")
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			os.WriteFile(filepath.Join(shared, base+ext), []byte("old"), 0o640)
			os.Chmod(filepath.Join(shared, base+ext), 0o640)
			os.Symlink(filepath.Join(shared, base+ext), filepath.Join(dir, base+ext))
		}
		if err := export(filepath.Join(dir, base)); err != nil {
			t.Fatalf("%s through a link: %v", name, err)
		}
		written := 0
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			if kindOf(t, filepath.Join(dir, base+ext)) != os.ModeSymlink {
				t.Fatalf("%s: the link was replaced", name)
			}
			raw, _ := os.ReadFile(filepath.Join(shared, base+ext))
			fi, _ := os.Stat(filepath.Join(shared, base+ext))
			if string(raw) != "old" {
				written++
				if fi.Mode().Perm() != 0o640 {
					t.Fatalf("%s: the linked file became %v", name, fi.Mode().Perm())
				}
			}
		}
		if written != 1 {
			t.Fatalf("%s: %d linked files written, want 1", name, written)
		}

		broken := filepath.Join(dir, "broken-"+base)
		for _, ext := range []string{".csv", ".pdf", ".json"} {
			os.Symlink(filepath.Join(dir, "gone", "x"+ext), broken+ext)
		}
		err := export(broken)
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "gone")) {
			t.Fatalf("%s through a link to nothing: %v, want a refusal naming the target", name, err)
		}
		if kindOf(t, broken+".csv") != os.ModeSymlink {
			t.Fatalf("%s: the broken link was replaced", name)
		}
	}
}

func TestMergeOfAPipeReturnsPromptly(t *testing.T) {
	c := newColleague(t, "王芳")
	fifo := filepath.Join(t.TempDir(), "review.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		mp, err := c.s.PlanMerges([]string{fifo})
		if err != nil || len(mp.Files) != 1 || !errors.Is(mp.Files[0].Err, data.ErrNotAFile) {
			t.Errorf("merge of a pipe: %v / %+v, want the file refused as not a file", err, mp.Files)
		}
		if _, err := planOne(c.s, fifo); !errors.Is(err, data.ErrNotAFile) {
			t.Errorf("merge of a pipe: %v, want ErrNotAFile", err)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("merge of a pipe did not return")
	}
}
