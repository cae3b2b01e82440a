// How a command declares itself: name, help, examples, options and what it needs. The registry
// (registry.cc) lists them all; app.cc turns the declarations into the CLI11 parser, so help,
// the man page test and the completions all read one source of truth. Command files never see
// CLI11.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace llm101::cli {

class Context;

// What the shell completes for a value, besides its fixed `choices`: read from the roadmap the
// command line would use (cmd_complete.cc).
enum class Completes {
  Nothing,
  Ids,                // stages, sections and items
  IdsAndProjects,     // those and practice projects (P1, P1.1)
  Items,              // items only
  StagesAndSections,  // what resources accepts
  PathNames,          // the roadmap's learning paths
  Dates,              // today, yesterday, today's date
  Commands,           // the visible commands
};

struct OptionSpec {
  std::string names;       // CLI11 form: "-n,--count" or "--json"
  std::string help;
  std::string value_name;  // empty: a flag without a value
  std::string default_value;
  std::vector<std::string> choices = {};  // the values it accepts (checked, and completed); empty: any
  bool repeatable = false;  // may be given more than once; every value is kept
  Completes completes = Completes::Nothing;
};

struct PositionalSpec {
  std::string name;        // "ID"
  std::string help;
  bool many = false;       // takes any number of values
  bool required = false;
  std::vector<std::string> choices = {};  // as OptionSpec::choices
  Completes completes = Completes::Nothing;
};

// What a command needs before it runs.
enum class Needs {
  Nothing,    // runs anywhere (init, help helpers)
  Roadmap,    // reads the roadmap: the workspace's, --roadmap FILE, or the built-in one
  Workspace,  // writes: a workspace (or --roadmap FILE) is required
};

// Parsed arguments, keyed by an option's long name without dashes or a positional's name.
class Args {
 public:
  bool has(std::string_view name) const;
  std::string get(std::string_view name, std::string_view fallback = {}) const;
  const std::vector<std::string>& all(std::string_view name) const;
  void set(std::string name, std::vector<std::string> values);

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

struct CommandSpec {
  std::string name;
  std::string summary;   // one line, shown in the command list
  std::string examples;  // shown after the options in --help
  std::vector<OptionSpec> options;
  std::vector<PositionalSpec> positionals;
  Needs needs = Needs::Roadmap;
  bool hidden = false;   // helpers for completion scripts: not in --help; the first positional
                         // gets every word after the command raw (options and "--" too)
  int (*run)(Context& ctx, const Args& args) = nullptr;
};

// Every command, in the order `llm101 --help` lists them.
const std::vector<CommandSpec>& all_commands();

// The options taken before (or after) any command, -h and -V included; app.cc binds them.
const std::vector<OptionSpec>& global_options();

// Long option name: "-n,--count" → "count"; "--json" → "json".
std::string option_key(std::string_view names);

// The first word of a command line (after "llm101") that stands where a command goes but names
// none, skipping global options and their values; nullopt when there is none.
std::optional<std::string_view> unknown_command(const std::vector<std::string_view>& words);

// The visible command a mistyped name was probably meant to be ("stauts" → "status"); empty
// when none is close.
std::string suggest_command(std::string_view typo);

// The option of `command` (nullptr: none chosen) or a global one that a mistyped option was
// probably meant to be ("--jsn" → "--json", "--hour=2" → "--hours"); empty when none is close.
std::string suggest_option(const CommandSpec* command, std::string_view typo);

// The spellings in a CLI11 names string: "-n,--count" → {"-n", "--count"}.
std::vector<std::string> option_names(std::string_view names);

}  // namespace llm101::cli
