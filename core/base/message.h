#pragma once

// A message for the user that the UI can translate. The core is Qt-free and
// speaks English; a Message keeps its English template (places %1…%9) apart
// from what fills the places, so the UI and the command line look the
// template up in their translation catalogue first and fill it afterwards
// (io/core_text.h). Logs and tests read english().
//
// Templates are marked with RELULAB_TEXT, which lupdate reads as QT_TR_NOOP:
// the catalogue's context is the namespace the mark stands in, so marks go in
// namespace-scope code (never inside a class's member), and the message names
// that same namespace: coreMessage() for relulab::core, gpuMessage() for
// relulab::gpu (core/gpu/status.h). test_translations holds both to it.
//
//   return coreMessage(RELULAB_TEXT("%1: must be at least 1, got %2"), key, n);

#include <concepts>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#define RELULAB_TEXT(text) text

// For lupdate alone (RELULAB_LUPDATE_ONLY is never defined): it names the
// namespaces' contexts, so lupdate takes them for contexts on purpose.
#ifdef RELULAB_LUPDATE_ONLY
namespace relulab::core {
Q_DECLARE_TR_FUNCTIONS(relulab::core)
}
namespace relulab::gpu {
Q_DECLARE_TR_FUNCTIONS(relulab::gpu)
}
#endif

namespace relulab::core {

class Message {
 public:
  Message() = default;
  // Text from outside the program (a driver's log, a path): shown as it is.
  explicit Message(std::string verbatim) : text_(std::move(verbatim)) {}

  // `text` is a template marked with RELULAB_TEXT in namespace `context`;
  // each argument fills the next place: a string as it is, an integer in
  // decimal, a Message translated in its turn. (Other numbers: format them
  // first, as the message should show them.)
  template <typename... Args>
  static Message of(const char* context, const char* text, Args&&... args) {
    Message m;
    m.context_ = context;
    m.text_ = text;
    m.args_.reserve(sizeof...(Args));
    (m.args_.push_back(place(std::forward<Args>(args))), ...);
    return m;
  }

  // The namespace the template was marked in; empty for verbatim text.
  const std::string& context() const { return context_; }
  const std::string& text() const { return text_; }
  const std::vector<Message>& args() const { return args_; }
  bool empty() const { return text_.empty(); }

  std::string english() const;

 private:
  static Message place(Message m) { return m; }
  static Message place(std::string s) { return Message(std::move(s)); }
  static Message place(std::string_view s) { return Message(std::string(s)); }
  static Message place(const char* s) { return Message(std::string(s)); }
  template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char>) static Message place(I i) {
    return Message(std::to_string(i));
  }

  std::string context_;
  std::string text_;
  std::vector<Message> args_;
};

// `text` with %1…%9 replaced by `args` in one pass (a place's text is never
// searched again); a place with no argument stays as it is.
std::string fillPlaces(std::string_view text, const std::vector<std::string>& args);

template <typename... Args>
Message coreMessage(const char* text, Args&&... args) {
  return Message::of("relulab::core", text, std::forward<Args>(args)...);
}

}  // namespace relulab::core
