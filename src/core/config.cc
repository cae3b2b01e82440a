#include "core/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/i18n.h"
#include "core/language.h"

namespace llm101 {
namespace {

Diagnostic at(const toml::source_region& where, std::string_view file, std::string message) {
  Diagnostic d = input_error(std::move(message));
  d.file = std::string(file);
  d.line = static_cast<int>(where.begin.line);
  d.column = static_cast<int>(where.begin.column);
  return d;
}

// Reads a non-empty string key into `out`; a wrong type is an error.
Status read_string(const toml::table& t, std::string_view key, std::string_view file,
                   std::string& out) {
  const toml::node* n = t.get(key);
  if (!n) return Ok{};
  const auto* s = n->as_string();
  if (!s || s->get().empty())
    return at(n->source(), file, _f("'{}' must be a non-empty string", key));
  out = s->get();
  return Ok{};
}

// journal_language, week_start, daily_goal.
Status read_journal_settings(const toml::table& t, std::string_view file, Config& c) {
  std::string lang, week;
  if (auto st = read_string(t, "journal_language", file, lang); !st) return st;
  if (lang == "zh" || lang == "en") c.journal_language = lang == "zh" ? Language::Zh : Language::En;
  else if (!lang.empty())
    return at(t.get("journal_language")->source(), file, _("'journal_language' must be \"zh\" or \"en\""));
  if (auto st = read_string(t, "week_start", file, week); !st) return st;
  if (week == "monday" || week == "sunday") c.week_start = week == "monday" ? WeekStart::Monday : WeekStart::Sunday;
  else if (!week.empty())
    return at(t.get("week_start")->source(), file, _("'week_start' must be \"monday\" or \"sunday\""));
  if (const toml::node* n = t.get("daily_goal")) {
    std::optional<int> minutes;
    if (auto i = n->value<int64_t>(); i && *i >= 0 && *i <= 24 && n->is_integer()) minutes = static_cast<int>(*i * 60);
    else if (auto f = n->as_floating_point(); f && f->get() >= 0 && f->get() <= 24)
      minutes = static_cast<int>(f->get() * 60 + 0.5);
    else if (auto s = n->as_string()) minutes = parse_study_time(s->get());
    if (!minutes || *minutes > 24 * 60)
      return at(n->source(), file, _("'daily_goal' must be hours per day, e.g. 1.5 or \"90min\""));
    c.daily_goal_minutes = *minutes;
  }
  return Ok{};
}

// The [git] table (or dotted git.* keys): commit = true|false.
Status read_git_settings(const toml::table& t, std::string_view file, Config& c, std::vector<Diagnostic>& warnings) {
  const toml::node* n = t.get("git");
  if (!n) return Ok{};
  const toml::table* git = n->as_table();
  if (!git) return at(n->source(), file, _("'git' must be a table ([git] commit = true)"));
  for (const auto& [key, value] : *git) {
    if (key.str() == "commit") {
      if (!value.is_boolean()) return at(value.source(), file, _("'git.commit' must be true or false"));
      c.git_commit = value.as_boolean()->get();
    } else {
      warnings.push_back(at(key.source(), file, _f("unknown key 'git.{}' (ignored)", key.str())));
    }
  }
  return Ok{};
}

// True when a relative path stays inside its base when read lexically: no leading '/', and no
// ".." that climbs above the start ("a/../b" is fine, "../x" and "a/../../x" are not).
bool stays_inside(std::string_view path) {
  if (path.empty() || path[0] == '/') return false;
  int depth = 0;
  while (!path.empty()) {
    auto slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    depth += part == ".." ? -1 : 1;
    if (depth < 0) return false;
  }
  return true;
}

// roadmap and journal stay inside the workspace unless allow_outside_workspace = true says
// otherwise; then each use is a warning, so the choice stays visible.
Status confine_paths(const toml::table& t, std::string_view file, LoadedConfig& loaded) {
  if (const toml::node* n = t.get("allow_outside_workspace")) {
    if (!n->is_boolean()) return at(n->source(), file, _("'allow_outside_workspace' must be true or false"));
    loaded.config.allow_outside_workspace = n->as_boolean()->get();
  }
  for (std::string_view key : {"roadmap", "journal"}) {
    const toml::node* n = t.get(key);
    const std::string& value = key == "roadmap" ? loaded.config.roadmap : loaded.config.journal;
    if (!n || stays_inside(value)) continue;
    if (!loaded.config.allow_outside_workspace)
      return at(n->source(), file,
                _f("'{}' = \"{}\" leads outside the workspace; paths here are relative to it (set "
                   "allow_outside_workspace = true to allow this)",
                   key, value));
    loaded.warnings.push_back(at(n->source(), file,
                                 _f("'{}' leads outside the workspace (allowed by allow_outside_workspace)", key)));
  }
  return Ok{};
}

}  // namespace

Expected<LoadedConfig> parse_config(std::string_view text, std::string_view file) {
  toml::table table;
  try {
    table = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    return at(e.source(), file, std::string(e.description()));
  }
  LoadedConfig loaded;
  for (const auto& [key, value] : table) {
    std::string_view k = key.str();
    if (k == "roadmap" || k == "journal" || k == "journal_language" || k == "week_start" ||
        k == "daily_goal" || k == "path" || k == "allow_outside_workspace" || k == "ui_language" || k == "git")
      continue;
    Diagnostic w = at(key.source(), file, _f("unknown key '{}' (ignored)", k));
    loaded.warnings.push_back(std::move(w));
  }
  if (auto st = read_string(table, "roadmap", file, loaded.config.roadmap); !st) return st.error();
  if (auto st = read_string(table, "journal", file, loaded.config.journal); !st) return st.error();
  if (auto st = read_journal_settings(table, file, loaded.config); !st) return st.error();
  if (auto st = read_string(table, "path", file, loaded.config.path); !st) return st.error();
  if (auto st = read_string(table, "ui_language", file, loaded.config.ui_language); !st) return st.error();
  if (!is_ui_language_setting(loaded.config.ui_language))
    return at(table.get("ui_language")->source(), file, _("'ui_language' must be \"auto\", \"en\" or \"zh_CN\""));
  if (auto st = confine_paths(table, file, loaded); !st) return st.error();
  if (auto st = read_git_settings(table, file, loaded.config, loaded.warnings); !st) return st.error();
  return loaded;
}

namespace {
// A TOML basic string: quotes, backslashes and control characters escaped, so any name reads
// back as itself.
std::string toml_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\u{:04X}", u);
    } else {
      out += c;
    }
  }
  return out + '"';
}

}  // namespace

std::string default_config_text(const Config& config) {
  return fmt::format(
      "# llm101 workspace settings. llm101 reads this file and never rewrites it.\n"
      "# Paths are relative to this file's directory.\n"
      "\n"
      "# The roadmap: a Markdown file whose GFM task items (- [ ] …) are your checklist.\n"
      "roadmap = {}\n"
      "\n"
      "# The study journal: one Markdown file per day (YYYY-MM-DD.md) in this directory.\n"
      "journal = {}\n"
      "\n"
      "# Journal settings (uncomment to change):\n"
      "# journal_language = \"zh\"   # template of new entries: \"zh\" (学习日志, as the roadmap) or \"en\"\n"
      "# week_start = \"monday\"     # \"monday\" or \"sunday\": weekly totals and the calendar\n"
      "# daily_goal = 1.5          # hours per day; shades the calendar, counted in 'llm101 stats'\n"
      "\n"
      "# The learning path to follow (a heading under 推荐学习路径); 'llm101 path' lists them.\n"
      "# path = \"初学者路径\"\n"
      "{}",
      toml_quote(config.roadmap), toml_quote(config.journal),
      config.git_commit ? "\n# Each llm101 change is a git commit of exactly the files it wrote; 'llm101 undo'\n"
                          "# takes the last one back, 'llm101 sync' pulls and pushes.\n"
                          "git.commit = true\n"
                        : "");
}

}  // namespace llm101
