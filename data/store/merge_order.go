package store

import (
	"slices"
	"strings"

	"pledgereview/data"
)

// mergeBatch is a MergeWrite put in the order ApplyMerge writes it: by
// key, each review before its history, the writes of one record in the
// order given. bbolt splits pages only at commit, so a large merge put in
// file order would shift ever longer pages; in key order every put appends.
type mergeBatch struct {
	ops     []mergeOp     // in key order
	records []mergeRecord // one per key written, in key order
}

// mergeOp is one record of a MergeWrite: w.Reviews[i], or w.History[i].
type mergeOp struct {
	rec     int // its key, in mergeBatch.records
	i       int
	history bool
}

// mergeRecord is one review key a merge writes: the key, and what the
// workspace holds under it (see storedClocks), stored or written by this
// merge.
type mergeRecord struct {
	key     []byte // pledge "\x00" reviewer
	pledge  int    // its pledge, numbered in the order the merge meets them; -1 when ids hold 0 bytes (sortByKey)
	exists  bool
	updated data.HLC
	history []data.HLC
}

func (r *mergeRecord) hasHistory(at data.HLC) bool {
	return slices.Contains(r.history, at)
}

// sortOp is a mergeOp while the batch is sorted: its pledge and reviewer
// by index in the ids met (idIndex).
type sortOp struct {
	pledge, reviewer int
	i                int
	history          bool
}

// idIndex numbers the pledge and reviewer ids of a merge in the order met.
type idIndex struct {
	ids  map[string]int
	all  []string
	last int // the id met last
}

func newIDIndex() *idIndex { return &idIndex{ids: map[string]int{}, last: -1} }

// of numbers id. The records of a file come one reviewer after the other,
// and the files of a merge hold their pledges in the report's order: the
// id is most often the one met last, or the one met after it.
func (x *idIndex) of(id string) int {
	if x.last >= 0 && x.all[x.last] == id {
		return x.last
	}
	if n := x.last + 1; n > 0 && n < len(x.all) && x.all[n] == id {
		x.last = n
		return n
	}
	n, ok := x.ids[id]
	if !ok {
		n = len(x.all)
		x.ids[id] = n
		x.all = append(x.all, id)
	}
	x.last = n
	return n
}

// ranks returns the rank of each id in string order, by index, and
// whether no id holds a 0 byte: only then is the order of the keys
// (pledge "\x00" reviewer) the order of their pledges, then reviewers.
func (x *idIndex) ranks() (rank []int, plain bool) {
	byID := make([]int, len(x.all))
	for i := range byID {
		byID[i] = i
	}
	slices.SortFunc(byID, func(a, b int) int { return strings.Compare(x.all[a], x.all[b]) })
	rank = make([]int, len(x.all))
	for r, i := range byID {
		rank[i] = r
	}
	for _, id := range x.all {
		if strings.IndexByte(id, 0) >= 0 {
			return rank, false
		}
	}
	return rank, true
}

// orderMerge sorts the records of w by key. The keys' parts are ranked
// once, as a merge holds few distinct pledges and reviewers, and the
// records are sorted on the ranks by two stable counting passes (reviewer,
// then pledge), which keep the reviews before the history and the given
// order among the writes of one record. Ids holding a 0 byte, whose keys
// do not sort as their parts, are sorted by their keys.
func orderMerge(w data.MergeWrite) mergeBatch {
	pledges, reviewers := newIDIndex(), newIDIndex()
	ops := make([]sortOp, 0, len(w.Reviews)+len(w.History))
	for i, rv := range w.Reviews {
		ops = append(ops, sortOp{pledge: pledges.of(rv.PledgeID), reviewer: reviewers.of(rv.ReviewerID), i: i})
	}
	for i, e := range w.History {
		ops = append(ops, sortOp{pledge: pledges.of(e.PledgeID), reviewer: reviewers.of(e.ReviewerID), i: i, history: true})
	}
	key := func(o sortOp) string { return pledges.all[o.pledge] + "\x00" + reviewers.all[o.reviewer] }
	pledgeRank, plainP := pledges.ranks()
	reviewerRank, plainR := reviewers.ranks()
	if !plainP || !plainR {
		b := batchOf(sortByKey(ops, key), pledges.all, reviewers.all)
		for i := range b.records {
			// Ops of another pledge may share a record's key: each
			// review looks its own pledge up (merger.pledgeExists).
			b.records[i].pledge = -1
		}
		return b
	}
	buf := make([]sortOp, len(ops))
	countingSort(ops, buf, reviewerRank, func(o sortOp) int { return o.reviewer })
	countingSort(buf, ops, pledgeRank, func(o sortOp) int { return o.pledge })
	return batchOf(ops, pledges.all, reviewers.all)
}

// sortByKey sorts ops by their keys, stably, and gives the ops of one key
// the pledge and reviewer of the first of them: two pairs of ids holding
// 0 bytes can make one key.
func sortByKey(ops []sortOp, key func(sortOp) string) []sortOp {
	keys := make([]string, len(ops))
	first := map[string]sortOp{}
	order := make([]int, len(ops))
	for i := range ops {
		keys[i], order[i] = key(ops[i]), i
		if f, ok := first[keys[i]]; ok {
			ops[i].pledge, ops[i].reviewer = f.pledge, f.reviewer
		} else {
			first[keys[i]] = ops[i]
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	out := make([]sortOp, len(ops))
	for j, i := range order {
		out[j] = ops[i]
	}
	return out
}

// countingSort puts ops into out ordered by rank[id(op)], stably.
func countingSort(ops, out []sortOp, rank []int, id func(sortOp) int) {
	start := make([]int, len(rank)+1)
	for _, o := range ops {
		start[rank[id(o)]+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	for _, o := range ops {
		r := rank[id(o)]
		out[start[r]] = o
		start[r]++
	}
}

// batchOf makes the batch of ops sorted by key: a record for each run of
// ops of the same key, its key made once, all keys in one buffer.
func batchOf(ops []sortOp, pledges, reviewers []string) mergeBatch {
	same := func(a, b sortOp) bool { return a.pledge == b.pledge && a.reviewer == b.reviewer }
	size, n := 0, 0
	for i, o := range ops {
		if i == 0 || !same(ops[i-1], o) {
			size += len(pledges[o.pledge]) + 1 + len(reviewers[o.reviewer])
			n++
		}
	}
	b := mergeBatch{ops: make([]mergeOp, len(ops)), records: make([]mergeRecord, 0, n)}
	keys := make([]byte, 0, size)
	for i, o := range ops {
		if i == 0 || !same(ops[i-1], o) {
			start := len(keys)
			keys = append(append(append(keys, pledges[o.pledge]...), 0), reviewers[o.reviewer]...)
			b.records = append(b.records, mergeRecord{key: keys[start:len(keys):len(keys)], pledge: o.pledge})
		}
		b.ops[i] = mergeOp{rec: len(b.records) - 1, i: o.i, history: o.history}
	}
	return b
}
