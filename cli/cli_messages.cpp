#include "cli/cli_messages.h"

#include <iostream>
#include <string>
#include <vector>

#include "cli/command_texts.h"
#include "cli/diagnostics_output.h"

namespace genaudit::cli {
namespace {


class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(Language lang) {
    using enum CommandText;
    const auto say = [lang](CommandText id) { return command_text(id, lang); };
    label("Usage", say(kLabelUsage));
    label("OPTIONS", say(kLabelOptions));
    label("SUBCOMMAND", say(kLabelCommand));
    label("SUBCOMMANDS", say(kLabelCommands));
    label("Positionals", say(kLabelArguments));
    label("REQUIRED", say(kLabelRequired));
    label("Excludes", say(kLabelExcludes));
    label("Needs", say(kLabelNeeds));
    // Placeholders an option was given no word of its own for.
    label("TEXT", say(kLabelText));
    label("INT", say(kLabelNumber));
    label("UINT", say(kLabelNumber));
    label("FLOAT", say(kLabelNumber));
  }

  // As CLI11's, but the description column is reached by characters, not
  // bytes: "THƯ_MỤC" is 7 wide on a terminal, 10 bytes in UTF-8.
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    std::size_t width = 0;
    for (const char c : name) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    std::string out = name;
    const std::size_t column = get_column_width();
    if (width >= column) {
      out += "\n" + std::string(column, ' ');
    } else {
      out += std::string(column - width, ' ');
    }
    for (const char c : make_option_desc(opt)) {
      out += c;
      if (c == '\n') out += std::string(column, ' ');
    }
    return out + "\n";
  }

  // As CLI11's, but the placeholder is the option's type_name alone:
  // CLI11 appends its validators' English descriptions ("TEXT:{vi,en}",
  // "POSITIVE") to it.
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out;
    if (opt->get_type_size() != 0) {
      std::string type = opt->get_type_name();
      type = type.substr(0, type.find(':'));
      if (!opt->get_positional() && !type.empty()) out += " " + get_label(type);
      if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
      if (opt->get_required()) out += " " + get_label("REQUIRED");
    }
    if (!opt->get_excludes().empty()) {
      out += " " + get_label("Excludes") + ":";
      for (const CLI::Option* other : opt->get_excludes()) out += " " + other->get_name();
    }
    return out;
  }
};

// The subcommand the arguments reached (the root when none).
const CLI::App* reached(const CLI::App& root) {
  const CLI::App* app = &root;
  while (!app->get_subcommands().empty()) app = app->get_subcommands().front();
  return app;
}

// "genaudit waivers remove".
std::string command_path(const CLI::App* app) {
  std::string path;
  for (; app != nullptr; app = app->get_parent()) {
    path = app->get_name() + (path.empty() ? "" : " " + path);
  }
  return path;
}

// How an option is called on the command line: "--period", or a
// positional's placeholder ("QUY_TẮC").
std::string option_name(const CLI::Option* opt) {
  if (!opt->get_lnames().empty()) return "--" + opt->get_lnames().front();
  if (!opt->get_snames().empty()) return "-" + opt->get_snames().front();
  return opt->get_name(true, false);
}

// The option of `app` (or of a command above it) whose name `message`
// mentions, the longest such name; nullptr when none.
const CLI::Option* mentioned_option(const CLI::App* app, const std::string& message) {
  const CLI::Option* best = nullptr;
  std::size_t best_length = 0;
  for (; app != nullptr; app = app->get_parent()) {
    for (const CLI::Option* opt : app->get_options()) {
      std::vector<std::string> names;
      for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
      for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
      if (!opt->get_name(true, false).empty()) names.push_back(opt->get_name(true, false));
      for (const std::string& n : names) {
        if (n.size() > best_length && message.find(n) != std::string::npos) {
          best = opt;
          best_length = n.size();
        }
      }
    }
    if (best) return best;
  }
  return nullptr;
}

std::string quoted_values(const CLI::Option* opt) {
  std::string out;
  for (const std::string& r : opt->results()) out += (out.empty() ? "\"" : ", \"") + r + "\"";
  return out;
}

std::string subcommand_list(const CLI::App* app) {
  std::string out;
  for (const CLI::App* sub : app->get_subcommands({})) {
    if (!sub->get_name().empty()) out += (out.empty() ? "" : ", ") + sub->get_name();
  }
  return out;
}

template <typename Class>
bool is(const CLI::ParseError& e) {
  return dynamic_cast<const Class*>(&e) != nullptr;
}

// What went wrong, from the error's class and the option it concerns; the
// English of CLI11's message is read only to find that option, or the
// arguments it did not expect. (The class, not e.get_name(): an error
// thrown by a subcommand is named after the subcommand.)
std::string describe(const CLI::App* app, const CLI::ParseError& e, Language lang) {
  using enum CommandText;
  const auto say = [lang](CommandText id, const std::vector<std::string>& args = {}) {
    return command_text(id, lang, args);
  };
  const std::string message = e.what();
  if (is<CLI::RequiredError>(e) && message.find("subcommand") != std::string::npos) {
    const std::string list = subcommand_list(app);
    const std::vector<std::string> unknown = app->remaining();
    if (!unknown.empty()) return say(kNoSuchCommand, {unknown.front(), list});
    return say(kCommandMissing, {list});
  }
  if (is<CLI::ExtrasError>(e)) {
    const std::size_t colon = message.find(": ");
    const std::string extras = colon == std::string::npos ? "" : message.substr(colon + 2);
    return say(kUnexpectedArguments, {extras});
  }
  const CLI::Option* opt = mentioned_option(app, message);
  const std::string option = opt ? option_name(opt) : "";
  if (is<CLI::RequiredError>(e)) {
    if (!opt) return say(kRequiredArgumentMissing);
    return say(kRequiredOptionMissing, {option, opt->get_description()});
  }
  if (is<CLI::ArgumentMismatch>(e) && opt) return say(kOptionNeedsValue, {option});
  if ((is<CLI::ValidationError>(e) || is<CLI::ConversionError>(e)) && opt) {
    if (opt->get_type_size() == 0) {  // a flag given a value it cannot take
      return say(kFlagTakesNoValue, {option});
    }
    return say(kInvalidOptionValue, {quoted_values(opt), option, opt->get_description()});
  }
  if (is<CLI::ExcludesError>(e) && opt) {
    const std::size_t at = message.find(" excludes ");
    const std::string other = at == std::string::npos ? "" : message.substr(at + 10);
    return say(kOptionExcludes, {option, other});
  }
  if (is<CLI::RequiresError>(e) && opt) {
    const std::size_t at = message.find(" requires ");
    const std::string other = at == std::string::npos ? "" : message.substr(at + 10);
    return say(kOptionNeeds, {option, other});
  }
  if (is<CLI::FileError>(e)) return say(kFileCannotBeRead);
  return say(kInvalidCommandLine);
}

}  // namespace

std::shared_ptr<CLI::Formatter> make_help_formatter(Language lang) {
  return std::make_shared<HelpFormatter>(lang);
}

int report_parse_error(CLI::App& root, const CLI::ParseError& e, Language lang) {
  if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
    return root.exit(e) == 0 ? 0 : 2;  // --help: printed with our formatter
  }
  const CLI::App* app = reached(root);
  const std::string help = "`" + command_path(app) + " --help`";
  usage_error(lang, command_text(CommandText::kSeeHelp, lang, {describe(app, e, lang), help}));
  return 2;
}

}  // namespace genaudit::cli
