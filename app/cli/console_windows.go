package cli

import (
	"os"

	"golang.org/x/sys/windows"
)

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// attachConsole: the window build is a GUI-subsystem program, which Windows
// starts with no standard output. Run from a terminal with a sub-command, it
// writes to that terminal's console; output redirected to a file or a pipe
// is left as it is. (pledgereview-cli.exe is a console program and needs
// none of this.)
func attachConsole() {
	if h, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return
	}
	const attachParentProcess = ^uintptr(0)
	if r, _, _ := procAttachConsole.Call(attachParentProcess); r == 0 {
		return
	}
	out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	os.Stdout, os.Stderr = out, out
	windows.SetStdHandle(windows.STD_OUTPUT_HANDLE, windows.Handle(out.Fd()))
	windows.SetStdHandle(windows.STD_ERROR_HANDLE, windows.Handle(out.Fd()))
}
