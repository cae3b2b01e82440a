// The one-page HTML report of `llm101 export html`: the card and the calendar (inline SVG), every
// stage and section with its items and state, the practice projects, the resources as links, and
// the journal rendered from its Markdown. Self-contained (inline CSS, no scripts, nothing
// fetched), responsive and printable; well-formed XML as well as HTML, so tests can parse it.
// Pure: values in, text out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/export_model.h"

namespace llm101 {

// One journal entry with the text of its file.
struct JournalPage {
  const JournalEntry* entry = nullptr;
  std::string text;
};

// Markdown from an untrusted file as HTML: cmark-gfm with its safe defaults (raw HTML left out,
// javascript:/data: link targets dropped), control characters and invalid UTF-8 cleaned first.
std::string markdown_to_html(std::string_view markdown);

// `pages` in date order; shown newest first.
std::string render_html(const ExportData& d, const std::vector<JournalPage>& pages, const ExportLabels& labels);

}  // namespace llm101
