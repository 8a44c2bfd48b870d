// The chart of one indicator for the HTML report: an inline SVG bar of the
// value against a mark at the target, green when met, red when not met, an
// empty dashed track when there is no data. It carries its own labels and a
// <title> (read by screen readers and shown on hover), so that it says the
// same without colour.
#pragma once

#include <string>

#include "engine/eval/results.h"
#include "rules/language/rule_pack.h"

namespace genaudit {

inline constexpr int kChartWidth = 240;
inline constexpr int kChartHeight = 40;

// The <svg> element, kChartWidth × kChartHeight (it scales down with its
// viewBox). The scale runs from 0 to 100 for shares and figures in percent
// (rules::ValueType kPercent and kPercentFigure, as the checker recorded),
// else to 1.25 × the larger of value and target.
std::string indicator_chart_svg(const IndicatorResult& indicator, Language lang);

}  // namespace genaudit
