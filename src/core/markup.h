// Text for XML and HTML documents (the SVG and HTML exports): escaping of untrusted text (roadmap
// titles, link targets) and the one rule for which link targets may become links.
// Pure: strings in, strings out.
#pragma once

#include <string>
#include <string_view>

namespace llm101 {

// `s` safe as XML/HTML text or a quoted attribute value: & < > " ' escaped; control characters
// (C0 but tab, DEL, C1) and the noncharacters U+FFFE/U+FFFF dropped; line breaks and tabs
// become spaces; invalid UTF-8 becomes U+FFFD. The result is always well-formed XML text.
std::string escape_markup(std::string_view s);

// `s` with the same clean-up but no escaping, line breaks and tabs kept: Markdown from an
// untrusted file made safe to hand to a renderer whose output must be well-formed XML.
std::string scrub_text(std::string_view s);

// True for an absolute http:, https: or mailto: URL (any case, no spaces or control characters):
// the only targets an export turns into links. Anything else (javascript:, data:, relative
// paths) is shown as text.
bool is_safe_link(std::string_view url);

}  // namespace llm101
