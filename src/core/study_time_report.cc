// `stats`'s time per stage, section and item, and the forecast (see study_time_report.h).
#include "core/study_time_report.h"

#include <fmt/format.h>

#include <cmath>

#include "core/i18n.h"
#include "core/item_report.h"
#include "core/json.h"
#include "core/study_time.h"
#include "core/text.h"

namespace llm101 {
namespace {

// Minutes of one stage or section: all its items' time, and the part logged with --item.
struct Sum {
  std::int64_t minutes = 0, attributed = 0;
};

StudyTime compute(const StatsInput& in) {
  return study_time(*in.roadmap, *in.entries, item_dates(*in.roadmap, *in.entries), in.today);
}

Sum sum_items(const Roadmap& rm, const StudyTime& st, int stage, int section) {
  Sum s;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    if (rm.items[i].stage != stage || (section >= 0 && rm.items[i].section != section)) continue;
    s.minutes += st.items[i].minutes();
    s.attributed += st.items[i].attributed;
  }
  return s;
}

std::string time_cell(const Sum& s) {
  if (s.attributed == 0) return format_hours_short(s.minutes);
  return _f("{} ({} with --item)", format_hours_short(s.minutes), format_hours_short(s.attributed));
}

std::string per_stage_lines(const Roadmap& rm, const StudyTime& st) {
  std::string out;
  for (std::size_t s = 0; s < rm.stages.size(); ++s) {
    const Stage& stage = rm.stages[s];
    const Sum total = sum_items(rm, st, static_cast<int>(s), -1);
    if (total.minutes == 0) continue;
    out += fmt::format("{}  {}  {}\n", stage.id, stage.title, time_cell(total));
    for (std::size_t k = 0; k < stage.sections.size(); ++k) {
      const Sum sec = sum_items(rm, st, static_cast<int>(s), static_cast<int>(k));
      if (sec.minutes > 0)
        out += fmt::format("  {}  {}  {}\n", stage.sections[k].id, stage.sections[k].title, time_cell(sec));
    }
  }
  return out;
}

std::string days_lines(const Roadmap& rm, const StudyTime& st) {
  std::string out;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const ItemStudy& s = st.items[i];
    if (!s.days) continue;
    out += fmt::format("{}  {}  {}\n", rm.items[i].id, rm.items[i].text,
                       _nf("{} day, {}", "{} days, {}", static_cast<unsigned long>(*s.days), *s.days,
                           format_hours_short(s.minutes())));
  }
  return out;
}

std::string forecast_line(const PaceForecast& f) {
  if (f.remaining == 0) return _("Forecast: no items left") + std::string("\n");
  if (!f.finish)
    return _("Forecast: none yet (it needs done items with study time and hours in the last 4 weeks)") +
           std::string("\n");
  const auto per_item = static_cast<std::int64_t>(std::llround(*f.minutes_per_item));
  const auto per_day = static_cast<std::int64_t>(std::llround(f.minutes_per_day));
  return _nf("Forecast: {} item left at {} each and {} a day (last 4 weeks): done {}\n",
             "Forecast: {} items left at {} each and {} a day (last 4 weeks): done {}\n",
             static_cast<unsigned long>(f.remaining), f.remaining, format_hours_short(per_item),
             format_hours_short(per_day), display_date(*f.finish));
}

toml::table sum_json(const Sum& s) {
  toml::table t;
  t.insert("hours", minutes_to_hours(s.minutes));
  t.insert("minutes", s.minutes);
  t.insert("attributed_hours", minutes_to_hours(s.attributed));
  return t;
}

toml::array stages_json(const Roadmap& rm, const StudyTime& st) {
  toml::array stages;
  for (std::size_t s = 0; s < rm.stages.size(); ++s) {
    toml::table t = sum_json(sum_items(rm, st, static_cast<int>(s), -1));
    t.insert("id", rm.stages[s].id);
    t.insert("title", rm.stages[s].title);
    toml::array sections;
    for (std::size_t k = 0; k < rm.stages[s].sections.size(); ++k) {
      toml::table sec = sum_json(sum_items(rm, st, static_cast<int>(s), static_cast<int>(k)));
      sec.insert("id", rm.stages[s].sections[k].id);
      sec.insert("title", rm.stages[s].sections[k].title);
      sections.push_back(std::move(sec));
    }
    t.insert("sections", std::move(sections));
    stages.push_back(std::move(t));
  }
  return stages;
}

toml::array items_time_json(const Roadmap& rm, const StudyTime& st) {
  toml::array items;
  for (std::size_t i = 0; i < rm.items.size(); ++i) {
    const ItemStudy& s = st.items[i];
    toml::table t = sum_json({s.minutes(), s.attributed});
    t.insert("id", rm.items[i].id);
    insert_or_null(t, "days", s.days);
    items.push_back(std::move(t));
  }
  return items;
}

toml::table forecast_json(const PaceForecast& f) {
  auto round2 = [](double v) { return std::round(v * 100) / 100; };
  toml::table t;
  t.insert("remaining", f.remaining);
  insert_or_null(t, "hours_per_item",
                 f.minutes_per_item ? std::optional<double>(round2(*f.minutes_per_item / 60.0)) : std::nullopt);
  insert_or_null(t, "days_per_item", f.days_per_item ? std::optional<double>(round2(*f.days_per_item)) : std::nullopt);
  t.insert("hours_per_day", round2(f.minutes_per_day / 60.0));
  insert_or_null(t, "finish", f.finish ? std::optional<std::string>(format_date(*f.finish)) : std::nullopt);
  return t;
}

}  // namespace

std::string study_time_lines(const StatsInput& in, const Style& style) {
  const Roadmap& rm = *in.roadmap;
  const StudyTime st = compute(in);
  std::string out = fmt::format("\n{}\n", style.bold(_("Time per stage and section")));
  const std::string stages = per_stage_lines(rm, st);
  out += stages.empty() ? _("none yet: log --item ID gives hours to items, and start ID dates what is in progress\n")
                        : stages;
  if (st.unassigned > 0) out += style.dim(_f("not given to any item: {}", format_hours_short(st.unassigned))) + "\n";
  if (const std::string days = days_lines(rm, st); !days.empty())
    out += fmt::format("\n{}\n{}", style.bold(_("Days from start to done")), days);
  out += "\n" + forecast_line(st.forecast);
  return out;
}

toml::table study_time_json(const StatsInput& in) {
  const Roadmap& rm = *in.roadmap;
  const StudyTime st = compute(in);
  toml::table t;
  t.insert("stages", stages_json(rm, st));
  t.insert("items", items_time_json(rm, st));
  t.insert("unassigned_hours", minutes_to_hours(st.unassigned));
  t.insert("forecast", forecast_json(st.forecast));
  return t;
}

}  // namespace llm101
