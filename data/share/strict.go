package share

import (
	"errors"
	"fmt"

	jsonv2 "github.com/go-json-experiment/json"
)

// The one decoder of everything read from outside. encoding/json matches
// names case-insensitively (so "ſcores" and "lin\u212a" are read as
// "scores" and "link"), skips unknown names and keeps the last of a name
// given twice; what a review file holds is decoded by encoding/json/v2's
// rules instead (its maintained mirror, until the machine's Go has it):
// names exactly as written, once, nothing unknown, valid UTF-8, numbers
// that fit, no raw control bytes. What it accepts, encoding/json reads the
// same; a merge reads every record back before it commits all the same.
// The records of a signed file, most of it, are read by hand where they
// are written as Encode writes them (fastread.go, fastfile.go): a reader
// that gives what this decoder gives, or declines and leaves it to it.

// errStrict is what the decoder refuses; the message says what exactly.
var errStrict = errors.New("not written as Pledge Review writes it")

// decodeStrict decodes raw, one JSON value, into v (a pointer to a
// struct): the top of a review file, whose lists of records are kept as
// written (json.RawMessage) to be checked against their seal one by one,
// or one record.
func decodeStrict(raw []byte, v any) error {
	if err := jsonv2.Unmarshal(raw, v, jsonv2.RejectUnknownMembers(true)); err != nil {
		return fmt.Errorf("%w: %v", errStrict, err)
	}
	return nil
}
