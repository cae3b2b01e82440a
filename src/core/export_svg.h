// The SVG pictures of `llm101 export svg`: a progress card, a year calendar of study hours
// (GitHub's layout) and per-stage progress bars, light or dark. Deterministic: the same data
// gives the same bytes (integer geometry, no ids, no clock). Pure: values in, SVG text out.
#pragma once

#include <string>

#include "core/export_model.h"

namespace llm101 {

enum class SvgTheme { Light, Dark };

// Overall percent and bar, hours, current streak, last entry, one bar per stage.
std::string card_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels);
// 53 weeks × 7 weekdays ending today, month and weekday labels, a 5-level legend.
std::string calendar_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels);
// One wide bar per stage, with done/total and percent.
std::string stages_svg(const ExportData& d, SvgTheme theme, const ExportLabels& labels);

}  // namespace llm101
