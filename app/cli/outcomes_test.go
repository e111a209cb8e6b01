package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// importPair imports the national reports of 2021 and 2022 into h.
func importPair(t *testing.T, h *harness) {
	t.Helper()
	dir := datatest.CorpusDir(t)
	for _, f := range []string{"2021-state-council.txt", "2022-state-council.txt"} {
		h.ok("import-report", filepath.Join(dir, "national", f))
	}
}

// TestOutcomesJSON: every pledge of 2021 in order, in the shape the issue
// gives; the target clauses of the main goals each with its outcome and
// arithmetic; the review chapter of 2022 never counted as pledges.
func TestOutcomesJSON(t *testing.T) {
	h := newHarness(t)
	importPair(t, h)
	out := h.ok("outcomes", "--from", "2021-state-council", "--json")
	var links []map[string]any
	if err := json.Unmarshal([]byte(out), &links); err != nil {
		t.Fatal(err)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(h.ok("list", "--report", "2021-state-council", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(links) != len(list) || links[0]["pledge"] != list[0]["id"] {
		t.Fatalf("%d links, %d pledges; first %v", len(links), len(list), links[0]["pledge"])
	}
	want := []string{"pledge", "text", "verdict", "carried_over", "target", "actual", "arithmetic", "outcome", "candidates", "targets"}
	for _, k := range want {
		if _, ok := links[0][k]; !ok {
			t.Errorf("no %q in %v", k, links[0])
		}
	}
	var goals map[string]any
	for _, l := range links {
		if strings.HasPrefix(l["text"].(string), "今年发展主要预期目标是") {
			goals = l
		}
	}
	if goals == nil {
		t.Fatal("no main goals pledge")
	}
	// 8 as the issue counts them: jobs and unemployment, which share a
	// semicolon part, are a clause each
	targets := goals["targets"].([]any)
	if len(targets) != 8 {
		t.Fatalf("%d target clauses, want 8", len(targets))
	}
	gdp := targets[0].(map[string]any)
	if gdp["verdict"] != "met" || gdp["arithmetic"] != "目标 6%以上，实际 8.1% → 达到" || !strings.Contains(gdp["outcome"].(map[string]any)["text"].(string), "增长8.1%") {
		t.Errorf("GDP clause = %v", gdp)
	}
	for _, l := range list {
		if strings.Contains(l["text"].(string), "国内生产总值达到114万亿元") {
			t.Errorf("a 2021 pledge is a sentence of the 2022 review: %v", l["id"])
		}
	}
	if out := h.ok("list", "--report", "2022-state-council", "--filter", "国内生产总值达到114万亿元"); strings.TrimSpace(out) != "" {
		t.Errorf("the 2022 review is listed as pledges: %q", out)
	}
}

// TestOutcomesTableAndAccept: the table speaks the locale's language;
// --accept records the links as my review: evidence with its source,
// status; the records go through export, merge and re-export to a second
// workspace, and a forged one is refused.
func TestOutcomesTableAndAccept(t *testing.T) {
	a, b := newHarness(t), newHarness(t)
	importPair(t, a)
	importPair(t, b)
	a.ok("whoami", "--name", "王芳")
	b.ok("whoami", "--name", "李雷")
	t.Setenv("LANG", "zh_CN.UTF-8")
	table := a.ok("outcomes", "--from", "2021-state-council", "--to", "2022-state-council")
	if !strings.Contains(table, "目标 6%以上，实际 8.1% → 达到") || !strings.Contains(table, "未提及") || !strings.Contains(table, "再次列入") {
		t.Fatalf("table:\n%s", table[:min(len(table), 2000)])
	}
	a.ok("outcomes", "--from", "2021-state-council", "--accept")
	again := a.ok("list", "--report", "2021-state-council", "--json")
	a.ok("outcomes", "--from", "2021-state-council", "--accept")
	if a.ok("list", "--report", "2021-state-council", "--json") != again {
		t.Error("accepting twice changed my reviews")
	}
	var rows []struct {
		ID     string `json:"id"`
		Text   string `json:"text"`
		Review struct {
			Status   string `json:"status"`
			Evidence []struct{ Text, Link, Date string }
		} `json:"review"`
	}
	if err := json.Unmarshal([]byte(again), &rows); err != nil {
		t.Fatal(err)
	}
	var grain string
	for _, r := range rows {
		if strings.HasPrefix(r.Text, "粮食产量保持在1.3万亿斤以上") || strings.Contains(r.Text, "粮食产量保持在1.3万亿斤以上") {
			grain = r.ID
			found := false
			for _, e := range r.Review.Evidence {
				found = found || strings.Contains(e.Text, "2022年报告 · 第一部分 · 第") && strings.Contains(e.Text, "粮食产量1.37万亿斤")
			}
			if !found || r.Review.Status != "done" {
				t.Errorf("grain pledge review = %+v", r.Review)
			}
		}
	}
	if grain == "" {
		t.Fatal("no grain pledge")
	}
	file := filepath.Join(a.dir, "wang.pledgereview.json")
	a.ok("export-review", "--report", "2021-state-council", "-o", file)
	b.ok("merge", file)
	relay := filepath.Join(b.dir, "relay.pledgereview.json")
	b.ok("export-review", "--report", "2021-state-council", "--all", "-o", relay)
	c := newHarness(t)
	importPair(t, c)
	c.ok("whoami", "--name", "刘洋")
	// 王芳's accepted links reach 刘洋 through 李雷, under 王芳's signature,
	// with their progress values (the locale is Chinese here)
	if out := c.ok("merge", relay); !strings.Contains(out, "王芳") || !strings.Contains(out, "新增进度更新") || strings.Contains(out, "拒绝记录：1") {
		t.Fatalf("merge of the relayed file: %q", out)
	}
	if again := c.ok("merge", relay); !strings.Contains(again, "新增记录：0") {
		t.Errorf("merging the relayed file twice: %q", again)
	}
	raw, _ := os.ReadFile(relay)
	forged := strings.Replace(string(raw), "粮食产量1.37万亿斤", "粮食产量1.17万亿斤", 1)
	if forged == string(raw) {
		t.Fatal("the relayed file does not carry the accepted evidence")
	}
	bad := filepath.Join(b.dir, "forged.json")
	os.WriteFile(bad, []byte(forged), 0o644)
	d := newHarness(t)
	importPair(t, d)
	if code, _, errs := d.run("merge", bad); code != 1 || !strings.Contains(errs, "已拒绝：forged.json 在签名之后被改动过") {
		t.Fatalf("forged accepted link: exit %d, %q", code, errs)
	}
}

// TestOutcomesRejectRemembered: a link rejected with --reject is shown
// rejected by later runs, and --accept leaves it out of my review.
func TestOutcomesRejectRemembered(t *testing.T) {
	h := newHarness(t)
	importPair(t, h)
	h.ok("whoami", "--name", "王芳")
	var links []struct {
		Pledge   string
		Text     string
		Rejected bool
		Outcome  *struct{ ID string }
	}
	if err := json.Unmarshal([]byte(h.ok("outcomes", "--from", "2021-state-council", "--json")), &links); err != nil {
		t.Fatal(err)
	}
	grain := ""
	for _, l := range links {
		if strings.Contains(l.Text, "粮食产量保持在1.3万亿斤以上") {
			grain = l.Pledge
		}
	}
	if grain == "" {
		t.Fatal("no grain pledge")
	}
	h.ok("outcomes", "--from", "2021-state-council", "--reject", grain)
	h.ok("outcomes", "--from", "2021-state-council", "--accept")
	if err := json.Unmarshal([]byte(h.ok("outcomes", "--from", "2021-state-council", "--json")), &links); err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if l.Rejected != (l.Pledge == grain) {
			t.Errorf("%s rejected: %v", l.Pledge, l.Rejected)
		}
	}
	var rows []struct {
		ID     string          `json:"id"`
		Review json.RawMessage `json:"review"`
	}
	if err := json.Unmarshal([]byte(h.ok("list", "--report", "2021-state-council", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.ID == grain && strings.Contains(string(r.Review), "粮食产量1.37万亿斤") {
			t.Errorf("the rejected link was accepted: %s", r.Review)
		}
	}
	// the pledge's line, then its verdict's
	if table := h.ok("outcomes", "--from", "2021-state-council"); !regexp.MustCompile(regexp.QuoteMeta(grain) + "  [^\n]+\n    met  rejected").MatchString(table) {
		t.Errorf("the table does not show the rejection of %s", grain)
	}
}
