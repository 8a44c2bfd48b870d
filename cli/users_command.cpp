// `genaudit users add`, `list` and `disable`: the accounts of the workspace
// (engine/store/accounts.h), for the first admin and for scripts. A
// password comes in on standard input only and goes out nowhere: no
// message, log line or listing holds any of it.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/database_commands.h"
#include "cli/diagnostics_output.h"
#include "cli/password_input.h"
#include "engine/store/accounts.h"
#include "engine/store/audit_store.h"
#include "reports/text_table.h"

namespace genaudit::cli {
namespace {

using AddResult = Accounts::AddResult;

// Says why an account was not added. `password_bytes` tells a password too
// short from one too long.
void say_not_added(AddResult result, const std::string& name, std::size_t password_bytes,
                   Language lang) {
  switch (result) {
    case AddResult::kBadName:
      usage_error(lang, command_text(CommandText::kAccountNameInvalid, lang,
                                     {name, std::to_string(Accounts::kMaxNameBytes)}));
      return;
    case AddResult::kBadPassword:
      if (password_bytes < Accounts::kMinPasswordBytes) {
        usage_error(lang, command_text(CommandText::kPasswordTooShort, lang,
                                       {std::to_string(Accounts::kMinPasswordBytes)}));
      } else {
        usage_error(lang, command_text(CommandText::kPasswordTooLong, lang,
                                       {std::to_string(Accounts::kMaxPasswordBytes)}));
      }
      return;
    case AddResult::kNameTaken:
      usage_error(lang, command_text(CommandText::kAccountNameTaken, lang, {name}));
      return;
    case AddResult::kAdded:
      return;
  }
}

// What add() would refuse before it touches the database, so that a
// refused account leaves no database behind where there was none.
std::optional<AddResult> refused_before_adding(const std::string& name,
                                               const std::string& password) {
  if (!Accounts::valid_name(name)) return AddResult::kBadName;
  if (password.size() < Accounts::kMinPasswordBytes ||
      password.size() > Accounts::kMaxPasswordBytes) {
    return AddResult::kBadPassword;
  }
  return std::nullopt;
}

nlohmann::json accounts_to_json(const std::vector<Account>& accounts) {
  nlohmann::json list = nlohmann::json::array();
  for (const Account& a : accounts) {
    list.push_back({{"name", a.name},
                    {"role", role_name(a.role)},
                    {"disabled", a.disabled},
                    {"created_at", a.created_at}});
  }
  return {{"accounts", list}};
}

std::string accounts_text(const std::vector<Account>& accounts, Language lang) {
  using enum CommandText;
  const auto say = [lang](CommandText id) { return command_text(id, lang); };
  std::string out = command_text(kAccountsTitle, lang, {std::to_string(accounts.size())}) + "\n";
  if (accounts.empty()) return out + say(kNoAccounts) + "\n";
  TextTable table({{say(kColumnAccountName)},
                   {say(kColumnAccountRole)},
                   {say(kColumnAccountState)},
                   {say(kColumnAccountCreated)}});
  for (const Account& a : accounts) {
    table.add_row({{a.name},
                   {role_name(a.role)},
                   {say(a.disabled ? kAccountStateDisabled : kAccountStateEnabled)},
                   {a.created_at}});
  }
  return out + "\n" + table.render("  ", false);
}

}  // namespace

int run_users_add_command(const UsersAddOptions& options) {
  const Language lang = options.lang;
  const std::optional<Role> role = parse_role(options.role);
  if (!role) return 2;  // not reached: CLI11 takes only the roles' words
  const PasswordLine line = read_password_from_stdin(
      Accounts::kMaxPasswordBytes, command_text(CommandText::kPasswordPrompt, lang));
  if (line.outcome == PasswordLine::Outcome::kEmpty) {
    usage_error(lang, command_text(CommandText::kPasswordMissing, lang));
    return 2;
  }
  if (line.outcome == PasswordLine::Outcome::kMoreThanOneLine) {
    usage_error(lang, command_text(CommandText::kPasswordMoreThanOneLine, lang));
    return 2;
  }
  const std::size_t password_bytes = line.password.size();
  if (const std::optional<AddResult> refused = refused_before_adding(options.name, line.password)) {
    say_not_added(*refused, options.name, password_bytes, lang);
    return 2;
  }
  try {
    AuditStore store(options.db_path);
    const AddResult result = Accounts(store.database()).add(options.name, *role, line.password);
    if (result != AddResult::kAdded) {
      say_not_added(result, options.name, password_bytes, lang);
      return 2;
    }
    std::cerr << command_text(CommandText::kAccountAdded, lang, {options.name, options.role})
              << "\n";
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_users_list_command(const UsersListOptions& options) {
  const Language lang = options.lang;
  if (!text_or_json(options.format, lang) || !database_exists(options.db_path, lang)) return 2;
  try {
    AuditStore store(options.db_path, AuditStore::Access::kReadOnly);
    const std::vector<Account> accounts = Accounts(store.database()).list();
    std::cout << (options.format == "json" ? json_text(accounts_to_json(accounts))
                                           : accounts_text(accounts, lang));
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

int run_users_disable_command(const UsersDisableOptions& options) {
  const Language lang = options.lang;
  if (!database_exists(options.db_path, lang)) return 2;
  try {
    AuditStore store(options.db_path);
    if (!Accounts(store.database()).disable(options.name)) {
      const std::string list = "`genaudit users list --db " + options.db_path + "`";
      usage_error(lang, command_text(CommandText::kNoSuchAccount, lang, {options.name, list}));
      return 2;
    }
    std::cerr << command_text(CommandText::kAccountDisabled, lang, {options.name}) << "\n";
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
