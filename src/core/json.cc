#include "core/json.h"

#include <fmt/format.h>

#include <sstream>

namespace llm101 {

toml::value<std::string> string_or_null(std::string_view text) {
  return text.empty() ? json_null() : toml::value<std::string>(std::string(text));
}

std::string to_json_text(const toml::node& node) {
  std::ostringstream os;
  os << toml::json_formatter{node};
  os << '\n';
  std::string out = os.str();
  write_nulls(out);
  return out;
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: out += fmt::format("\\u{:04X}", c); break;
    }
  }
  out.append(s, run, s.size() - run);
  out += '"';
}

void write_nulls(std::string& json) {
  static constexpr std::string_view escaped = "\"\\u0000llm101:null\"";  // as the formatter writes it
  for (std::size_t at = json.find(escaped); at != std::string::npos; at = json.find(escaped, at))
    json.replace(at, escaped.size(), "null");
}

}  // namespace llm101
