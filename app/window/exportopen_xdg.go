//go:build linux || freebsd || openbsd || netbsd

package window

import (
	"bytes"
	"os/exec"
	"strings"
)

// openPath opens a file or a folder in the program the user chose for it.
// It runs xdg-open and waits for its verdict: Fyne's OpenURL only starts
// xdg-open, so a computer without a viewer would fail in silence.
func openPath(path string) error {
	var said bytes.Buffer
	cmd := exec.Command("xdg-open", path)
	cmd.Stderr = &said
	if err := cmd.Run(); err != nil {
		return &openError{Program: "xdg-open", Said: lastLine(said.String()), Err: err}
	}
	return nil
}

// lastLine is the last line of what a program wrote, where its reason is.
func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}
