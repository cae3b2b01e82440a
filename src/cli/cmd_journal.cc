// llm101 journal [--since D] [--until D] [--json]: the entries with their hours, then totals per
// week and per month.
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/journal_support.h"
#include "core/i18n.h"

namespace llm101::cli {
namespace {

Date date_option(const Args& args, std::string_view name, Date now) {
  std::string v = args.get(name);
  auto d = parse_date_arg(v, now);
  if (!d) throw CliError(input_error(_f("--{}: '{}' is not a date (use YYYY-MM-DD, today or yesterday)", name, v)));
  return *d;
}

int run_journal(Context& ctx, const Args& args) {
  const Date now = today(ctx);
  const JournalPlace place = require_journal(ctx);
  std::optional<Date> since, until;
  if (args.has("since")) since = date_option(args, "since", now);
  if (args.has("until")) until = date_option(args, "until", now);
  if (since && until && *since > *until)  // an empty range is a mistake, not "no entries"
    throw CliError(input_error(_f("--since {} is after --until {}: no day is in that range", args.get("since"),
                                  args.get("until"))),
                   _("swap the two dates"));
  std::vector<JournalEntry> all = load_journal(ctx, place, true);
  std::vector<JournalEntry> shown;
  for (JournalEntry& e : all) {
    Date d = *parse_date(e.date);
    if ((since && d < *since) || (until && d > *until)) continue;
    shown.push_back(std::move(e));
  }
  ctx.out += args.has("json") ? journal_json(shown) : render_journal(shown, place.settings.week_start, ctx.style());
  return 0;
}

}  // namespace

CommandSpec journal_command() {
  return {
      .name = "journal",
      .summary = N_("List journal entries with their hours; totals per week and month"),
      .examples = N_("  llm101 journal                          every entry\n"
                  "  llm101 journal --since 2026-11-01       this month\n"
                  "  llm101 journal --json | jq '[.[].hours] | add'\n"),
      .options = {{"--since", N_("Only entries on or after DATE (YYYY-MM-DD, today, yesterday)"), "DATE", "", {}, false, Completes::Dates},
                  {"--until", N_("Only entries on or before DATE"), "DATE", "", {}, false, Completes::Dates},
                  {"--json", N_("Print JSON: [{date, hours, minutes, file, studied, completed, started, problems, next}]"), "", ""}},
      .positionals = {},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_journal,
  };
}

}  // namespace llm101::cli
