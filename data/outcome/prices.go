package outcome

import (
	"slices"
	"strings"

	"pledgereview/data"
)

// heldPriceWords say in a review that prices held ("居民消费价格与上年基本
// 持平", "居民消费价格总体平稳", "物价保持稳定").
var heldPriceWords = []string{"持平", "平稳", "稳定"}

// pricesHeld tells whether the review says in words, without a figure, that
// consumer prices held where the pledge capped their rise ("居民消费价格涨幅
// 3%左右" is a ceiling): prices held are within any ceiling not below zero.
func pricesHeld(text string, targets []data.Target, outcome string) bool {
	capped := false
	for _, t := range targets {
		if t.Value >= 0 && slices.Contains(indicatorsOf(pieceOf(text, t.Quote)+t.Subject), "cpi") {
			capped = true
		}
	}
	if !capped {
		return false
	}
	for _, p := range pieces(outcome) {
		if slices.Contains(indicatorsOf(p), "cpi") && containsAny(p, heldPriceWords) && !strings.ContainsAny(p, "0123456789０１２３４５６７８９") {
			return true
		}
	}
	return false
}
