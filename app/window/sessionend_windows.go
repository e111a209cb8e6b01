package window

import (
	"runtime"
	"unsafe"

	"golang.org/x/sys/windows"
)

// At logoff, shutdown or restart Windows asks every top-level window with
// WM_QUERYENDSESSION, then tells it with WM_ENDSESSION; after that the
// process is ended. A GUI process receives no console control event, so Go's
// SIGTERM never comes, and GLFW's window answers these messages without
// telling us. A hidden top-level window of our own, on a thread of its own,
// hears them (a message-only window would not: they are broadcast).

var (
	user32               = windows.NewLazySystemDLL("user32.dll")
	procRegisterClassExW = user32.NewProc("RegisterClassExW")
	procCreateWindowExW  = user32.NewProc("CreateWindowExW")
	procDefWindowProcW   = user32.NewProc("DefWindowProcW")
	procGetMessageW      = user32.NewProc("GetMessageW")
	procDispatchMessageW = user32.NewProc("DispatchMessageW")
)

const (
	wmQueryEndSession = 0x0011
	wmEndSession      = 0x0016
)

type wndClassEx struct {
	size, style        uint32
	wndProc            uintptr
	clsExtra, wndExtra int32
	instance, icon     windows.Handle
	cursor, background windows.Handle
	menuName           *uint16
	className          *uint16
	iconSm             windows.Handle
}

type winMsg struct {
	hwnd           windows.Handle
	message        uint32
	wParam, lParam uintptr
	time           uint32
	x, y           int32
	private        uint32
}

// watchSessionEnd calls query at WM_QUERYENDSESSION and end at
// WM_ENDSESSION when the session really ends; both return before the
// message is answered.
func watchSessionEnd(query, end func()) {
	go func() {
		runtime.LockOSThread() // a window's messages come to the thread that made it
		proc := windows.NewCallback(func(hwnd windows.Handle, msg uint32, wp, lp uintptr) uintptr {
			switch msg {
			case wmQueryEndSession:
				query()
				return 1 // we do not block the end of the session
			case wmEndSession:
				if wp != 0 {
					end()
				}
				return 0
			}
			r, _, _ := procDefWindowProcW.Call(uintptr(hwnd), uintptr(msg), wp, lp)
			return r
		})
		name, _ := windows.UTF16PtrFromString("PledgeReviewSessionEnd")
		wc := wndClassEx{wndProc: proc, className: name}
		wc.size = uint32(unsafe.Sizeof(wc))
		if r, _, _ := procRegisterClassExW.Call(uintptr(unsafe.Pointer(&wc))); r == 0 {
			return
		}
		hwnd, _, _ := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(name)), uintptr(unsafe.Pointer(name)),
			0, 0, 0, 0, 0, 0, 0, 0, 0) // never shown
		if hwnd == 0 {
			return
		}
		var m winMsg
		for {
			r, _, _ := procGetMessageW.Call(uintptr(unsafe.Pointer(&m)), 0, 0, 0)
			if int32(r) <= 0 {
				return
			}
			procDispatchMessageW.Call(uintptr(unsafe.Pointer(&m)))
		}
	}()
}
