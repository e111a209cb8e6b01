package data_test

import (
	"strings"
	"testing"
	"time"

	"pledgereview/data"
)

func day(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func pledgeWith(text, due, raw string, targets ...data.Target) data.Pledge {
	p := data.Pledge{ID: "t-2021/01.01.00", Text: text, Targets: targets}
	if due != "" {
		p.Deadline = &data.Deadline{Raw: raw, Due: due}
	}
	return p
}

func update(target int, value float64, asOf string) data.ProgressUpdate {
	return data.ProgressUpdate{PledgeID: "t-2021/01.01.00", ReviewerID: "r1", Target: target, Value: value, AsOf: asOf}
}

var charger100 = data.Target{Subject: "充电桩", Value: 100, Unit: "个", Comparator: data.AtLeast, Quote: "100个"}

var base5G = data.Target{Subject: "5G基站", Value: 5000, Unit: "座", Comparator: data.AtLeast, Quote: "5000座以上"}

// The worked examples of the schedule test: each row gives the arithmetic a
// reader can check by hand.
func TestScheduleWorkedExamples(t *testing.T) {
	set := data.DefaultScheduleSettings()
	cases := []struct {
		name    string
		p       data.Pledge
		year    int
		ups     []data.ProgressUpdate
		today   string
		set     *data.ScheduleSettings
		want    data.Verdict
		wantZh  string
		wantEn  string
		wantGap float64
	}{
		{
			name: "issue example: 3800 of 5000 by 30 September, 273/365 days gone",
			p:    pledgeWith("年底5G基站达到5000座以上", "2021-12-31", "年底", base5G), year: 2021,
			ups: []data.ProgressUpdate{update(1, 3800, "2021-09-30")}, today: "2021-10-08",
			want:   data.VerdictOnSchedule,
			wantZh: "3800/5000=76.0%；截至2021-09-30计划期已过273/365天=74.8%（容差5个百分点） → 符合序时进度",
			wantEn: "3800/5000 = 76.0% done; 273/365 days of the plan period gone by 2021-09-30 = 74.8% (tolerance 5 points) → on schedule",
		},
		{
			name: "behind: 3000 of 5000 by 30 September is 14.8 points behind",
			p:    pledgeWith("年底5G基站达到5000座以上", "2021-12-31", "年底", base5G), year: 2021,
			ups: []data.ProgressUpdate{update(1, 3000, "2021-09-30")}, today: "2021-10-08",
			want:    data.VerdictBehind,
			wantZh:  "3000/5000=60.0%；截至2021-09-30计划期已过273/365天=74.8%；落后14.8个百分点 → 滞后于序时进度",
			wantGap: 74.79452054794521 - 60,
		},
		{
			name: "leap year: 30 September 2024 is day 274 of 366",
			p:    pledgeWith("年底5G基站达到5000座以上", "2024-12-31", "年底", base5G), year: 2024,
			ups: []data.ProgressUpdate{update(1, 3700, "2024-09-30")}, today: "2024-10-01",
			want:   data.VerdictOnSchedule,
			wantZh: "3700/5000=74.0%；截至2024-09-30计划期已过274/366天=74.9%（容差5个百分点） → 符合序时进度",
		},
		{
			name: "6月底前 in a leap year: 29 February is day 60 of 182",
			p:    pledgeWith("6月底前建成停车位1万个", "2024-06-30", "6月底前", data.Target{Subject: "停车位", Value: 10000, Unit: "个", Comparator: data.Exactly, Quote: "1万个"}), year: 2024,
			ups: []data.ProgressUpdate{update(1, 2000, "2024-02-29")}, today: "2024-03-05",
			want:   data.VerdictBehind,
			wantZh: "2000/10000=20.0%；截至2024-02-29计划期已过60/182天=33.0%；落后13.0个百分点 → 滞后于序时进度",
		},
		{
			name: "6月底前 passed without the target reached: overdue",
			p:    pledgeWith("6月底前建成停车位1万个", "2021-06-30", "6月底前", data.Target{Subject: "停车位", Value: 10000, Unit: "个", Comparator: data.Exactly, Quote: "1万个"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 9000, "2021-06-30")}, today: "2021-07-01",
			want:   data.VerdictOverdue,
			wantZh: "9000/10000=90.0%；期限2021-06-30（6月底前）已过 → 逾期未完成",
		},
		{
			name: "a target met early is done, whatever the date",
			p:    pledgeWith("新增绿地3000亩", "", "", data.Target{Subject: "绿地", Value: 3000, Unit: "亩", Comparator: data.Exactly, Quote: "3000亩"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 1000, "2021-03-31"), update(1, 3150, "2021-05-31")}, today: "2021-06-01",
			want:   data.VerdictDone,
			wantZh: "3150/3000=105.0%，已达目标 → 已完成",
		},
		{
			name: "a rate target over its cap is behind, by the points over",
			p:    pledgeWith("城镇登记失业率控制在3.5%以内", "", "", data.Target{Subject: "失业率", Value: 3.5, Unit: "%", Comparator: data.AtMost, Quote: "3.5%以内"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 3.8, "2021-06-30")}, today: "2021-07-15",
			want:    data.VerdictBehind,
			wantZh:  "截至2021-06-30最新值3.8%；上限3.5%，容差5%即≤3.675%；差0.3个百分点 → 滞后于序时进度",
			wantEn:  "latest value 3.8% by 2021-06-30; cap 3.5%, with 5% tolerance ≤ 3.675%; off by 0.3 points → behind schedule",
			wantGap: 0.3,
		},
		{
			name: "a cap held within the tolerance is on schedule",
			p:    pledgeWith("城镇登记失业率控制在3.5%以内", "", "", data.Target{Subject: "失业率", Value: 3.5, Unit: "%", Comparator: data.AtMost, Quote: "3.5%以内"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 3.6, "2021-06-30")}, today: "2021-07-15",
			want: data.VerdictOnSchedule,
		},
		{
			name: "growth about 5.5%: 5.3% is within 5% of the target",
			p:    pledgeWith("地区生产总值增长5.5%左右", "", "", data.Target{Subject: "地区生产总值", Value: 5.5, Unit: "%", Comparator: data.About, Quote: "5.5%左右"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 5.3, "2021-09-30")}, today: "2021-10-20",
			want:   data.VerdictOnSchedule,
			wantZh: "截至2021-09-30最新值5.3%；目标5.5%左右，容差5%即5.225–5.775% → 符合序时进度",
		},
		{
			name: "growth held to the year end is done",
			p:    pledgeWith("地区生产总值增长5.5%左右", "", "", data.Target{Subject: "地区生产总值", Value: 5.5, Unit: "%", Comparator: data.About, Quote: "5.5%左右"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 5.6, "2021-12-31")}, today: "2022-01-20",
			want: data.VerdictDone,
		},
		{
			name: "a coverage rate short of its level after the deadline is overdue",
			p:    pledgeWith("社区养老服务设施覆盖率达到70%以上", "2021-12-31", "年底", data.Target{Subject: "覆盖率", Value: 70, Unit: "%", Comparator: data.AtLeast, Quote: "70%以上"}), year: 2021,
			ups: []data.ProgressUpdate{update(1, 60, "2021-12-31")}, today: "2022-01-10",
			want: data.VerdictOverdue, wantGap: 10,
		},
		{
			name: "a one-off act not yet done before its deadline is on schedule",
			p:    pledgeWith("国庆节前完成五一广场改造", "2021-09-30", "国庆节前"), year: 2021,
			ups: []data.ProgressUpdate{update(0, 60, "2021-06-30")}, today: "2021-07-01",
			want:   data.VerdictOnSchedule,
			wantZh: "截至2021-06-30报告未完成（60%）；期限2021-09-30未到 → 符合序时进度",
		},
		{
			name: "a one-off act reported done",
			p:    pledgeWith("国庆节前完成五一广场改造", "2021-09-30", "国庆节前"), year: 2021,
			ups: []data.ProgressUpdate{update(0, 100, "2021-09-20")}, today: "2021-10-01",
			want: data.VerdictDone,
		},
		{
			name: "a completion share against the elapsed time, with a plan start of 1 March",
			p:    pledgeWith("推动山西老陈醋走向世界", "", ""), year: 2021,
			ups: []data.ProgressUpdate{update(0, 20, "2021-06-30")}, today: "2021-07-01",
			set:  &data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 5},
			want: data.VerdictBehind,
			// 1 March to 30 June is 122 days of the 306 from 1 March to 31 December.
			wantZh: "完成20%；截至2021-06-30计划期自2021-03-01起已过122/306天=39.9%；落后19.9个百分点 → 滞后于序时进度",
		},
		{
			name: "the pledge names its start: 自7月1日起, 92 of the 184 days from 1 July to 31 December gone",
			p:    pledgeWith("自7月1日起，年底前建成充电桩100个", "2021-12-31", "年底前", charger100), year: 2021,
			ups: []data.ProgressUpdate{update(1, 50, "2021-09-30")}, today: "2021-10-01",
			want:   data.VerdictOnSchedule,
			wantZh: "50/100=50.0%；截至2021-09-30计划期自2021-07-01起已过92/184天=50.0%（容差5个百分点） → 符合序时进度",
			wantEn: "50/100 = 50.0% done; 92/184 days of the plan period from 2021-07-01 gone by 2021-09-30 = 50.0% (tolerance 5 points) → on schedule",
		},
		{
			name: "the pledge's start wins over the workspace's plan start, for that pledge only",
			p:    pledgeWith("自7月1日起，年底前建成充电桩100个", "2021-12-31", "年底前", charger100), year: 2021,
			ups: []data.ProgressUpdate{update(1, 30, "2021-09-30")}, today: "2021-10-01",
			set:  &data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 5},
			want: data.VerdictBehind, wantGap: 100*92.0/184 - 30,
			wantZh: "30/100=30.0%；截至2021-09-30计划期自2021-07-01起已过92/184天=50.0%；落后20.0个百分点 → 滞后于序时进度",
		},
		{
			name: "a completion share from 三季度开始: 92/184 days, not the workspace's 1 March",
			p:    pledgeWith("三季度开始试点老旧小区改造", "", ""), year: 2021,
			ups: []data.ProgressUpdate{update(0, 50, "2021-09-30")}, today: "2021-10-01",
			set:    &data.ScheduleSettings{PlanStart: "2021-03-01", Tolerance: 5},
			want:   data.VerdictOnSchedule,
			wantZh: "完成50%；截至2021-09-30计划期自2021-07-01起已过92/184天=50.0%（容差5个百分点） → 符合序时进度",
		},
		{
			name: "a named start after the deadline is ignored: 1 January to 30 June, 90/181 days gone",
			p:    pledgeWith("下半年起推广，6月底前建成充电桩100个", "2021-06-30", "6月底前", charger100), year: 2021,
			ups: []data.ProgressUpdate{update(1, 50, "2021-03-31")}, today: "2021-04-01",
			want:   data.VerdictOnSchedule,
			wantZh: "50/100=50.0%；截至2021-03-31计划期已过90/181天=49.7%（容差5个百分点） → 符合序时进度",
		},
		{
			name: "no update: no data",
			p:    pledgeWith("年底5G基站达到5000座以上", "2021-12-31", "年底", base5G), year: 2021,
			today: "2022-03-01", want: data.VerdictNoData,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := set
			if c.set != nil {
				s = *c.set
			}
			got := data.Worst(data.Schedule(c.p, c.year, c.ups, day(c.today), s))
			if got.Verdict != c.want {
				t.Fatalf("verdict %s, want %s (%s)", got.Verdict, c.want, got.Zh)
			}
			if c.wantZh != "" && got.Zh != c.wantZh {
				t.Errorf("zh line\n got %s\nwant %s", got.Zh, c.wantZh)
			}
			if c.wantEn != "" && got.En != c.wantEn {
				t.Errorf("en line\n got %s\nwant %s", got.En, c.wantEn)
			}
			if c.wantGap != 0 && (got.Gap-c.wantGap > 1e-9 || c.wantGap-got.Gap > 1e-9) {
				t.Errorf("gap %v, want %v", got.Gap, c.wantGap)
			}
		})
	}
}

func TestScheduleWorstTargetSpeaksForThePledge(t *testing.T) {
	p := pledgeWith("新增幼儿园公办园不少于3所、民办园不少于2所", "2021-12-31", "年底",
		data.Target{Subject: "公办园", Value: 3, Unit: "所", Comparator: data.AtLeast, Quote: "不少于3所"},
		data.Target{Subject: "民办园", Value: 2, Unit: "所", Comparator: data.AtLeast, Quote: "不少于2所"})
	ups := []data.ProgressUpdate{update(1, 3, "2021-06-30"), update(2, 0, "2021-09-30")}
	sugs := data.Schedule(p, 2021, ups, day("2021-10-01"), data.DefaultScheduleSettings())
	if len(sugs) != 2 || sugs[0].Verdict != data.VerdictDone || sugs[1].Verdict != data.VerdictBehind {
		t.Fatalf("suggestions %+v", sugs)
	}
	if w := data.Worst(sugs); w.Target != 2 {
		t.Errorf("worst is target %d, want 2", w.Target)
	}
}

func TestScheduleCorrectionOnTheSameDateWins(t *testing.T) {
	p := pledgeWith("年底5G基站达到5000座以上", "2021-12-31", "年底", base5G)
	first := update(1, 380, "2021-09-30")
	first.Recorded = data.HLC{Wall: 1}
	fixed := update(1, 3800, "2021-09-30")
	fixed.Recorded = data.HLC{Wall: 2}
	got := data.Worst(data.Schedule(p, 2021, []data.ProgressUpdate{fixed, first}, day("2021-10-01"), data.DefaultScheduleSettings()))
	if got.Value != 3800 || got.Verdict != data.VerdictOnSchedule {
		t.Errorf("got %v %s, want the later record 3800 on schedule", got.Value, got.Verdict)
	}
}

func TestClassifyTarget(t *testing.T) {
	cases := []struct {
		text string
		t    data.Target
		want data.TargetKind
	}{
		{"年底5G基站达到5000座以上", base5G, data.KindCount},
		{"城镇登记失业率控制在3.5%", data.Target{Value: 3.5, Unit: "%", Comparator: data.Exactly, Quote: "3.5%"}, data.KindCap},
		{"居民收入增长6%", data.Target{Value: 6, Unit: "%", Comparator: data.Exactly, Quote: "6%"}, data.KindAbout},
		{"覆盖率达到90%以上", data.Target{Value: 90, Unit: "%", Comparator: data.AtLeast, Quote: "90%以上"}, data.KindLevel},
	}
	for _, c := range cases {
		p := pledgeWith(c.text, "", "", c.t)
		if got := data.ClassifyTarget(p, c.t); got != c.want {
			t.Errorf("%s: %s, want %s", c.text, got, c.want)
		}
	}
}

func TestParseProgress(t *testing.T) {
	u, err := data.ParseProgress("1=3,800@2021-09-30|市通信管理局通报|https://example.gov.cn/x|2021-10-08")
	if err != nil {
		t.Fatal(err)
	}
	if u.Target != 1 || u.Value != 3800 || u.AsOf != "2021-09-30" || u.Source.Text != "市通信管理局通报" || u.Source.Link != "https://example.gov.cn/x" {
		t.Errorf("parsed %+v", u)
	}
	for _, bad := range []string{"1=3800", "x=1@2021-01-01", "1=abc@2021-01-01", "0=120@2021-01-01", "1=5@2021-13-01", "-1=5@2021-01-01"} {
		if _, err := data.ParseProgress(bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("%q: error %v, want one naming the input", bad, err)
		}
	}
}
