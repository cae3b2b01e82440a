// The front end: builds the CLI11 parser from the command declarations, runs one command with
// the environment main read, prints its output, and maps every failure onto the exit-status
// contract (0 success, 1 failure, 2 usage or input error). The only file that includes CLI11.
#include "cli/app.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/command.h"
#include "cli/context.h"
#include "cli/language.h"
#include "cli/output.h"
#include "cli/parse_error.h"
#include "core/i18n.h"
#include "core/date.h"
#include "core/text.h"
#include "io/fs.h"

#ifndef LLM101_VERSION
#define LLM101_VERSION "0.0.0"
#endif

namespace llm101::cli {
namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void print_error(const std::string& message, const std::string& hint) {
  write_diagnostic(_f("llm101: error: {}", message));
  if (!hint.empty()) write_diagnostic(_f("hint: {}", hint));
}

// The translation of a command-table text (marked with N_() in the table).
std::string tr(const std::string& msgid) { return _(msgid.c_str()); }

// CLI11's own words in --help, and the group names options and commands are listed under.
void translate_help(CLI::App& app) {
  const auto& f = app.get_formatter();
  for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("Positionals"),
                            N_("REQUIRED")})
    f->label(label, _(label));
  app.option_defaults()->group(_("Options"));
}

// A command's subcommand (or, with no spec, the top level and its global options) with the
// CLI11 options its declaration asks for.
struct Bound {
  struct Opt {
    std::string key;
    CLI::Option* opt;
    std::vector<std::string> choices;
  };
  const CommandSpec* spec;
  CLI::App* sub;
  std::vector<Opt> options;
};

// The top-level parser with its help text and the global options bound to `g`.
Bound add_global_options(CLI::App& app, GlobalOptions& g) {
  Bound b{nullptr, &app, {}};
  app.require_subcommand(0, 1);
  app.fallthrough();
  translate_help(app);
  app.footer(_(
      "Examples:\n"
      "  llm101 status                 progress per stage and section\n"
      "  llm101 init                   start a workspace here (roadmap.md, llm101.toml, journal/)\n"
      "  llm101 check 3.1.2            tick 多头注意力; roadmap.md changes by one byte\n"
      "  llm101 next                   the next open item\n"
      "  llm101 list 注意力            find items (and their IDs) by text\n"
      "  llm101 log --hours 2 \"读了 Attention Is All You Need\"   today's journal entry\n"
      "  llm101 stats                  streaks, hours per week, calendar, pace per stage\n"
      "  llm101 status --json | jq .done\n"
      "\n"
      "Exit status: 0 success, 1 failure, 2 usage or input error.\n"
      "Run 'llm101 COMMAND --help' for a command's options, 'man llm101' for the manual."));
  // Names and help from global_options() (registry.cc), bound here by key.
  for (const OptionSpec& o : global_options()) {
    const std::string key = option_key(o.names);
    const std::string help = tr(o.help);
    CLI::Option* opt = nullptr;
    if (key == "C") opt = app.add_option(o.names, g.directory, help);
    else if (key == "roadmap") opt = app.add_option(o.names, g.roadmap_file, help);
    else if (key == "color") opt = app.add_option(o.names, g.color, help)->check(CLI::IsMember(o.choices));
    else if (key == "quiet") opt = app.add_flag(o.names, g.quiet, help);
    else if (key == "help") app.set_help_flag(o.names, help);
    else if (key == "version") app.set_version_flag(o.names, std::string("llm101 ") + LLM101_VERSION, help);
    if (opt && !o.value_name.empty()) opt->type_name(o.value_name);
    if (opt) b.options.push_back({key, opt, o.choices});
  }
  return b;
}


Bound bind_command(CLI::App& app, const CommandSpec& spec, std::deque<std::vector<std::string>>& storage) {
  CLI::App* sub = app.add_subcommand(spec.name, tr(spec.summary));
  sub->group(spec.hidden ? "" : _("Subcommands"));
  // CLI11 makes a subcommand's -h before it copies the option defaults: name its group here.
  if (CLI::Option* help = sub->get_help_ptr()) help->group(_("Options"));
  if (!spec.examples.empty()) sub->footer(_("Examples:\n") + tr(spec.examples));
  sub->fallthrough();
  Bound b{&spec, sub, {}};
  for (const OptionSpec& o : spec.options) {
    const std::string help = tr(o.help);  // CLI11 wants an lvalue here
    CLI::Option* opt = o.value_name.empty() ? sub->add_flag(o.names, help) : sub->add_option(o.names, help);
    if (!o.value_name.empty()) {
      opt->type_name(o.value_name);
      if (!o.default_value.empty()) opt->default_str(o.default_value);
      if (!o.choices.empty()) opt->check(CLI::IsMember(o.choices));
      if (o.repeatable) opt->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    }
    b.options.push_back({option_key(o.names), opt, o.choices});
  }
  for (const PositionalSpec& p : spec.positionals) {
    // Hidden helpers take their words raw, options and "--" included: the completion
    // scripts pass whatever the user has typed so far.
    if (spec.hidden) {
      sub->prefix_command()->allow_extras()->fallthrough(false);
      continue;
    }
    const std::string help = tr(p.help);
    CLI::Option* opt = p.many ? sub->add_option(p.name, storage.emplace_back(), help) : sub->add_option(p.name, help);
    if (p.required) opt->required();
    if (!p.choices.empty()) opt->check(CLI::IsMember(p.choices));
    b.options.push_back({p.name, opt, p.choices});
  }
  return b;
}

// The chosen command's arguments, keyed as its declaration names them.
Args collect_args(const Bound& chosen) {
  Args args;
  for (const Bound::Opt& o : chosen.options)
    if (o.opt->count() > 0) args.set(o.key, o.opt->results());
  if (chosen.spec->hidden && !chosen.spec->positionals.empty())
    args.set(chosen.spec->positionals.front().name, chosen.sub->remaining());
  return args;
}

// CLI11's usage error in llm101's words: the exception's type says what went wrong, the
// parser's state (which option got how many values) says where. Other errors keep CLI11's text.
std::pair<std::string, std::string> usage_error(const CLI::ParseError& e, const CLI::App& app,
                                                const std::vector<Bound>& bound, const Bound& globals) {
  const Bound* chosen = nullptr;
  for (const Bound& b : bound)
    if (b.sub->parsed()) chosen = &b;
  const CommandSpec* cmd = chosen ? chosen->spec : nullptr;
  const std::string hint = cmd ? _f("run 'llm101 help {}' for its usage", cmd->name) : _("run 'llm101 help' for usage");
  // The message about an argument of the command starts with the command's name.
  auto said = [&](bool own, const std::string& message, std::string h = {}) {
    return std::pair{own && cmd ? _f("{}: {}", cmd->name, message) : message, h.empty() ? hint : h};
  };
  std::vector<std::pair<bool, const Bound::Opt*>> opts;  // (the command's own, option)
  if (chosen)
    for (const Bound::Opt& o : chosen->options) opts.emplace_back(true, &o);
  for (const Bound::Opt& o : globals.options) opts.emplace_back(false, &o);
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    const std::vector<std::string> extras = app.remaining(true);
    if (!extras.empty() && extras.front().size() > 1 && extras.front()[0] == '-') {
      const std::string& w = extras.front();
      std::string s = suggest_option(cmd, w);
      return said(true, _f("unknown option '{}'", w.substr(0, w.find('='))), s.empty() ? "" : _f("did you mean '{}'?", s));
    }
    if (!extras.empty()) return said(true, _f("unexpected argument '{}'", extras.front()));
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    for (const auto& [own, o] : opts)
      if (o->opt->count() > 1 && o->opt->get_multi_option_policy() != CLI::MultiOptionPolicy::TakeAll)
        return said(own, _f("{} given more than once", o->opt->get_name()));
    // No option has too many values: one has none. CLI11 names it first in its message.
    const std::string_view what = e.what();
    for (const auto& [own, o] : opts)
      if (what.starts_with(o->opt->get_name() + ": "))
        return said(own, _f("{} needs a value ({})", o->opt->get_name(), o->opt->get_type_name()));
  } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    for (const auto& [own, o] : opts)
      for (const std::string& v : o->choices.empty() ? std::vector<std::string>{} : o->opt->results())
        if (std::find(o->choices.begin(), o->choices.end(), v) == o->choices.end())
          return said(own, _f("{}: '{}' is not one of: {}", o->opt->get_name(), v, fmt::join(o->choices, ", ")));
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    for (const auto& [own, o] : opts)
      if (o->opt->get_required() && o->opt->count() == 0) return said(own, _f("missing {}", o->opt->get_name()));
  }
  return said(false, translate_parse_error(e.what()));
}

// `llm101 help [COMMAND]`: what --help prints, made by the same formatter from the same parser.
std::function<std::optional<std::string>(std::string_view)> help_texts(const CLI::App& app,
                                                                        const std::vector<Bound>& bound) {
  return [&app, &bound](std::string_view name) -> std::optional<std::string> {
    if (name.empty()) return app.get_formatter()->make_help(&app, "llm101", CLI::AppFormatMode::Normal);
    for (const Bound& b : bound)
      if (b.spec->name == name)
        return b.sub->get_formatter()->make_help(b.sub, "llm101 " + b.spec->name, CLI::AppFormatMode::Normal);
    return std::nullopt;
  };
}

// Runs the command (status when none was given) and prints its output; the exit status.
int run_command(Context& ctx, const CommandSpec* spec, const Args& args) {
  int code = 0;
  try {
    if (!spec) {
      // No command: a learner's most common question is "where am I?".
      for (const CommandSpec& c : all_commands())
        if (c.name == "status") code = c.run(ctx, Args{});
    } else {
      ctx.json_output = args.has("json");
      ctx.writes = spec->needs == Needs::Workspace;
      if (ctx.writes) ctx.require_writable();
      code = spec->run(ctx, args);
    }
  } catch (const CliError& e) {
    if (!ctx.flush()) return kExitFailure;
    print_error(e.diagnostic().format(), e.hint());
    return e.diagnostic().kind == ErrorKind::Input ? kExitUsage : kExitFailure;
  } catch (const std::exception& e) {
    ctx.flush();
    print_error(e.what(), {});
    return kExitFailure;
  }
  if (!ctx.flush()) return kExitFailure;
  return code;
}

}  // namespace

int run(int argc, char** argv, Environment env) {
  ::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE, handled in write_stdout
  // Past a file-size limit (ulimit -f) a write fails with EFBIG and the original file is kept,
  // instead of the signal killing us mid-write.
  ::signal(SIGXFSZ, SIG_IGN);

  setup_language(argc, argv, env);  // before any text is built
  CLI::App app{_("llm101 — a checklist and study journal for the LLM101 roadmap.\n"
                 "Keep roadmap.md (GFM task lists) and a daily journal in your own git repo;\n"
                 "llm101 ticks items off in place and reports your progress."),
               "llm101"};
  GlobalOptions g;
  const Bound globals = add_global_options(app, g);
  std::vector<Bound> bound;
  std::deque<std::vector<std::string>> storage;  // stable addresses for CLI11 to fill
  for (const CommandSpec& spec : all_commands()) bound.push_back(bind_command(app, spec, storage));

  // Catch a mistyped command before CLI11 reports it as a stray argument.
  std::vector<std::string_view> words(argv + 1, argv + argc);
  if (auto typo = unknown_command(words)) {
    std::string s = suggest_command(*typo);
    print_error(_f("unknown command '{}'", *typo),
                s.empty() ? _("run 'llm101 --help' for the list of commands") : _f("did you mean 'llm101 {}'?", s));
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      app.exit(e);  // --help, --version: print to stdout, exit 0
      return 0;
    }
    auto [message, hint] = usage_error(e, app, bound, globals);
    print_error(message, hint);
    return kExitUsage;
  }
  const Bound* chosen = nullptr;
  for (const Bound& b : bound)
    if (b.sub->parsed()) chosen = &b;

  if (!parse_date(env.today)) {
    print_error(_f("LLM101_TODAY: '{}' is not a date from {}-01-01 to {}-12-31 (use YYYY-MM-DD)", env.today,
                            kFirstYear, kLastYear),
                {});
    return kExitUsage;
  }
  if (!g.directory.empty()) {
    if (::chdir(g.directory.c_str()) != 0) {
      print_error(fmt::format("-C {}: {}", g.directory, std::strerror(errno)), {});
      return kExitUsage;
    }
    env.cwd = io::current_directory();
  }
  Context ctx(g, std::move(env));
  ctx.help_text = help_texts(app, bound);
  return run_command(ctx, chosen ? chosen->spec : nullptr, chosen ? collect_args(*chosen) : Args{});
}

}  // namespace llm101::cli
