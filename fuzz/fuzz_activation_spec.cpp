// The activation notations of the command line, the JSON files and the
// Studies tab (NAME, NAME:PARAM): any text read either as a message or as an
// activation whose spec reads back to it.
#include <QString>
#include <cstddef>
#include <cstdint>

#include "io/activation_spec.h"

using namespace relulab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QString text =
      QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  if (auto activation = io::parseActivationSpec(text)) {
    auto again = io::parseActivationSpec(io::activationSpec(*activation));
    if (!again || !(*again == *activation)) __builtin_trap();
  }
  // The id and the parameter given apart (--activation, --param): the text up
  // to the first space is the id, the rest a number.
  const qsizetype space = text.indexOf(QLatin1Char(' '));
  if (space >= 0) {
    bool ok = false;
    const double param = text.mid(space + 1).toDouble(&ok);
    (void)io::activationFrom(text.left(space), ok ? std::optional<double>(param) : std::nullopt);
  }
  return 0;
}
