// Package outcome links the pledges of a year-N report to the sentences of
// the N+1 report's review that report on them, and reads a verdict from
// the figures. It is retrieval, not generation: indicator synonyms,
// numbers and units, CJK bigrams weighted by IDF, the pledge's headline as
// context. Pure: reports in, links out; no I/O.
package outcome
