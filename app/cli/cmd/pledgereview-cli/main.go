// Command pledgereview-cli is every sub-command of pledgereview without the
// window: it links no GUI package and needs no cgo, so it cross-builds as one
// static file for any system Go supports (make dist builds five).
package main

import (
	"os"

	"pledgereview/app/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], nil)) }
