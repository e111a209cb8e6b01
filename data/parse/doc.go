// Package parse turns the text of a government work report into a
// structured data.Report: chapters, headlines and pledges, each pledge with
// its exact text, rune offsets, targets, deadline and hints. It does no I/O.
//
// Shapes. The first non-blank line is the title, unless it is a numbered
// heading, front matter or the salutation (a report copied from its first
// chapter keeps that chapter and has no title). Before the first chapter
// come the front matter — the 来源 line, the delivery line
// ("——2025年1月14日在…上", its date kept as Delivered), the speaker — and
// the preamble, from 各位代表 on. A closing credit line ("本报记者 …") is
// the byline; a licence footer after the body ("本作品是…", "Public
// domain") is set aside. A web page's furniture around the title — its
// toolbar (下载 打印 全屏 收藏), the font-size switch, the time posted, the
// caption of the speaker's photo — is set aside as navigation; a title
// broken inside the genre's name ("政府工作报" / "告") and a delivery line
// broken after 在 are joined. Lines a scraper broke around a linked book
// title ("根据《" / "…" / "》，") or at a Wikisource page break (a line of
// U+200B) are one paragraph.
//
// A report with at least two numbered headings is read as numbered:
// "一、"/"第一部分" open a chapter, and so does a short line without
// punctuation named as the genre names chapters ("2024年工作回顾",
// "加强政府自身建设"), or any such line in a report that numbers no chapter.
// "（一）" opens a headline; in a chapter without one, paragraphs opening
// "一是…", "二是…" in sequence are its headlines, else paragraphs opening
// with a short lead sentence ("大力提振消费。…") when most of its
// paragraphs (at least three) do; "1."/"1、"/"（1）"/"①"
// items are headlines only in a chapter with neither, and plain text
// otherwise (the marker is left out of the text). A numbered heading ends
// at its first 。, and text after it on the same line belongs under it.
// Otherwise the plain shape applies: a heading-like line (at most 40 runes,
// no 。！？) followed by another heading-like line is a chapter heading,
// followed by text it is a headline; the line after the title is a subtitle
// when heading-like, unless it heads a headline. Sentences before any
// headline belong to the chapter (headline 0); headlines before any chapter
// get an untitled chapter.
//
// Annexes. From a heading "附件…", "名词解释" or "注释" in the second half
// of the text on, lines are annexes. A glossary's "term：explanation" lines
// become Report.Glossary (its heading is set aside), never pledges, so its
// dates are no deadlines; any other annex is a chapter marked Annex whose
// numbered items are headlines: a list of projects is reviewable.
//
// Year. The delivery date's year, else a title "2025年…政府工作报告", else a
// chapter heading ("2019年政府工作任务"; "2018年工作回顾" is the year
// before), else the most frequent "20xx年". Relative deadlines count from it,
// except in a chapter "X年工作回顾", which tells of X; 春节前 is the next
// Spring Festival after the delivery date when it is known.
//
// Corrections. Options.Corrections name a non-blank line (see Lines) by
// index and text and make it a chapter, a headline, body text, the start of
// an annex, or join it with the next line; they are applied before the
// structure is built, so pledges outside the chapters they touch keep their
// ids. Nothing is dropped silently: every letter and digit of the input is
// in the front matter, a title, a pledge, the glossary or SetAside.
//
// Targets. A number is a target with a measure word, or for Arabic digits a
// 万/亿 multiplier alone ("就业5万"). Not targets: numbers inside quotes and
// 《》, glued to Latin letters, after 第, before date or name words (年 月 日
// 号 岁 周年 期 届 代 国道 …), a lone 一 (一批, 一所: an article, not a
// count), set phrases (千家万户), and ages ("3岁以下" states who is served,
// not how much is delivered). The unit is the measure word after the
// multiplier ("186万平方米" is 1860000 平方米); 级 counts only after a
// magnitude ("千亿级" is 1e11 级). "1000多家" and "100余项" are ">=". The
// subject is the noun phrase after the quantity, else the one before it
// without verbs and time words, else the previous target's in the sentence.
//
// Deadlines. The first time expression of a pledge in reading order wins.
// "X前" means the day before X: 国庆节前 09-30, “五一”前 04-30, "10月前"
// 09-30; 春节前 is the day before the next year's Spring Festival from a
// table for 2016–2030, else January 31 of the next year. A bare year
// ("2021年") and 今年 are no deadline; "2022年建成", "2022年底", "到2025年"
// are. With no report year, Due is empty unless the words name the year.
package parse
