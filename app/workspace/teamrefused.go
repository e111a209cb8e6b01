package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"pledgereview/data"
	"pledgereview/data/share"
)

// ErrRefusedBefore: a file of the team folder holds exactly what a file
// refused before held (damaged, forged or invalid); it is not read again,
// whatever its name, and after a restore of a backup too.
var ErrRefusedBefore = errors.New("refused before with the same content; it stays refused until it changes")

// KeptRefused is how many refused team files the workspace remembers.
const KeptRefused = 200

// refusedFile is a team file refused for what it holds.
type refusedFile struct {
	SHA256 string `json:"sha256"`
	Name   string `json:"name"`
	Why    string `json:"why"`
	// Reason is the kind of refusal (contentReasons), by which the file is
	// worded again in the user's language; lists written by earlier
	// versions have none.
	Reason string `json:"reason,omitempty"`
}

// contentReasons are the refusals for what a file holds, with the codes
// the list keeps them by, in the order app/internal/sharewords words them:
// the first an error wraps is its reason.
var contentReasons = []struct {
	code string
	err  error
}{
	{"not_yours", share.ErrNotYours}, {"forged", share.ErrForged}, {"damaged", share.ErrDamaged}, {"invalid", share.ErrInvalid},
}

// reasonCode is the code of the refusal err is, "" for none of them.
func reasonCode(err error) string {
	for _, r := range contentReasons {
		if errors.Is(err, r.err) {
			return r.code
		}
	}
	return ""
}

// refusedPath is where the workspace remembers them: beside its backups,
// like the undone files, so that a restore of the workspace file does
// not forget them.
func (s *Session) refusedPath() string {
	return filepath.Join(s.BackupDir(), strings.TrimSuffix(s.backupPrefix(teamMergeBackup), "-")+"-refused.json")
}

// refusedForContent tells whether a refusal is for what the file holds,
// which no later pass can change: not a choice left to the user (unsigned,
// a new key), nor a file of another report or a newer version.
func refusedForContent(err error) bool {
	if errors.Is(err, share.ErrNewerFormat) || errors.Is(err, share.ErrWrongReport) || errors.Is(err, data.ErrKeyChanged) {
		return false
	}
	return errors.Is(err, share.ErrInvalid) || errors.Is(err, share.ErrForged) || errors.Is(err, share.ErrDamaged) ||
		errors.Is(err, share.ErrNotYours)
}

func (s *Session) refusedList() ([]refusedFile, error) {
	raw, err := os.ReadFile(s.refusedPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the list of refused team files: %w", err)
	}
	var out []refusedFile
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("read the list of refused team files %s: %w", s.refusedPath(), err)
	}
	return out, nil
}

// rememberRefused adds the files refused for their content to the list.
func (s *Session) rememberRefused(files []FileIssue) error {
	var add []refusedFile
	for _, fi := range files {
		if !refusedForContent(fi.Err) || errors.Is(fi.Err, ErrRefusedBefore) {
			continue
		}
		sum, err := teamFileDigest(fi.Path)
		if err != nil {
			continue // gone or unreadable: nothing to remember it by
		}
		add = append(add, refusedFile{SHA256: sum, Name: filepath.Base(fi.Path), Why: fi.Err.Error(), Reason: reasonCode(fi.Err)})
	}
	if len(add) == 0 {
		return nil
	}
	all, err := s.refusedList()
	if err != nil {
		return err
	}
	all = append(all, add...)
	if len(all) > KeptRefused {
		all = all[len(all)-KeptRefused:]
	}
	raw, err := json.Marshal(all)
	if err == nil {
		err = os.MkdirAll(s.BackupDir(), 0o755)
	}
	if err == nil {
		err = writeFileAtomic(s.refusedPath(), raw, 0o600)
	}
	if err != nil {
		return fmt.Errorf("write the list of refused team files: %w", err)
	}
	return nil
}

// teamFileDigest is the SHA-256 of a team file, read without following a
// link.
func teamFileDigest(path string) (string, error) {
	f, err := openTeamFile(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, share.MaxFileSize+1)); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// dropRefused takes out of paths the files whose content was refused
// before, returning them as issues to list.
func (s *Session) dropRefused(paths []string) ([]string, []FileIssue, error) {
	refused, err := s.refusedList()
	if err != nil || len(refused) == 0 {
		return paths, nil, err
	}
	why := make(map[string]refusedFile, len(refused))
	for _, r := range refused {
		why[r.SHA256] = r
	}
	var keep []string
	var issues []FileIssue
	for _, p := range paths {
		sum, err := teamFileDigest(p)
		if w, ok := why[sum]; err == nil && ok {
			issues = append(issues, FileIssue{p, fmt.Errorf("%s: %w (%w)", data.ShownFileName(p), ErrRefusedBefore, remembered(w))})
			continue
		}
		keep = append(keep, p)
	}
	return keep, issues, nil
}

// rememberedWhy is why a file was refused before, as the list keeps it:
// its words, wrapping the refusal they name, so that the file is worded
// as it was then, in the user's language.
type rememberedWhy struct {
	why    string
	reason error
}

func (r rememberedWhy) Error() string { return r.why }
func (r rememberedWhy) Unwrap() error { return r.reason }

// remembered is the reason of a file refused before: by its code, or in a
// list of an earlier version by the words of the refusal in what the
// error said after the file's name (a name, chosen by whoever wrote the
// file, could hold any words); it wraps nothing when none is found.
func remembered(r refusedFile) error {
	said := strings.TrimPrefix(r.Why, data.ShownFileName(r.Name)+": ")
	for _, c := range contentReasons {
		if r.Reason == c.code || r.Reason == "" && strings.Contains(said, c.err.Error()) {
			return rememberedWhy{r.Why, c.err}
		}
	}
	return rememberedWhy{r.Why, nil}
}
