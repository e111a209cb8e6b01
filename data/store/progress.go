package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"pledgereview/data"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Progress updates live in a bucket of their own under updateKey:
// pledge, reviewer, date, clock, target. Nothing there is ever replaced.
var (
	bucketProgress = []byte("progress")
	keySchedule    = []byte("schedule")
)

// ErrNoSuchTarget refuses an update for a target number the pledge does not have.
var ErrNoSuchTarget = errors.New("no such target on the pledge")

// updateKey is the key of an update in the progress bucket (see
// data.ProgressKey for its order).
func updateKey(u data.ProgressUpdate) []byte { return []byte(data.ProgressKey(u)) }

// AddProgress records progress updates of pledges in one transaction, each
// with a new clock and a history entry, and returns them as stored. A
// target number must be one of its pledge's targets, or 0.
func (s *Store) AddProgress(ups ...data.ProgressUpdate) ([]data.ProgressUpdate, error) {
	out := make([]data.ProgressUpdate, len(ups))
	for i, u := range ups {
		if err := u.Validate(); err != nil {
			return nil, fmt.Errorf("add progress to %s: %w", u.PledgeID, err)
		}
		out[i] = u
	}
	err := s.update(func(tx *bolt.Tx) error {
		for i := range out {
			u := &out[i]
			p, err := s.pledgeIn(tx, u.PledgeID)
			if err != nil {
				return err
			}
			if u.Target > len(p.Targets) {
				return fmt.Errorf("%w: %s has %d numeric targets, not %d", ErrNoSuchTarget, u.PledgeID, len(p.Targets), u.Target)
			}
			u.Recorded = s.tick(data.HLC{}, u.ReviewerID)
			if err := putJSON(tx.Bucket(bucketProgress), updateKey(*u), *u); err != nil {
				return err
			}
			change := data.FieldChange{Field: "progress", New: u.Label()}
			if err := appendHistory(tx, data.HistoryEntry{PledgeID: u.PledgeID, ReviewerID: u.ReviewerID, At: u.Recorded, Changes: []data.FieldChange{change}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("add progress: %w", err)
	}
	return out, nil
}

// pledgeIn finds a pledge of a stored report inside a transaction.
func (s *Store) pledgeIn(tx *bolt.Tx, pledgeID string) (data.Pledge, error) {
	reportID, _, _ := strings.Cut(pledgeID, "/")
	r, err := s.loadReport(tx, reportID)
	if err != nil {
		return data.Pledge{}, fmt.Errorf("%w: pledge %s", data.ErrNotFound, pledgeID)
	}
	p, ok := r.Pledge(pledgeID)
	if !ok {
		return data.Pledge{}, fmt.Errorf("%w: pledge %s", data.ErrNotFound, pledgeID)
	}
	return p, nil
}

// Progress returns every progress update of a report's pledges, by pledge,
// reviewer and date.
func (s *Store) Progress(reportID string) ([]data.ProgressUpdate, error) {
	var out []data.ProgressUpdate
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		out, err = readProgress(tx, []byte(reportID+"/"))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read progress of %s: %w", reportID, err)
	}
	return out, nil
}

// PledgeProgress returns the updates of one pledge, by reviewer and date.
func (s *Store) PledgeProgress(pledgeID string) ([]data.ProgressUpdate, error) {
	var out []data.ProgressUpdate
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		out, err = readProgress(tx, []byte(pledgeID+"\x00"))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read progress of %s: %w", pledgeID, err)
	}
	return out, nil
}

func readProgress(tx *bolt.Tx, prefix []byte) ([]data.ProgressUpdate, error) {
	var out []data.ProgressUpdate
	b := tx.Bucket(bucketProgress)
	if b == nil {
		return nil, nil
	}
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var u data.ProgressUpdate
		if err := json.Unmarshal(v, &u); err != nil {
			return nil, fmt.Errorf("%w: progress %q: %v", data.ErrDamaged, k, err)
		}
		out = append(out, u)
	}
	return out, nil
}

// mergeProgress puts the updates the workspace does not hold yet: a merge
// of progress is a set union, so merging a file again changes nothing.
// Updates of unknown pledges or targets, or invalid ones, are counted in
// unknown and left out. It returns the count written and their newest clock.
func (m *merger) progress(ups []data.ProgressUpdate) (written, unknown int, newest data.HLC, err error) {
	b := m.tx.Bucket(bucketProgress)
	targets := map[string]int{} // pledge id -> its number of targets, per report met
	loaded := map[string]bool{}
	for _, u := range ups {
		reportID, _, _ := strings.Cut(u.PledgeID, "/")
		if !loaded[reportID] {
			loaded[reportID] = true
			if r, err := m.s.loadReport(m.tx, reportID); err == nil {
				for _, p := range r.Pledges() {
					targets[p.ID] = len(p.Targets)
				}
			}
		}
		n, ok := targets[u.PledgeID]
		if !ok || u.Validate() != nil || u.Target > n {
			unknown++
			continue
		}
		key := updateKey(u)
		if b.Get(key) != nil {
			continue
		}
		if err := putJSON(b, key, u); err != nil {
			return 0, 0, data.HLC{}, err
		}
		written++
		if u.Recorded.Compare(newest) > 0 {
			newest = u.Recorded
		}
	}
	return written, unknown, newest, nil
}

// ScheduleSettings returns the workspace's settings of the schedule test.
func (s *Store) ScheduleSettings() (data.ScheduleSettings, error) {
	set := data.DefaultScheduleSettings()
	err := s.db.View(func(tx *bolt.Tx) error {
		err := getJSON(tx.Bucket(bucketMeta), keySchedule, &set)
		if err == data.ErrNotFound {
			return nil
		}
		return err
	})
	if err != nil {
		return data.DefaultScheduleSettings(), fmt.Errorf("read schedule settings: %w", err)
	}
	return set, nil
}

// SetScheduleSettings stores the settings of the schedule test.
func (s *Store) SetScheduleSettings(set data.ScheduleSettings) error {
	if err := set.Validate(); err != nil {
		return err
	}
	err := s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketMeta), keySchedule, set)
	})
	if err != nil {
		return fmt.Errorf("save schedule settings: %w", err)
	}
	return nil
}
