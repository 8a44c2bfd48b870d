// Values read from a request (numbers in its path or query) and from a
// stored JSON report, each read one way for every page and route.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace httplib {
struct Request;
}

namespace genaudit::server {

// The whole number `text` writes: decimal digits only, at most 15 of them
// (every id the database gives fits in a long); nullopt for anything else
// ("", "-1", "+1", "1e3", "x", 16 digits and more).
std::optional<long> whole_number(const std::string& text);

// The number in the path's group `group` (1: the first), which the
// route's pattern limits to \d{1,15}: a run's, a waiver's id, a finding's
// index. 0 when it is not one, which names no run and no waiver.
long path_number(const httplib::Request& request, std::size_t group = 1);

// A field of a JSON object of a stored report, as text: "" when it is
// missing or null, a string as it is, a number as format_number() writes
// it, anything else as its JSON.
std::string json_text(const nlohmann::json& object, const char* key);

// The list `key` of a JSON object of a stored report, by reference: an
// empty list when it is missing or not a list. Never nlohmann's value(),
// which copies: a national run's findings are tens of megabytes, copied
// again on every page that reads them.
const nlohmann::json& json_list(const nlohmann::json& object, const char* key);

// A result's `lead` or `remedy` as of its run's as-of date: its
// "responsible" object's field (reports/json_report.cpp), or, in a report
// recorded before that object existed, the plan's field.
std::string responsible_text(const nlohmann::json& result, const char* key);

}  // namespace genaudit::server
