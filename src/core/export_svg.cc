#include "core/export_svg.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/hours.h"
#include "core/markup.h"
#include "core/report.h"
#include "core/text.h"

namespace llm101 {
namespace {

struct Palette {
  const char* bg;
  const char* border;
  const char* text;
  const char* muted;
  const char* track;
  const char* fill;
  const char* levels[5];
};

constexpr Palette kLight{"#ffffff", "#d0d7de", "#1f2328", "#59636e", "#eff2f5", "#2da44e",
                         {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"}};
constexpr Palette kDark{"#0d1117", "#30363d", "#e6edf3", "#9198a1", "#21262d", "#2ea043",
                        {"#161b22", "#0e4429", "#006d32", "#26a641", "#39d353"}};

const Palette& palette(SvgTheme t) { return t == SvgTheme::Dark ? kDark : kLight; }

// Chinese first among the fallbacks a reader's system is likely to have; the Latin faces come
// first so ASCII keeps its usual look.
constexpr const char* kFonts =
    "-apple-system,'Segoe UI',Helvetica,Arial,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',"
    "'Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

// A 12px glyph is at most 12px wide and a CJK character takes two cells: 7px per cell keeps
// text clear of what follows it.
constexpr int kCellPx = 7;

// The opening of every picture: size, accessible title, styles (class names prefixed so the SVG
// can be inlined into HTML without touching the page) and the framed background.
std::string svg_open(int w, int h, const Palette& p, std::string_view title) {
  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"llm101\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\">\n<title>{2}</title>\n",
      w, h, escape_markup(title));
  s += fmt::format(
      "<style>svg.llm101 text{{font-family:{0};font-size:12px;fill:{1}}}"
      "svg.llm101 .llm-m{{fill:{2}}}svg.llm101 .llm-s{{font-size:10px}}svg.llm101 .llm-b{{font-weight:600}}"
      "svg.llm101 .llm-t{{font-size:15px;font-weight:600}}svg.llm101 .llm-big{{font-size:28px;font-weight:700}}"
      "svg.llm101 .llm-e{{text-anchor:end}}</style>\n",
      kFonts, p.text, p.muted);
  s += fmt::format("<rect x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{}\" stroke=\"{}\"/>\n", w - 1,
                   h - 1, p.bg, p.border);
  return s;
}

std::string text(int x, int y, std::string_view cls, std::string_view s) {
  if (cls.empty()) return fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", x, y, escape_markup(s));
  return fmt::format("<text x=\"{}\" y=\"{}\" class=\"{}\">{}</text>\n", x, y, cls, escape_markup(s));
}

std::string bar(int x, int y, int w, int done, int total, const Palette& p) {
  const int h = 8;
  int filled = total > 0 ? static_cast<int>(static_cast<long long>(w) * std::clamp(done, 0, total) / total) : 0;
  std::string s = fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{}\"/>\n", x, y, w, h,
                              p.track);
  if (filled > 0)
    s += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{}\"/>\n", x, y, filled, h,
                     p.fill);
  return s;
}

// Where a stage row puts its parts: label, bar, and the figures right-aligned at `count_x`.
struct RowLayout {
  int label_x, label_px, bar_x, bar_w, count_x;
  bool with_percent;
};

std::string stage_rows(const Roadmap& rm, int y, const RowLayout& l, const Palette& p) {
  std::string s;
  for (const Stage& st : rm.stages) {
    std::string label = truncate_to_width(fmt::format("{} {}", st.id, export_stage_name(st)),
                                          static_cast<std::size_t>(l.label_px / kCellPx));
    s += text(l.label_x, y, "", label);
    s += bar(l.bar_x, y - 8, l.bar_w, st.done, st.total, p);
    std::string count = fmt::format("{}/{}", st.done, st.total);
    if (l.with_percent) count += fmt::format(" · {}%", percent(st.done, st.total));
    s += text(l.count_x, y, "llm-m llm-e", count);
    y += 22;
  }
  return s;
}

std::string days_text(int n, const ExportLabels& labels) {
  return fmt::format("{} {}", n, n == 1 ? labels.day : labels.days);
}

}  // namespace

std::string card_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels) {
  const Palette& p = palette(theme);
  const Roadmap& rm = *d.roadmap;
  const int w = 480, pad = 20, rows_y = 150;
  const int h = rows_y + static_cast<int>(rm.stages.size()) * 22 + (rm.stages.empty() ? 0 : 2);
  std::string s = svg_open(w, h, p, fmt::format("{}: {}%", d.title, d.percent));
  s += text(pad, 32, "llm-t", truncate_to_width(d.title, (w - 2 * pad) / 8));
  s += text(pad, 78, "llm-big", fmt::format("{}%", d.percent));
  s += text(112, 62, "llm-m", fmt::format("{}/{} {}", rm.done, rm.total, labels.items_done));
  s += bar(112, 70, w - pad - 112, rm.done, rm.total, p);
  const std::string last = d.journal.last_entry.empty() ? labels.none : d.journal.last_entry;
  const std::pair<const std::string*, std::string> figures[] = {
      {&labels.hours, format_hours_short(d.journal.total_minutes)},
      {&labels.streak, days_text(d.journal.streaks.current, labels)},
      {&labels.last_entry, last}};
  int x = pad;
  for (const auto& [label, value] : figures) {
    s += text(x, 106, "llm-m llm-s", *label);
    s += text(x, 124, "llm-b", value);
    x += 150;
  }
  s += stage_rows(rm, rows_y + 12, {pad, 190, 214, 190, w - pad, false}, p);
  s += "</svg>\n";
  return s;
}

std::string stages_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels) {
  const Palette& p = palette(theme);
  const Roadmap& rm = *d.roadmap;
  const int w = 600, pad = 20, rows_y = 56;
  const int h = rows_y + static_cast<int>(std::max<std::size_t>(rm.stages.size(), 1)) * 22 + 4;
  std::string s = svg_open(w, h, p, fmt::format("{}: {}", d.title, labels.stages));
  s += text(pad, 32, "llm-t", truncate_to_width(fmt::format("{} · {}", d.title, labels.stages), (w - 2 * pad) / 8));
  s += stage_rows(rm, rows_y + 12, {pad, 252, 280, 200, w - pad, true}, p);
  s += "</svg>\n";
  return s;
}

namespace {

constexpr int kCell = 10, kStep = 13, kCalLeft = 36, kCalTop = 52;

// Month names above the column holding a month's first day, when there is room since the last.
std::string month_labels(const Calendar& cal) {
  std::string s;
  int last_col = -4;
  for (std::size_t i = 0; i < cal.days.size(); ++i) {
    const Date d = cal.days[i].date;
    const int col = static_cast<int>(i / 7);
    if (std::chrono::year_month_day{d}.day() != std::chrono::day{1} || col - last_col < 3) continue;
    s += text(kCalLeft + col * kStep, kCalTop - 6, "llm-m llm-s", month_name(d));
    last_col = col;
  }
  return s;
}

std::string weekday_labels(const Calendar& cal) {
  std::string s;
  for (int row = 0; row < 7; ++row) {
    const Date d = add_days(cal.first, row);
    if (iso_weekday(d) % 2 == 0 && iso_weekday(d) < 6)  // Mon, Wed, Fri, as GitHub labels them
      s += text(kCalLeft - 6, kCalTop + row * kStep + 9, "llm-m llm-s llm-e", weekday_name(d));
  }
  return s;
}

std::string day_cells(const Calendar& cal, const Palette& p) {
  std::string s;
  for (std::size_t i = 0; i < cal.days.size(); ++i) {
    const CalendarDay& day = cal.days[i];
    const int x = kCalLeft + static_cast<int>(i / 7) * kStep, y = kCalTop + static_cast<int>(i % 7) * kStep;
    s += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"", x, y, kCell, kCell,
                     p.levels[day.level]);
    if (day.level == 0) {
      s += "/>\n";
      continue;
    }
    s += fmt::format("><title>{} · {}</title></rect>\n", format_date(day.date), format_hours_short(day.minutes));
  }
  return s;
}

std::string legend(int right, int y, const Palette& p, const ExportLabels& labels) {
  const int boxes_x = right - 5 * kStep - static_cast<int>(display_width(labels.more)) * kCellPx - 6;
  std::string s = text(boxes_x - 6, y + 9, "llm-m llm-s llm-e", labels.less);
  for (int level = 0; level < 5; ++level)
    s += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>\n",
                     boxes_x + level * kStep, y, kCell, kCell, p.levels[level]);
  s += text(boxes_x + 5 * kStep + 3, y + 9, "llm-m llm-s", labels.more);
  return s;
}

}  // namespace

std::string calendar_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels) {
  const Palette& p = palette(theme);
  const Calendar& cal = d.calendar;
  const int w = kCalLeft + Calendar::kWeeks * kStep + 16, h = kCalTop + 7 * kStep + 34;
  const std::string heading =
      fmt::format("{} · {} {}", labels.calendar, format_hours_short(cal.total_minutes), labels.in_last_year);
  std::string s = svg_open(w, h, p, heading);
  s += text(20, 28, "llm-t", heading);
  s += month_labels(cal);
  s += weekday_labels(cal);
  s += day_cells(cal, p);
  const int foot = kCalTop + 7 * kStep + 10;
  s += text(kCalLeft, foot + 9, "llm-m llm-s", fmt::format("{} {}", labels.as_of, format_date(cal.today)));
  s += legend(w - 16, foot, p, labels);
  s += "</svg>\n";
  return s;
}

}  // namespace llm101
