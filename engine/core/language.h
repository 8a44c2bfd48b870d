// The language genaudit speaks to its users: Vietnamese, or English on
// request. Every stage that says something to people takes one.
#pragma once

namespace genaudit {

enum class Language { kVietnamese, kEnglish };

}  // namespace genaudit
