package cli

import (
	"fmt"

	"pledgereview/data"
	"pledgereview/data/share"
)

func init() {
	register("trust", "list colleagues' pinned keys, or forget one (--forget NAME-or-ID) after a new key was confirmed by phone", runTrust)
}

func runTrust(env Env, args []string) error {
	fs := newFlags(env, "trust", "[--forget NAME-or-ID]")
	forget := fs.String("forget", "", "forget the pinned key of this colleague: their next signed file pins its key")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	if *forget != "" {
		rv, err := s.ForgetKey(*forget)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "forgot the key of %s (%s): the next signed file from them pins its key\n", data.CleanName(rv.Name), rv.ID)
		return nil
	}
	keys, err := s.PinnedKeys()
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		fmt.Fprintln(env.Stdout, "no colleague's key is pinned yet: the first signed file from each pins it")
	}
	for _, k := range keys {
		fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", k.Reviewer.ID, data.CleanName(k.Reviewer.Name), share.FingerprintWords(k.PublicKey))
	}
	return nil
}
