// `genaudit serve --db FILE [--listen ADDR:PORT]`: the inspection team's
// workspace (server/workspace.h), until Ctrl+C or SIGTERM.
#include <csignal>
#include <iostream>
#include <map>
#include <pthread.h>
#include <thread>

#include "cli/command_texts.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "engine/store/store_error.h"
#include "server/workspace.h"

namespace genaudit::cli {
namespace {

// "HOST:PORT" (an IPv4 address or a name; the port 0..65535, 0 any free
// port, which the listening line names), or nullopt.
std::optional<std::pair<std::string, int>> parse_listen(const std::string& text) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  const std::string port_text = text.substr(colon + 1);
  if (port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const int port = std::stoi(port_text);
  if (port > 65535) return std::nullopt;
  return std::make_pair(text.substr(0, colon), port);
}

}  // namespace

int run_serve_command(const ServeOptions& options) {
  const Language lang = options.lang;
  const std::optional<std::pair<std::string, int>> listen = parse_listen(options.listen);
  if (!listen) {
    usage_error(lang, command_text(CommandText::kServeBadListen, lang, {options.listen}));
    return 2;
  }
  // The pack once per profile the team may choose ("" none).
  std::map<std::string, rules::RulePack> packs;
  std::optional<rules::RulePack> plain = load_pack_or_report(options.rules, "", nullptr, lang);
  if (!plain) return 2;
  packs.emplace("", std::move(*plain));
  for (const std::string& profile : options.profiles) {
    std::optional<rules::RulePack> pack =
        load_pack_or_report(options.rules, profile, nullptr, lang);
    if (!pack) return 2;
    packs.emplace(profile, std::move(*pack));
  }
  server::WorkspaceOptions settings;
  settings.db_path = options.db_path;
  settings.host = listen->first;
  settings.port = listen->second;
  settings.trusted_proxy = options.trusted_proxy;
  settings.max_upload_bytes = static_cast<std::size_t>(options.max_upload_mib) << 20;
  settings.sessions.idle = std::chrono::seconds(options.session_idle_seconds);
  settings.rules_path = rules::rule_files_record(*plain);
  settings.lang = lang;
  // SIGINT and SIGTERM are waited for by one thread, which stops the
  // server; the others never see them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  try {
    server::Workspace workspace(settings, std::move(packs));
    if (!workspace.bind()) {
      usage_error(lang, command_text(CommandText::kServeCannotListen, lang, {options.listen}));
      return 2;
    }
    std::thread stopper([&] {
      int signal = 0;
      sigwait(&stop_signals, &signal);
      workspace.stop();
    });
    std::cerr << command_text(CommandText::kServeListening, lang,
                              {"http://" + listen->first + ":" + std::to_string(workspace.port()) + "/"})
              << std::endl;
    workspace.serve();
    // Stopped by a signal: the stopper has returned. Stopped otherwise (it
    // cannot be, today), wake the stopper so that it returns.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    std::cerr << command_text(CommandText::kServeStopped, lang) << std::endl;
    return 0;
  } catch (const StoreError& e) {
    database_error(lang, options.db_path, e);
    return 2;
  }
}

}  // namespace genaudit::cli
