package store_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"pledgereview/data/store"
	"strings"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/parse"
	"pledgereview/seeds"
)

// realWorkspace builds a workspace the way the program fills one: the
// Taiyuan 2021 seed parsed, three reviewers' reviews of every pledge, each
// saved twice (so the file holds history and freed pages), and a merge.
func realWorkspace(t testing.TB, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "real.pledgereview")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := parse.Parse(seeds.Taiyuan2021, parse.Options{ID: seeds.Taiyuan2021ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddReport(r); err != nil {
		t.Fatal(err)
	}
	for i, who := range []string{"me", "张伟", "李娜"} {
		if err := s.PutReviewer(data.Reviewer{ID: who, Name: who}); err != nil {
			t.Fatal(err)
		}
		for j, p := range r.Pledges() {
			for round := range 2 {
				rv := data.NewReview(p.ID, who)
				rv.Status = data.Statuses[(i+j+round)%len(data.Statuses)].ID
				rv.Scores = map[string]int{"specific": (i + j) % 5, "measurable": round + 1}
				rv.Note = fmt.Sprintf("第%d轮：%s的进度需要核实。", round+1, p.ID)
				if _, err := s.SaveReview(rv); err != nil {
					t.Fatal(err)
				}
			}
			if j > 40 {
				break
			}
		}
	}
	return path
}

// readAll reads everything a workspace shows and saves one review, as
// list, brief and the window do; an error is fine, a crash is not.
func readAll(s *store.Store) error {
	reports, err := s.Reports()
	if err != nil {
		return err
	}
	for _, info := range reports {
		r, err := s.Report(info.ID)
		if err != nil {
			return err
		}
		if _, err := s.Snapshot(r.ID); err != nil {
			return err
		}
		if ps := r.Pledges(); len(ps) > 0 {
			rv := data.NewReview(ps[0].ID, "me")
			rv.Note = "after the damage"
			if _, err := s.SaveReview(rv); err != nil {
				return err
			}
		}
	}
	return nil
}

// openDamaged opens a damaged copy; it must open and read, or say
// ErrDamaged (ErrEmptyFile is one). Every page is read as raw bytes and a
// reviewer is saved (a write transaction); with full set, everything is
// also read as list, brief and the window read it, which takes longer.
func openDamaged(path string, full bool) (opened bool, err error) {
	s, err := store.Open(path, store.Options{NoSync: true})
	if err == nil {
		_, err = store.TouchAll(s)
		if err == nil {
			err = s.PutReviewer(data.Reviewer{ID: "after", Name: "after the damage"})
		}
		if err == nil && full {
			err = readAll(s)
		}
		s.Close()
	}
	if err != nil && !errors.Is(err, data.ErrDamaged) {
		return false, fmt.Errorf("not reported as damaged: %w", err)
	}
	return err == nil, nil
}

const damageChildEnv = "PLEDGEREVIEW_DAMAGE_CHILD"

// damageChild runs one sweep of damaged copies for TestDamagedWorkspaces
// (TestMain runs it in place of the tests), printing "case NAME" before
// each open and "ok" or "fail: ..." after, so that the parent names the
// case if this process dies. It returns the process's exit code.
func damageChild(spec string) int {
	kind, src, _ := strings.Cut(spec, ":")
	raw, err := os.ReadFile(src)
	if err != nil {
		fmt.Printf("fail: %v\n", err)
		return 1
	}
	dir, err := os.MkdirTemp("", "damage")
	if err != nil {
		fmt.Printf("fail: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	copyPath := filepath.Join(dir, "damaged.pledgereview")
	run := func(name string, full bool, write func() error) {
		fmt.Printf("case %s\n", name)
		if err := write(); err != nil {
			fmt.Printf("fail: %v\n", err)
			return
		}
		opened, err := openDamaged(copyPath, full)
		switch {
		case err != nil:
			fmt.Printf("fail: %v\n", err)
		case opened:
			fmt.Println("ok opened")
		default:
			fmt.Println("ok damaged")
		}
	}
	switch kind {
	case "truncate":
		// every 4 KiB step, and a size in the middle of each page
		for size := 0; size < len(raw); size += 4096 {
			for _, n := range []int{size, size + 1000} {
				run(fmt.Sprintf("truncated to %d bytes", n), true, func() error { return os.WriteFile(copyPath, raw[:n], 0o600) })
			}
		}
	case "flip":
		rng := rand.New(rand.NewPCG(9, 2026))
		used := len(raw)
		for i := range 1000 {
			// half anywhere, half in the page headers and entry tables
			// where bbolt finds its way
			at := rng.IntN(used)
			if i%2 == 1 {
				at = rng.IntN(used/4096)*4096 + rng.IntN(256)
			}
			bit := byte(1) << rng.IntN(8)
			run(fmt.Sprintf("bit %d of byte %d flipped", bit, at), i%10 == 0, func() error {
				flipped := append([]byte(nil), raw...)
				flipped[at] ^= bit
				return os.WriteFile(copyPath, flipped, 0o600)
			})
		}
	}
	return 0
}

// TestDamagedWorkspaces opens a real workspace cut at every 4 KiB step and
// 1,000 copies with one bit flipped: each opens and reads, or says the file
// is damaged. The opens run in a child process so that a crash (SIGBUS, a
// bbolt panic) fails this test with the case that caused it.
func TestDamagedWorkspaces(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	src := realWorkspace(t, t.TempDir())
	fi, _ := os.Stat(src)
	t.Logf("workspace of %d bytes", fi.Size())
	for _, kind := range []string{"truncate", "flip"} {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), damageChildEnv+"="+kind+":"+src)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			current, cases, opened := "", 0, 0
			sc := bufio.NewScanner(out)
			var tail []string
			for sc.Scan() {
				line := sc.Text()
				tail = append(tail[max(0, len(tail)-20):], line)
				switch {
				case strings.HasPrefix(line, "case "):
					current = strings.TrimPrefix(line, "case ")
					cases++
				case strings.HasPrefix(line, "ok"):
					if line == "ok opened" {
						opened++
					}
					current = ""
				case strings.HasPrefix(line, "fail: "):
					t.Errorf("%s: %s", current, strings.TrimPrefix(line, "fail: "))
					current = ""
				}
			}
			io.Copy(io.Discard, out)
			if err := cmd.Wait(); err != nil || current != "" {
				t.Fatalf("the program crashed on %q: %v\n%s\n%s", current, err, strings.Join(tail, "\n"), firstLines(stderr.String(), 12))
			}
			if cases < 100 {
				t.Fatalf("only %d cases ran", cases)
			}
			t.Logf("%d cases, none crashed; %d opened and read, the others were reported damaged", cases, opened)
		})
	}
}

func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

func TestEmptyFileIsNotSeeded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.pledgereview")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(path, store.Options{})
	if !errors.Is(err, data.ErrEmptyFile) || !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("open of an empty file: %v, want ErrEmptyFile", err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Fatalf("the empty file was written: %d bytes", fi.Size())
	}
}

func TestFolderIsNotAWorkspace(t *testing.T) {
	_, err := store.Open(t.TempDir(), store.Options{})
	if !errors.Is(err, data.ErrNotAFile) {
		t.Fatalf("open of a folder: %v, want ErrNotAFile", err)
	}
}

// TestFileCutWhileOpen cuts the file of an open workspace short, as a
// sync tool or a full disk might: reading what is no longer there is a
// memory fault, which must come back as ErrDamaged.
func TestFileCutWhileOpen(t *testing.T) {
	path := realWorkspace(t, t.TempDir())
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := os.Truncate(path, 8192); err != nil {
		t.Fatal(err)
	}
	_, err = s.Snapshot(seeds.Taiyuan2021ID)
	if !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("reading a workspace cut short while open: %v, want ErrDamaged", err)
	}
	t.Logf("reading a workspace cut short while open: %v", err)
}

// TestFileCutInsideItsFirstPageWhileOpen: a workspace cut inside its first
// page while open fails a read as damaged; the reads after it say so at
// once, and Close returns, where bbolt's locks, left held by the panic
// inside its transaction, would keep them waiting for ever (the window
// would hang on its next read or on quitting).
func TestFileCutInsideItsFirstPageWhileOpen(t *testing.T) {
	for _, size := range []int64{0, 100, 4095} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			path := realWorkspace(t, t.TempDir())
			s, err := store.Open(path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, size); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				for range 2 {
					if _, err := s.Snapshot(seeds.Taiyuan2021ID); !errors.Is(err, data.ErrDamaged) {
						done <- fmt.Errorf("read after the cut: %v, want ErrDamaged", err)
						return
					}
				}
				done <- s.Close()
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("a read or Close still waits 30 s after the file was cut")
			}
		})
	}
}
