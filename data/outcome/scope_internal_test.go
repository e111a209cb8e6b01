package outcome

import (
	"testing"

	"pledgereview/data"
)

// TestScopeWordsNameAPartOnly: a scope word inside words of the whole
// place (全县城乡, 全市区县, 城市区域) narrows nothing; standing alone it does.
func TestScopeWordsNameAPartOnly(t *testing.T) {
	for _, tt := range []struct {
		outcome, quote, pledge string
		narrower               bool
	}{
		{"全县城乡居民人均可支配收入增长8.2%", "8.2%", "居民人均可支配收入增长8%", false},
		{"全市区县完成固定资产投资1200亿元", "1200亿元", "完成固定资产投资1000亿元", false},
		{"城市区域新增污水处理能力50万吨", "50万吨", "新增污水处理能力40万吨", false},
		{"县城实施污水处理项目12个，完成投资30亿元", "30亿元", "完成投资100亿元", true},
		{"全县城乡实施污水处理项目12个，完成投资30亿元", "30亿元", "完成投资100亿元", false},
		{"市中心城区实施重点城建项目973个，完成投资1003亿元", "1003亿元", "完成投资3522亿元", true},
	} {
		if got := narrower(tt.outcome, data.Target{Quote: tt.quote}, tt.pledge); got != tt.narrower {
			t.Errorf("narrower(%q) = %v, want %v", tt.outcome, got, tt.narrower)
		}
	}
}
