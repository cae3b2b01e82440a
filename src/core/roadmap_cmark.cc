// The roadmap's reference path: headings and task items from cmark-gfm's tree of the whole
// document. Slower than the line scanner, but right for any Markdown; the scanner is tested
// against it. The checkbox itself is found and verified byte by byte (the tasklist extension
// misreads some items).
#include <cmark-gfm.h>

#include <algorithm>

#include "core/roadmap_collect.h"

namespace llm101 {
namespace {

// The task item whose paragraph is `para`, or an item with an empty text when it is none.
RawItem task_of(const Document& doc, cmark_node* para) {
  RawItem item;
  auto [pos, eol] = doc.paragraph_start(para);
  std::string_view src = doc.source();
  if (pos == std::string_view::npos || !is_task_marker(src, pos)) return item;
  item.box = pos + 1;
  item.line = cmark_node_get_start_line(para);
  item.state = read_state(src, item.box);
  std::string plain = plain_text(para);
  cmark_node* first = cmark_node_first_child(para);
  if (!(plain.size() >= 3 && plain[0] == '[' && plain[2] == ']') && first &&
      cmark_node_get_type(first) == CMARK_NODE_LINK) {
    // "[x]" was read as a link to a reference definition "[x]: …": the text follows the link,
    // exactly as it follows "[ ]", so checking an item never changes (or loses) its text.
    item.text = plain_text_from(cmark_node_next(first));
  } else {
    item.text = item_text(plain, src, pos, eol);
  }
  return item;
}

bool outline_heading(cmark_node* node, cmark_node* root) {
  for (cmark_node* p = cmark_node_parent(node); p && p != root; p = cmark_node_parent(p)) {
    cmark_node_type t = cmark_node_get_type(p);
    if (t != CMARK_NODE_LIST && t != CMARK_NODE_ITEM) return false;
  }
  return true;
}

}  // namespace

void collect_with_cmark(const Document& doc, Collected& out) {
  cmark_node* root = doc.cmark_root();
  ActiveHeadings active;
  active.fill(-1);
  std::vector<std::pair<cmark_node*, int>> open_tasks;  // item node, index in raw

  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_ITEM && !open_tasks.empty() && open_tasks.back().first == node)
        open_tasks.pop_back();
      continue;
    }
    if (type == CMARK_NODE_HEADING) {
      // Top-level headings and headings written in list items ("- ### Arrays") shape the
      // roadmap; one inside a quote does not.
      if (!outline_heading(node, root)) continue;
      int level = std::clamp(cmark_node_get_heading_level(node), 1, 6);
      out.add_heading(level, plain_text(node), cmark_node_get_start_line(node), active);
      continue;
    }
    if (type != CMARK_NODE_ITEM) continue;
    cmark_node* para = cmark_node_first_child(node);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) continue;
    RawItem item = task_of(doc, para);
    if (item.text.empty()) continue;  // not a task, or "- [ ]" alone
    item.parent = open_tasks.empty() ? -1 : open_tasks.back().second;
    item.active = active;
    open_tasks.emplace_back(node, static_cast<int>(out.raw.size()));
    out.raw.push_back(std::move(item));
  }
  cmark_iter_free(it);
}

}  // namespace llm101
