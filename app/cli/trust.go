package cli

import (
	"errors"
	"fmt"

	"pledgereview/app/internal/lang"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

func init() {
	register("trust", "list colleagues' pinned keys, or forget one (--forget NAME-or-ID) after a new key was confirmed by phone", runTrust)
}

func runTrust(env Env, args []string) error {
	fs := newFlags(env, "trust", "[--forget NAME-or-ID --yes]")
	forget := fs.String("forget", "", "forget the pinned key of this colleague (with --yes): their next signed file is held until you accept its key (merge --accept-key)")
	yes := fs.Bool("yes", false, "with --forget: forget the key, after you called the colleague about their new key")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	s, err := openSession(env)
	if err != nil {
		return err
	}
	defer s.Close()
	if *forget != "" {
		if !*yes {
			return showBeforeForget(env, s, *forget)
		}
		rv, err := s.ForgetKey(*forget)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, lang.X("cli.trust.forgot", "forgot the key of {{.Name}} ({{.ID}}): merge their next signed file with --accept-key once you compared its words with them",
			map[string]any{"Name": data.CleanName(rv.Name), "ID": rv.ID}))
		return nil
	}
	keys, err := s.PinnedKeys()
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		fmt.Fprintln(env.Stdout, lang.X("cli.trust.none", "no colleague's key is pinned yet: the first signed file from each pins it"))
	}
	for _, k := range keys {
		fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", k.Reviewer.ID, data.CleanName(k.Reviewer.Name), share.FingerprintWordsBoth(k.PublicKey))
	}
	return nil
}

// showBeforeForget shows the key that trust --forget would forget and
// what to do, and forgets nothing: forgetting hands the colleague's name
// to the next key, so it is done only with --yes.
func showBeforeForget(env Env, s *workspace.Session, who string) error {
	pk, err := s.FindPinned(who)
	if err != nil {
		return err
	}
	args := map[string]any{"Name": data.CleanName(pk.Reviewer.Name), "ID": pk.Reviewer.ID, "Words": share.FingerprintWordsBoth(pk.PublicKey)}
	fmt.Fprintln(env.Stdout, lang.X("cli.trust.known", "the key known here for {{.Name}} ({{.ID}}): {{.Words}}", args))
	return errors.New(lang.X("cli.trust.notforgotten", "nothing forgotten: call {{.Name}}, compare the words of their new key (merge shows them), then run trust --forget {{.ID}} --yes", args))
}
