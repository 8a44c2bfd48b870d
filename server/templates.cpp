#include "server/templates.h"

#include <stdexcept>

#include "server/embedded_files.h"
#include "server/page_words.h"

namespace genaudit::server {

std::string render_template(const std::string& name, const PageData& data) {
  const auto& files = embedded_files();
  const auto found = files.find("templates/" + name + ".mustache");
  if (found == files.end()) throw std::logic_error("no template " + name);
  kainjow::mustache::mustache page{std::string(found->second)};
  if (!page.is_valid()) throw std::logic_error(name + ": " + page.error_message());
  std::string html = page.render(data);
  if (!page.is_valid()) throw std::logic_error(name + ": " + page.error_message());
  return html;
}

PageData words(Language lang) {
  PageData t;
  for (const PageWord& w : page_words()) t.set(std::string(w.key), std::string(w.wording.in(lang)));
  return t;
}

}  // namespace genaudit::server
