//go:build !windows

package window

// watchSessionEnd has nothing to watch: Unix sends SIGTERM or SIGHUP, which
// Run handles.
func watchSessionEnd(query, end func()) {}
