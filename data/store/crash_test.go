package store_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"pledgereview/data/store"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
)

const crashChildEnv = "PLEDGEREVIEW_CRASH_CHILD"

// crashChild is the child of TestSavesSurviveKill (TestMain runs it in
// place of the tests): it saves reviews in a loop and prints the number of
// each save that returned, until it is killed.
func crashChild(path string) {
	s, err := store.Open(path, store.Options{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	r, _ := s.Report("crash")
	pledges := r.Pledges()
	for i := 0; ; i++ {
		rv := data.NewReview(pledges[i%len(pledges)].ID, "me")
		rv.Note = "save " + strconv.Itoa(i)
		if _, err := s.SaveReview(rv); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("saved", i)
	}
}

func TestSavesSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.pledgereview")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.AddReport(datatest.Report("crash", 1, 2, 4))
	s.Close()

	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	confirmed := -1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		if n, ok := strings.CutPrefix(line, "saved "); ok {
			confirmed, _ = strconv.Atoi(n)
			if confirmed == 150 {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
	}
	cmd.Wait()
	if confirmed < 150 {
		t.Fatalf("child confirmed only %d saves", confirmed)
	}

	s, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	hist, _ := s.ReportHistory("crash")
	saved := map[string]bool{}
	for _, h := range hist {
		for _, c := range h.Changes {
			if c.Field == "note" {
				saved[c.New] = true
			}
		}
	}
	for i := 0; i <= confirmed; i++ {
		if !saved["save "+strconv.Itoa(i)] {
			t.Fatalf("save %d returned before the kill but is not in the workspace", i)
		}
	}
}
