package workspace

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"pledgereview/data"
)

// PinnedKey is a colleague's key pinned in the workspace by their first
// signed file.
type PinnedKey struct {
	Reviewer  data.Reviewer
	PublicKey []byte
}

// ErrNoPinnedKey: no pinned key matches the name or id given.
var ErrNoPinnedKey = errors.New("no key is pinned for that colleague")

// ErrAmbiguousKey: several colleagues with pinned keys go by the name given.
var ErrAmbiguousKey = errors.New("several colleagues go by that name; give the id")

// PinnedKeys returns the pinned keys, by name then id.
func (s *Session) PinnedKeys() ([]PinnedKey, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.pinnedKeys()
}

func (s *Session) pinnedKeys() ([]PinnedKey, error) {
	keys, err := s.store.ReviewerKeys()
	if err != nil {
		return nil, err
	}
	reviewers, err := s.store.Reviewers()
	if err != nil {
		return nil, err
	}
	byID := map[string]data.Reviewer{}
	for _, rv := range reviewers {
		byID[rv.ID] = rv
	}
	out := make([]PinnedKey, 0, len(keys))
	for id, k := range keys {
		rv, ok := byID[id]
		if !ok {
			rv = data.Reviewer{ID: id}
		}
		out = append(out, PinnedKey{Reviewer: rv, PublicKey: k})
	}
	slices.SortFunc(out, func(a, b PinnedKey) int {
		if c := strings.Compare(a.Reviewer.Name, b.Reviewer.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Reviewer.ID, b.Reviewer.ID)
	})
	return out, nil
}

// ForgetKey unpins the key of the colleague named by who, their id or
// their name: the next signed file from them pins the key it is signed
// with. Call it only once the key words of their new key were compared
// with them by phone. It returns the colleague whose key was forgotten.
func (s *Session) ForgetKey(who string) (data.Reviewer, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	pk, err := s.findPinned(strings.TrimSpace(who))
	if err != nil {
		return data.Reviewer{}, err
	}
	if _, err := s.store.ForgetKey(pk.Reviewer.ID); err != nil {
		return data.Reviewer{}, err
	}
	return pk.Reviewer, nil
}

// FindPinned finds the key pinned for a colleague, by reviewer id, else
// by display name, without changing anything.
func (s *Session) FindPinned(who string) (PinnedKey, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.findPinned(strings.TrimSpace(who))
}

// findPinned finds a pinned key by reviewer id, else by display name.
func (s *Session) findPinned(who string) (PinnedKey, error) {
	keys, err := s.pinnedKeys()
	if err != nil {
		return PinnedKey{}, err
	}
	var byName []PinnedKey
	for _, pk := range keys {
		if pk.Reviewer.ID == who {
			return pk, nil
		}
		if who != "" && data.CleanName(pk.Reviewer.Name) == data.CleanName(who) {
			byName = append(byName, pk)
		}
	}
	switch len(byName) {
	case 0:
		return PinnedKey{}, fmt.Errorf("%w: %q", ErrNoPinnedKey, data.CleanName(who))
	case 1:
		return byName[0], nil
	}
	var ids []string
	for _, pk := range byName {
		ids = append(ids, pk.Reviewer.ID)
	}
	return PinnedKey{}, fmt.Errorf("%w: %q is %s", ErrAmbiguousKey, data.CleanName(who), strings.Join(ids, ", "))
}
