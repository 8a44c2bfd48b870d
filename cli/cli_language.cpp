#include "cli/cli_language.h"

#include <string_view>

namespace genaudit::cli {

Language language_from_argv(int argc, const char* const* argv) {
  std::string_view value;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;  // what follows is positional, whatever it looks like
    if (arg == "--lang" && i + 1 < argc) {
      value = argv[++i];
    } else if (arg.substr(0, 7) == "--lang=") {
      value = arg.substr(7);
    }
  }
  return value == "en" ? Language::kEnglish : Language::kVietnamese;
}

}  // namespace genaudit::cli
