// Package parse turns the text of a government work report into a
// structured data.Report: chapters, headlines and pledges, each pledge with
// its exact text, rune offsets, targets, deadline and hints. It does no I/O.
//
// Shapes. The first non-blank line is the title; a closing credit line
// ("本报记者 …") is the byline. A report with at least two numbered headings
// is read as numbered: "一、"/"第一部分" open a chapter, "（一）" a headline,
// and "1."/"1、"/"（1）"/"①" items are headlines in a chapter without
// "（一）" and plain text otherwise (the marker is left out of the text). A
// numbered heading ends at its first 。, and text after it on the same line
// belongs under it. Otherwise the plain shape applies: a heading-like line
// (at most 40 runes, no 。！？) followed by another heading-like line is a
// chapter heading, followed by text it is a headline. The line after the
// title is a subtitle when heading-like, unless it heads a headline. Text
// before the first heading is the preamble. Sentences before any headline
// belong to the chapter (headline 0); headlines before any chapter get an
// untitled chapter.
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
