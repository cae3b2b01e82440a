#include "core/export_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/export_svg.h"
#include "core/hours.h"
#include "core/markdown.h"
#include "core/markup.h"
#include "core/report.h"

namespace llm101 {
namespace {

// Readable on a phone (one column, pictures scale down), printable (no backgrounds, URLs after
// links, stages kept whole where possible).
constexpr std::string_view kCss = R"css(:root{color-scheme:light}
body{margin:0;background:#f6f8fa;color:#1f2328;font:15px/1.6 -apple-system,'Segoe UI',Helvetica,Arial,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.7em;margin:.4em 0 .1em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
h3,h4{margin:1em 0 .3em}.muted,.count,.id{color:#59636e}.count{font-weight:400;font-size:.85em;margin-left:.4em}
.id{font-variant-numeric:tabular-nums;margin-right:.4em}
.figures{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.pic{max-width:100%;overflow-x:auto}.pic svg{max-width:100%;height:auto;display:block}
.stage,.journal article{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:4px 16px 12px;margin:12px 0}
.bar{height:8px;background:#eff2f5;border-radius:4px;overflow:hidden;max-width:360px}.bar span{display:block;height:100%;background:#2da44e}
ul.items{list-style:none;padding-left:0;margin:.2em 0}ul.items li{padding:1px 0}
ul.items li.depth-1{padding-left:1.5em}ul.items li.depth-2{padding-left:3em}ul.items li.depth-3{padding-left:4.5em}
.box{display:inline-block;width:1.3em;color:#59636e}li.done .box{color:#1a7f37}li.done .text{color:#59636e}
ul.resources{margin:.2em 0;padding-left:1.2em}a{color:#0969da;overflow-wrap:anywhere}.url{overflow-wrap:anywhere}
.goal{margin:.2em 0}.md{overflow-wrap:anywhere}.md pre{overflow-x:auto;background:#f6f8fa;padding:8px}
.md h1,.md h2,.md h3,.md h4{font-size:1em;margin:.6em 0 .2em}.md table{border-collapse:collapse}.md td,.md th{border:1px solid #d0d7de;padding:2px 6px}
@media (max-width:600px){body{font-size:14px}main{padding:8px}.stage,.journal article{padding:2px 10px 8px}}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.stage,.journal article{border:none;padding:0;break-inside:avoid-page}
a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:#59636e}.pic{overflow:visible}}
)css";

std::string esc(std::string_view s) { return escape_markup(s); }

std::string count_span(int done, int total) {
  return fmt::format("<span class=\"count\">{}/{}</span>", done, total);
}

std::string bar_div(int done, int total) {
  return fmt::format("<div class=\"bar\"><span style=\"width:{}%\"></span></div>\n", percent(done, total));
}

std::string item_li(const TaskItem& it, std::string_view id) {
  return fmt::format("<li class=\"{} depth-{}\"><span class=\"box\">{}</span><span class=\"id\">{}</span>"
                     "<span class=\"text\">{}</span></li>\n",
                     it.done ? "done" : "open", std::min(it.depth, 3), it.done ? "✓" : "○", esc(id), esc(it.text));
}

std::string goal_p(const Guide& g, std::string_view scope, const ExportLabels& labels) {
  const Goal* goal = g.goal_of(scope);
  if (!goal) return {};
  return fmt::format("<p class=\"goal\"><strong>{}</strong>: {}</p>\n", esc(labels.goal), esc(goal->text));
}

// A link only for http(s) and mailto targets; anything else is shown, never followed.
std::string resource_li(const Resource& r) {
  if (is_safe_link(r.url))
    return fmt::format("<li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></li>\n", esc(r.url), esc(r.title));
  return fmt::format("<li>{} <span class=\"url\">{}</span></li>\n", esc(r.title), esc(r.url));
}

using ResourcesByScope = std::map<std::string, std::vector<const Resource*>, std::less<>>;

std::string resources_ul(const ResourcesByScope& by_scope, std::string_view scope) {
  auto it = by_scope.find(scope);
  if (it == by_scope.end()) return {};
  std::string s = "<ul class=\"resources\">\n";
  for (const Resource* r : it->second) s += resource_li(*r);
  return s + "</ul>\n";
}

// Item indices per stage and section, in document order.
using ItemsBySection = std::vector<std::vector<std::vector<std::size_t>>>;

ItemsBySection group_items(const Roadmap& rm) {
  ItemsBySection out(rm.stages.size());
  for (std::size_t s = 0; s < rm.stages.size(); ++s) out[s].resize(rm.stages[s].sections.size() + 1);
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const TaskItem& it = rm.items[i];
    if (it.stage < 0) continue;
    auto& sections = out[static_cast<std::size_t>(it.stage)];
    sections[it.section < 0 ? sections.size() - 1 : static_cast<std::size_t>(it.section)].push_back(i);
  }
  return out;
}

std::string items_ul(const Roadmap& rm, const std::vector<std::size_t>& items) {
  if (items.empty()) return {};
  std::string s = "<ul class=\"items\">\n";
  for (std::size_t i : items) s += item_li(rm.items[i], rm.items[i].id);
  return s + "</ul>\n";
}

struct RoadmapParts {
  const ExportData& d;
  const ExportLabels& labels;
  ResourcesByScope resources;
  ItemsBySection items;
};

std::string stage_html(const RoadmapParts& p, std::size_t s) {
  const Roadmap& rm = *p.d.roadmap;
  const Stage& st = rm.stages[s];
  std::string out = fmt::format("<section class=\"stage\" id=\"stage-{}\">\n<h3><span class=\"id\">{}</span>{}{}</h3>\n",
                                esc(st.id), esc(st.id), esc(st.title.empty() ? st.heading : st.title),
                                count_span(st.done, st.total));
  out += bar_div(st.done, st.total);
  out += goal_p(*p.d.guide, st.id, p.labels);
  out += items_ul(rm, p.items[s].back());  // items directly under the stage
  out += resources_ul(p.resources, st.id);
  for (std::size_t k = 0; k < st.sections.size(); ++k) {
    const Section& sec = st.sections[k];
    if (sec.line == 0) {  // S.0: the items directly under the stage heading
      out += items_ul(rm, p.items[s][k]);
      continue;
    }
    out += fmt::format("<h4><span class=\"id\">{}</span>{}{}</h4>\n", esc(sec.id),
                       esc(sec.title.empty() ? sec.heading : sec.title), count_span(sec.done, sec.total));
    out += goal_p(*p.d.guide, sec.id, p.labels);
    out += items_ul(rm, p.items[s][k]);
    out += resources_ul(p.resources, sec.id);
  }
  return out + "</section>\n";
}

std::string roadmap_html(const ExportData& d, const ExportLabels& labels) {
  const Roadmap& rm = *d.roadmap;
  RoadmapParts parts{d, labels, {}, group_items(rm)};
  for (const Resource& r : d.guide->resources) parts.resources[r.scope].push_back(&r);
  std::string out = fmt::format("<section id=\"roadmap\">\n<h2>{}{}</h2>\n", esc(labels.roadmap),
                                count_span(rm.done, rm.total));
  std::vector<std::size_t> loose;  // a roadmap without stages: one plain list
  for (std::size_t i = 0; i < rm.items.size(); ++i)
    if (rm.items[i].stage < 0) loose.push_back(i);
  out += items_ul(rm, loose);
  for (std::size_t s = 0; s < rm.stages.size(); ++s) out += stage_html(parts, s);
  return out + "</section>\n";
}

std::string projects_html(const ExportData& d, const ExportLabels& labels) {
  const Guide& g = *d.guide;
  if (g.projects.empty()) return {};
  std::string out = fmt::format("<section id=\"projects\">\n<h2>{}{}</h2>\n", esc(labels.projects),
                                count_span(g.projects_done(), static_cast<int>(g.projects.size())));
  for (std::size_t ph = 0; ph < g.phases.size(); ++ph) {
    const Phase& phase = g.phases[ph];
    out += fmt::format("<section class=\"stage\" id=\"phase-{}\">\n<h3><span class=\"id\">{}</span>{}{}</h3>\n",
                       esc(phase.id), esc(phase.id), esc(phase.title), count_span(phase.done, phase.total));
    out += "<ul class=\"items\">\n";
    for (const Project& pr : g.projects) {
      if (pr.phase != static_cast<int>(ph)) continue;
      TaskItem as_item;
      as_item.text = pr.text;
      as_item.done = pr.done;
      out += item_li(as_item, pr.id);
    }
    out += "</ul>\n</section>\n";
  }
  return out + "</section>\n";
}

std::string journal_html(const std::vector<JournalPage>& pages, const ExportLabels& labels) {
  std::string out = fmt::format("<section id=\"journal\" class=\"journal\">\n<h2>{}</h2>\n", esc(labels.journal));
  if (pages.empty()) out += fmt::format("<p class=\"muted\">{}</p>\n", esc(labels.no_entries));
  for (auto it = pages.rbegin(); it != pages.rend(); ++it) {
    const JournalEntry& e = *it->entry;
    out += fmt::format("<article id=\"entry-{0}\">\n<h3>{0}<span class=\"count\">{1}</span></h3>\n<div class=\"md\">\n",
                       esc(e.date), esc(format_hours_short(e.minutes)));
    out += markdown_to_html(it->text);
    out += "</div>\n</article>\n";
  }
  return out + "</section>\n";
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  CmarkTree doc = parse_gfm(scrub_text(markdown));
  cmark_mem* mem = cmark_get_default_mem_allocator();
  char* html = cmark_render_html_with_mem(doc.get(), CMARK_OPT_SAFE, nullptr, mem);
  std::string out(html);
  mem->free(html);
  return out;
}

std::string render_html(const ExportData& d, const std::vector<JournalPage>& pages, const ExportLabels& labels) {
  const Roadmap& rm = *d.roadmap;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n"
      "<style>\n{}</style>\n</head>\n<body>\n<main>\n",
      d.settings.language == Language::Zh ? "zh-CN" : "en", esc(d.title), kCss);
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"muted\">{}/{} {} · {}% · {} {}</p>\n</header>\n", esc(d.title),
                     rm.done, rm.total, esc(labels.items_done), d.percent, esc(labels.as_of), format_date(d.today));
  out += "<section class=\"figures\">\n<div class=\"pic\">\n" + card_svg(d, SvgTheme::Light, labels);
  out += "</div>\n<div class=\"pic\">\n" + calendar_svg(d, SvgTheme::Light, labels) + "</div>\n</section>\n";
  out += roadmap_html(d, labels);
  out += projects_html(d, labels);
  out += journal_html(pages, labels);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace llm101
