#include "core/markdown.h"

#include <cmark-gfm-core-extensions.h>

#include "core/text.h"

namespace llm101 {

cmark_node* parse_gfm(std::string_view text, cmark_mem* mem) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, mem);
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* doc = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return doc;
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
