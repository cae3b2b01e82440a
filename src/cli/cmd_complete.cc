// llm101 __complete: the hidden helper the bash, zsh and fish scripts in completions/ call, as
// git and taskwarrior do. All the knowledge lives here, read from the command table, so a new
// command or option completes without editing the scripts. Also prints the command table for
// the man-page drift test.
#include <cstdlib>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/guide_cli.h"
#include "cli/journal_support.h"
#include "core/i18n.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

const OptionSpec kHelpOption{"-h,--help", N_("Print this help message and exit"), "", ""};

const CommandSpec* find_command(std::string_view name) {
  for (const CommandSpec& c : all_commands())
    if (c.name == name) return &c;
  return nullptr;
}

// The options valid at this point: a command's own (and -h), then the global ones, which
// CLI11 also accepts after the command.
std::vector<const OptionSpec*> options_for(const CommandSpec* cmd) {
  std::vector<const OptionSpec*> out;
  if (cmd) {
    for (const OptionSpec& o : cmd->options) out.push_back(&o);
    out.push_back(&kHelpOption);
  }
  for (const OptionSpec& o : global_options())
    if (!cmd || (option_key(o.names) != "help" && option_key(o.names) != "version")) out.push_back(&o);
  return out;
}

const OptionSpec* find_option(const std::vector<const OptionSpec*>& options, std::string_view word) {
  for (const OptionSpec* o : options)
    for (const std::string& n : option_names(o->names))
      if (n == word) return o;
  return nullptr;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

void candidate(Context& ctx, std::string_view word, std::string_view prefix, std::string_view help) {
  if (starts_with(word, prefix)) ctx.out += fmt::format("{}\t{}\n", word, one_line(help));
}

std::string expand_home(const std::string& path, const std::optional<std::string>& home) {
  if (home && (path == "~" || starts_with(path, "~/"))) return *home + path.substr(1);
  return path;
}

// The roadmap a command line would use: -C DIR and --roadmap FILE as its words give them.
struct LineRoadmap {
  std::string dir, roadmap;
};

// Stages, sections, items (and practice projects) as `what` asks, in document order, each with
// its title, read from the roadmap the command line would use.
void ids(Context& ctx, Context& sub, Completes what, std::string_view prefix) {
  const Roadmap& rm = sub.roadmap().roadmap;
  const bool items = what != Completes::StagesAndSections, nodes = what != Completes::Items;
  std::size_t next_item = 0;
  auto items_until = [&](int line) {  // items before a heading line, in document order
    for (; next_item < rm.items.size() && (line == 0 || rm.items[next_item].line < line); ++next_item) {
      const TaskItem& it = rm.items[next_item];
      if (items) candidate(ctx, it.id, prefix, fmt::format("{} {}", it.done ? "[x]" : "[ ]", it.text));
    }
  };
  for (const Stage& st : rm.stages) {
    items_until(st.line);
    if (nodes) candidate(ctx, st.id, prefix, fmt::format("{} ({}/{})", st.title, st.done, st.total));
    for (const Section& sec : st.sections) {
      if (sec.line) items_until(sec.line);
      if (nodes)
        candidate(ctx, sec.id, prefix,
                  fmt::format("{} ({}/{})", sec.title.empty() ? st.title : sec.title, sec.done, sec.total));
    }
  }
  items_until(0);
  if (what != Completes::IdsAndProjects) return;
  const Guide g = load_guide(sub.roadmap());
  for (std::size_t i = 0; i < g.phases.size(); ++i) {
    candidate(ctx, g.phases[i].id, prefix, fmt::format("{} ({}/{})", g.phases[i].title, g.phases[i].done, g.phases[i].total));
    for (const Project& p : g.projects)
      if (p.phase == static_cast<int>(i)) candidate(ctx, p.id, prefix, fmt::format("{} {}", p.done ? "[x]" : "[ ]", p.text));
  }
}

// Values that depend on the roadmap or the day: IDs, learning paths, dates, commands.
void live_values(Context& ctx, const LineRoadmap& line, Completes what, std::string_view prefix, std::string_view lead) {
  if (what == Completes::Nothing) return;
  if (what == Completes::Commands) {
    for (const CommandSpec& c : all_commands())
      if (!c.hidden) candidate(ctx, c.name, prefix, _(c.summary.c_str()));
    return;
  }
  if (what == Completes::Dates) {
    const Date now = today(ctx);
    for (const std::string& d : {std::string("today"), std::string("yesterday"), format_date(now), format_date(now - std::chrono::days(1))})
      candidate(ctx, fmt::format("{}{}", lead, d), prefix, "");
    return;
  }
  GlobalOptions g = ctx.globals();
  g.quiet = true;
  if (!line.roadmap.empty()) g.roadmap_file = expand_home(line.roadmap, ctx.env().home);
  Environment env = ctx.env();
  if (!line.dir.empty()) {
    std::string d = expand_home(line.dir, ctx.env().home);
    env.cwd = d[0] == '/' ? d : io::join_path(env.cwd, d);
    if (!g.roadmap_file.empty() && g.roadmap_file[0] != '/') g.roadmap_file = io::join_path(env.cwd, g.roadmap_file);
  }
  Context sub(g, env);
  if (what != Completes::PathNames) return ids(ctx, sub, what, prefix);
  for (const LearningPath& p : load_guide(sub.roadmap()).paths)
    candidate(ctx, fmt::format("{}{}", lead, p.name), prefix, "");
}

// Values an option takes: a fixed set, live values, or a directive asking the shell for file names.
void option_values(Context& ctx, const LineRoadmap& line, const OptionSpec& o, std::string_view prefix,
                   std::string_view lead) {
  if (!o.choices.empty()) {
    for (const std::string& v : o.choices) candidate(ctx, fmt::format("{}{}", lead, v), prefix, "");
  } else if (o.completes != Completes::Nothing) {
    live_values(ctx, line, o.completes, prefix, lead);
  } else if (o.value_name == "DIR") {
    ctx.out += ":dirs\n";
  } else if (o.value_name == "FILE") {
    ctx.out += ":files\n";
  }
}

}  // namespace

void complete_words(Context& ctx, const std::vector<std::string>& words) {
  const std::string cur = words.empty() ? std::string() : words.back();
  const CommandSpec* cmd = nullptr;
  LineRoadmap line;
  std::size_t positionals = 0;
  const OptionSpec* pending = nullptr;  // the option before `cur` wants a value
  bool after_dashdash = false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    if (pending) {
      if (option_key(pending->names) == "C") line.dir = w;
      if (option_key(pending->names) == "roadmap") line.roadmap = w;
      pending = nullptr;
      continue;
    }
    if (!after_dashdash && w == "--") {
      after_dashdash = true;
    } else if (!after_dashdash && w.size() > 1 && w[0] == '-') {
      std::size_t eq = w.find('=');
      const OptionSpec* o = find_option(options_for(cmd), w.substr(0, eq));
      if (o && !o->value_name.empty()) {
        if (eq == std::string::npos) pending = o;
        else if (option_key(o->names) == "C") line.dir = w.substr(eq + 1);
        else if (option_key(o->names) == "roadmap") line.roadmap = w.substr(eq + 1);
      }
    } else if (!cmd) {
      cmd = find_command(w);
      if (!cmd) return;  // an unknown command: nothing sensible to offer
    } else {
      ++positionals;
    }
  }
  if (pending) return option_values(ctx, line, *pending, cur, "");
  if (!after_dashdash && starts_with(cur, "-")) {
    std::size_t eq = cur.find('=');
    if (starts_with(cur, "--") && eq != std::string::npos) {
      if (const OptionSpec* o = find_option(options_for(cmd), cur.substr(0, eq)))
        option_values(ctx, line, *o, cur, cur.substr(0, eq + 1));
      return;
    }
    for (const OptionSpec* o : options_for(cmd))
      for (const std::string& n : option_names(o->names)) candidate(ctx, n, cur, _(o->help.c_str()));
    return;
  }
  if (!cmd) {
    for (const CommandSpec& c : all_commands())
      if (!c.hidden) candidate(ctx, c.name, cur, _(c.summary.c_str()));
    return;
  }
  // The positional this word fills: the last one repeats when it takes many values.
  const PositionalSpec* p = nullptr;
  if (positionals < cmd->positionals.size()) p = &cmd->positionals[positionals];
  else if (!cmd->positionals.empty() && cmd->positionals.back().many) p = &cmd->positionals.back();
  if (!p) return;
  for (const std::string& v : p->choices) candidate(ctx, v, cur, "");
  live_values(ctx, line, p->completes, cur, "");
}


namespace {

// The command table as text, for the man-page drift test and anyone curious:
// "command NAME<TAB>SUMMARY", "option NAME<TAB>NAMES<TAB>VALUE<TAB>HELP" (NAME "-" for the
// global options), "positional NAME<TAB>POSITIONAL<TAB>HELP".
void print_table(Context& ctx) {
  for (const OptionSpec& o : global_options())
    ctx.out += fmt::format("option -\t{}\t{}\t{}\n", o.names, o.value_name, one_line(_(o.help.c_str())));
  for (const CommandSpec& c : all_commands()) {
    if (c.hidden) continue;
    ctx.out += fmt::format("command {}\t{}\n", c.name, one_line(_(c.summary.c_str())));
    for (const OptionSpec& o : c.options)
      ctx.out += fmt::format("option {}\t{}\t{}\t{}\n", c.name, o.names, o.value_name, one_line(_(o.help.c_str())));
    for (const PositionalSpec& p : c.positionals)
      ctx.out += fmt::format("positional {}\t{}\t{}\n", c.name, p.name, one_line(_(p.help.c_str())));
  }
}

int run_complete(Context& ctx, const Args& args) {
  std::vector<std::string> words = args.all("WORDS");
  std::string what = words.empty() ? std::string() : words.front();
  if (!words.empty()) words.erase(words.begin());
  if (what == "words") {
    if (words.empty()) words.emplace_back();
    complete_words(ctx, words);
  } else if (what == "ids") {
    live_values(ctx, {}, Completes::IdsAndProjects, words.empty() ? std::string() : words.front(), "");
  } else if (what == "table") {
    print_table(ctx);
  } else {
    throw CliError(input_error(_f("__complete: unknown request '{}'", what)),
                   _("use: llm101 __complete words WORD...; ids [PREFIX]; table"));
  }
  return 0;
}

}  // namespace

CommandSpec complete_command() {
  return {
      .name = "__complete",
      .summary = N_("Completion helper for the shell scripts in completions/"),
      .examples = N_("  llm101 __complete words check 3.1.      IDs (with titles) that may follow\n"
                  "  llm101 __complete ids 3.1.              the same, for this workspace\n"
                  "  llm101 __complete table                 commands and options, one per line\n"),
      .options = {},
      .positionals = {{"WORDS", N_("words, ids or table, then its arguments"), true, false}},
      .needs = Needs::Nothing,
      .hidden = true,
      .run = run_complete,
  };
}

}  // namespace llm101::cli
