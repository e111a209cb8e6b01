package cli

import (
	"flag"
	"fmt"
	"strings"

	"pledgereview/data"
	"pledgereview/data/share"
)

func init() {
	register("whoami", "show or set the local reviewer's name", runWhoami)
}

func runWhoami(env Env, args []string) error {
	fs := newFlags(env, "whoami", "[--name NAME]")
	name := fs.String("name", "", "set the display name")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openOrCreate(env)
	if err != nil {
		return err
	}
	defer s.Close()
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "name" })
	if set {
		clean := data.CleanName(*name)
		if clean == "" {
			return usageErr("the name cannot be empty")
		}
		if err := s.SetName(clean); err != nil {
			return err
		}
		if clean != strings.TrimSpace(*name) {
			fmt.Fprintf(env.Stderr, "note: the name is kept without control characters and cut to %d characters at most\n", data.MaxNameRunes)
		}
	}
	name2 := s.Me().Name
	if name2 == "" {
		name2 = "(no name yet: pledgereview whoami --name NAME)"
	}
	fmt.Fprintf(env.Stdout, "%s\t%s\n", s.Me().ID, name2)
	fmt.Fprintf(env.Stdout, "key\t%s\n", share.FingerprintWords(s.PublicKey()))
	return nil
}
