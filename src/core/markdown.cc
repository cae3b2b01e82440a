#include "core/markdown.h"

#include <cmark-gfm-core-extensions.h>

#include <cstring>

#include "core/text.h"

namespace llm101 {

CmarkTree parse_gfm(std::string_view text) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, cmark_get_default_mem_allocator());
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* doc = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return CmarkTree(doc);
}

std::vector<std::size_t> line_starts(std::string_view s) {
  std::vector<std::size_t> starts{0};
  if (std::memchr(s.data(), '\r', s.size()) == nullptr) {  // the usual case: memchr from \n to \n
    for (const char* p = s.data(), *end = s.data() + s.size();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));) {
      ++p;
      starts.push_back(static_cast<std::size_t>(p - s.data()));
    }
    return starts;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      starts.push_back(i + 1);
    } else if (s[i] == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      starts.push_back(i + 1);
    }
  }
  return starts;
}

bool is_task_marker(std::string_view s, std::size_t pos) {
  if (pos + 3 >= s.size()) return false;
  if (s[pos] != '[' || s[pos + 2] != ']') return false;
  char m = s[pos + 1];
  if (m != ' ' && m != '\t' && m != 'x' && m != 'X' && m != '/' && m != '-') return false;
  return s[pos + 3] == ' ' || s[pos + 3] == '\t';
}

// Walks with cmark's iterator, not recursion: "**" or "![" repeated 100000 times nests that deep
// and would overflow the stack.
void append_plain(cmark_node* node, std::string& out) {
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* c = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || c == node) continue;
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* lit = cmark_node_get_literal(c)) out += lit;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;  // containers (emphasis, links, …): their text comes as their children; HTML is left out
    }
  }
  cmark_iter_free(it);
}

std::string plain_text(cmark_node* node) {
  std::string s;
  append_plain(node, s);
  return std::string(trim(s));
}

// Plain text of `first` and the siblings after it.
std::string plain_text_from(cmark_node* first) {
  std::string s;
  for (cmark_node* c = first; c; c = cmark_node_next(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
      if (const char* lit = cmark_node_get_literal(c)) s += lit;
    } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
      s += ' ';
    } else {
      append_plain(c, s);
    }
  }
  return std::string(trim(s));
}

}  // namespace llm101
