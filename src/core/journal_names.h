// Names and dates of journal files: what a file in the journal directory that is not read as an
// entry was probably meant to be (2026-1-5.md, 2026-02-30.md, notes.md), and the date an entry's
// header line states, so neither a near-miss name nor a header that disagrees goes unnoticed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace llm101 {

// Why `name`, a file in the journal directory that is not YYYY-MM-DD.md, is not read, as a
// warning ("not read: ...; rename it to 2026-01-05.md"); nullopt for files that are not meant
// as entries (hidden files, anything not .md, README.md).
std::optional<std::string> misnamed_entry(std::string_view name);

// The date on an entry's first line ("### 日期: 2026-11-29", "Date: …", bold or not), as written;
// nullopt when the first line is no date line.
std::optional<std::string> header_date(std::string_view text);

}  // namespace llm101
