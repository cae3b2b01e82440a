// The front end: builds the CLI11 parser from the command declarations, runs one command with
// the environment main read, prints its output, and maps every failure onto the exit-status
// contract (0 success, 1 failure, 2 usage or input error). The only file that includes CLI11.
#include "cli/app.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <deque>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

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

// The top-level parser with its help text and the global options bound to `g`.
void add_global_options(CLI::App& app, GlobalOptions& g) {
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
    else if (key == "color") opt = app.add_option(o.names, g.color, help)->check(CLI::IsMember({"auto", "always", "never"}));
    else if (key == "quiet") opt = app.add_flag(o.names, g.quiet, help);
    else if (key == "help") app.set_help_flag(o.names, help);
    else if (key == "version") app.set_version_flag(o.names, std::string("llm101 ") + LLM101_VERSION, help);
    if (opt && !o.value_name.empty()) opt->type_name(o.value_name);
  }
}

// A command's subcommand with the CLI11 options its declaration asks for.
struct Bound {
  const CommandSpec* spec;
  CLI::App* sub;
  std::vector<std::pair<std::string, CLI::Option*>> options;
};

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
    b.options.emplace_back(option_key(o.names), opt);
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
    b.options.emplace_back(p.name, opt);
  }
  return b;
}

// The chosen command's arguments, keyed as its declaration names them.
Args collect_args(const Bound& chosen) {
  Args args;
  for (const auto& [key, opt] : chosen.options)
    if (opt->count() > 0) args.set(key, opt->results());
  if (chosen.spec->hidden && !chosen.spec->positionals.empty())
    args.set(chosen.spec->positionals.front().name, chosen.sub->remaining());
  return args;
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
  add_global_options(app, g);
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
    print_error(translate_parse_error(e.what()), _("run 'llm101 --help' (or 'llm101 COMMAND --help') for usage"));
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
  return run_command(ctx, chosen ? chosen->spec : nullptr, chosen ? collect_args(*chosen) : Args{});
}

}  // namespace llm101::cli
