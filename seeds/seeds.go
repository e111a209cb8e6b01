// Package seeds embeds the reports the application ships with.
package seeds

import _ "embed"

// Taiyuan2021 is the interpretation of the Taiyuan 2021 government work report.
//
//go:embed taiyuan-2021.txt
var Taiyuan2021 string

// Taiyuan2021ID is the report id of the seed.
const Taiyuan2021ID = "taiyuan-2021"
