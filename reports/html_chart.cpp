// Indicator charts as inline SVG; see html_chart.h.
#include "reports/html_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "reports/document_texts.h"
#include "reports/escaping.h"
#include "reports/human_values.h"
#include "reports/messages.h"

namespace genaudit {
namespace {

constexpr double kTrackTop = 14;
constexpr double kTrackHeight = 12;

std::string px(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

const char* status_color(IndicatorStatus status) {
  switch (status) {
    case IndicatorStatus::kMet:
      return "#1e7b34";
    case IndicatorStatus::kNotMet:
      return "#b3261e";
    case IndicatorStatus::kNoData:
      break;
  }
  return "#7a808a";
}

// A label at `x`, kept inside the chart: anchored at its end near the right
// edge, at its start near the left.
std::string label(double x, double y, const std::string& text, const char* weight) {
  const char* anchor = x > kChartWidth * 0.8 ? "end" : x < kChartWidth * 0.2 ? "start" : "middle";
  return "<text x=\"" + px(std::clamp(x, 1.0, kChartWidth - 1.0)) + "\" y=\"" + px(y) +
         "\" text-anchor=\"" + anchor + "\" font-size=\"10\" font-weight=\"" + weight +
         "\" fill=\"#1c2430\">" + escape_html(text) + "</text>";
}

}  // namespace

std::string indicator_chart_svg(const IndicatorResult& i, Language lang) {
  const std::string value = indicator_value_text(i, lang);
  const std::string target = indicator_target_text(i, lang);
  const std::string status(status_name(i.status, lang));
  const std::string title = format_doc_text(DocText::kChartLabel, lang, {value, target, status});

  // Shares, and figures in percent (rules::ValueType), on 0..100.
  double scale = 100;
  const rules::ValueType type = rule_or_empty(i.rule).value_type;
  const bool percent =
      type == rules::ValueType::kPercent || type == rules::ValueType::kPercentFigure;
  if (!percent || std::fabs(i.target) > 100 || (i.value && std::fabs(*i.value) > 100)) {
    const double larger = std::max(i.value && std::isfinite(*i.value) ? std::fabs(*i.value) : 0.0,
                                   std::fabs(i.target));
    scale = larger > 0 ? larger * 1.25 : 1;
  }
  auto x_of = [&](double v) { return std::clamp(v / scale, 0.0, 1.0) * kChartWidth; };

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    std::to_string(kChartWidth) + "\" height=\"" + std::to_string(kChartHeight) +
                    "\" viewBox=\"0 0 " + std::to_string(kChartWidth) + " " +
                    std::to_string(kChartHeight) + "\" role=\"img\" aria-label=\"" +
                    escape_html(title) + "\"><title>" + escape_html(title) + "</title>";
  const bool has_value = i.value && std::isfinite(*i.value);
  svg += "<rect x=\"0\" y=\"" + px(kTrackTop) + "\" width=\"" + std::to_string(kChartWidth) +
         "\" height=\"" + px(kTrackHeight) + "\" fill=\"#eceff3\"" +
         (has_value ? "" : " stroke=\"#7a808a\" stroke-dasharray=\"3 2\"") + "/>";
  if (has_value) {
    svg += "<rect class=\"bar\" x=\"0\" y=\"" + px(kTrackTop) + "\" width=\"" + px(x_of(*i.value)) +
           "\" height=\"" + px(kTrackHeight) + "\" fill=\"" + status_color(i.status) + "\"/>";
    svg += label(x_of(*i.value), kTrackTop + kTrackHeight + 11, value, "600");
  } else {
    svg += label(kChartWidth / 2.0, kTrackTop + kTrackHeight - 2,
                 std::string(doc_text(DocText::kChartNoData, lang)), "400");
  }
  const double target_x = x_of(i.target);
  svg += "<line class=\"target\" x1=\"" + px(target_x) + "\" y1=\"" + px(kTrackTop - 3) +
         "\" x2=\"" + px(target_x) + "\" y2=\"" + px(kTrackTop + kTrackHeight + 3) +
         "\" stroke=\"#1c2430\" stroke-width=\"2\"/>";
  svg += label(target_x, kTrackTop - 5, target, "400");
  return svg + "</svg>";
}

}  // namespace genaudit
