// llm101 list [ID|WORD]...: items with their IDs, filtered by scope, words and state.
#include "cli/commands.h"
#include "cli/context.h"
#include "core/i18n.h"
#include "core/search.h"
#include "core/text.h"

namespace llm101::cli {
namespace {

// Which stage and section titles the words matched (their items are all listed), on stderr, so
// a list longer than the words suggest is explained.
void say_matched(Context& ctx, const WordMatch& m) {
  for (const Stage* st : m.stages) ctx.note(_f("matched stage {} {}", st->id, st->title));
  for (const Section* sec : m.sections) ctx.note(_f("matched section {} {}", sec->id, sec->title));
  if ((m.stages.empty() && m.sections.empty()) || m.by_text == 0) return;
  ctx.note(_nf("and {} more item by its own text", "and {} more items by their own text", m.by_text, m.by_text));
}

int run_list(Context& ctx, const Args& args) {
  const RoadmapFile& file = ctx.roadmap();
  const Roadmap& rm = file.roadmap;
  int filters = args.has("todo") + args.has("done") + args.has("active") + args.has("skipped");
  if (filters > 1) throw CliError(input_error(_("--todo, --done, --active and --skipped exclude each other")));
  // Arguments shaped like IDs narrow the scope; anything else is a word the text must contain.
  std::vector<std::string> ids, words;
  for (const std::string& a : args.all("FILTER")) (looks_like_id(a) ? ids : words).push_back(a);
  std::vector<std::size_t> items;
  if (!ids.empty()) {
    items = resolve_ids(file, ids);
  } else {
    items.resize(rm.items.size());
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = i;
  }
  if (!words.empty()) {
    WordMatch m = match_words(rm, words, items);
    say_matched(ctx, m);
    items = std::move(m.items);
  }
  std::erase_if(items, [&](std::size_t i) {
    const TaskItem& it = rm.items[i];
    // To do: open or in progress; a skipped item is not to do.
    if (args.has("todo") && (it.state == ItemState::Done || it.state == ItemState::Skipped)) return true;
    if (args.has("done") && !it.done) return true;
    if (args.has("active") && it.state != ItemState::Doing) return true;
    if (args.has("skipped") && it.state != ItemState::Skipped) return true;
    return false;
  });
  if (args.has("json")) {
    append_output(ctx.out, items_json(rm, items));
  } else {
    ctx.out += render_items(rm, items, ctx.style());
    if (items.empty() && !words.empty()) ctx.note(_("no item matches"));
  }
  return 0;
}

}  // namespace

CommandSpec list_command() {
  return {
      .name = "list",
      .summary = N_("List items with their IDs; filter by ID, words or state"),
      .examples = N_("  llm101 list                   every item\n"
                  "  llm101 list 3 --todo          open items of stage 3\n"
                  "  llm101 list 注意力            items whose text contains 注意力\n"
                  "  llm101 list Transformer       the items of stage 3 (its title holds the word)\n"
                  "  llm101 list --active          what you are studying now\n"
                  "  llm101 list --json | jq -r '.[] | select(.done) | .id'\n"),
      .options = {{"--todo", N_("Only items to do: open or in progress"), "", ""},
                  {"--done", N_("Only checked items"), "", ""},
                  {"--active", N_("Only items in progress (see 'llm101 start')"), "", ""},
                  {"--skipped", N_("Only skipped items (see 'llm101 skip')"), "", ""},
                  {"--json", N_("Print JSON: [{id, text, done, state, line, stage, section}]"), "", ""}},
      .positionals = {{"FILTER", N_("IDs (3, 3.1, 3.1.2) to narrow to, or words to find in the item text or its stage or section title"), true, false, {}, Completes::Ids}},
      .needs = Needs::Roadmap,
      .hidden = false,
      .run = run_list,
  };
}

}  // namespace llm101::cli
