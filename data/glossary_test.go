package data

import "testing"

func TestGlossaryFor(t *testing.T) {
	r := &Report{Glossary: []GlossaryEntry{
		{Term: "“两新”", Text: "大规模设备更新和消费品以旧换新。"},
		{Term: "两重", Text: "国家重大战略实施和重点领域安全能力建设。"},
		{Term: "“”", Text: "empty term never matches"},
	}}
	got := r.GlossaryFor("加力扩围实施“两新”政策，推进两重建设。")
	if len(got) != 2 || got[0].Term != "“两新”" || got[1].Term != "两重" {
		t.Errorf("GlossaryFor = %+v", got)
	}
	if got := r.GlossaryFor("没有名词。"); len(got) != 0 {
		t.Errorf("GlossaryFor on plain text = %+v", got)
	}
}
