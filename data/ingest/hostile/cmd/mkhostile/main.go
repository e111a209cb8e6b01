// Command mkhostile writes the hostile report files of package hostile
// into a folder, for measuring an import with /usr/bin/time -v:
//
//	go run ./data/ingest/hostile/cmd/mkhostile /tmp/hostile
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"pledgereview/data/ingest/hostile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mkhostile FOLDER")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, f := range hostile.All() {
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, f.Raw, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s\t%d bytes\n", path, len(f.Raw))
	}
}
