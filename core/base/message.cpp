#include "core/base/message.h"

namespace relulab::core {

std::string Message::english() const {
  if (args_.empty()) return text_;
  std::vector<std::string> filled;
  filled.reserve(args_.size());
  for (const Message& a : args_) filled.push_back(a.english());
  return fillPlaces(text_, filled);
}

std::string fillPlaces(std::string_view text, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(text[i + 1] - '1');
      if (n < args.size()) {
        out += args[n];
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace relulab::core
