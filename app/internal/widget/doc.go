// Package widget holds the desk's reusable widgets and layouts: a chip, an
// entry that hands some keys to its owner, and a table whose row names are
// shown whole. They know nothing of reports or reviews.
package widget
