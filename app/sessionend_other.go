//go:build !windows

package app

// watchSessionEnd has nothing to watch: Unix sends SIGTERM or SIGHUP, which
// Run handles.
func watchSessionEnd(query, end func()) {}
