#pragma once

// The one reader of the activation notations that the command line, the JSON
// files and the UI share:
//   an id with its parameter given apart: JSON's "activation" and "param",
//   the command line's --activation and --param;
//   a spec, NAME or NAME:PARAM ("relu", "leaky_relu:0.1"): the entries of a
//   list such as `study collapse --activations` or the Studies tab's fields.
// Ids are the core's (core::activationFromId, also "swish" for SiLU); numbers
// use a dot for decimals. Every failure is a message that says what to type:
// an unknown id lists the known ones, a parameter given to an activation
// without one is refused (never ignored), and a parameter out of range
// gives the core's message with the valid range. Pure; any thread.

#include <QString>
#include <optional>

#include "core/activations/activation.h"
#include "core/base/result.h"

namespace relulab::io {

// `param` empty: the activation's default parameter (if it has one).
core::Result<core::Activation> activationFrom(const QString& id, std::optional<double> param);
// The parameter half of activationFrom, for readers that look the id up
// themselves (core::activationFromId) and blame the two on different keys.
core::Result<core::Activation> withParameter(core::ActivationKind kind,
                                             std::optional<double> param);

// NAME or NAME:PARAM; spaces around either part are ignored.
core::Result<core::Activation> parseActivationSpec(const QString& spec);

// The spec of `activation`: its id, then ":" and its parameter (shortest
// form that reads back exactly) where it has one. parseActivationSpec reads
// it back to the same activation.
QString activationSpec(const core::Activation& activation);

}  // namespace relulab::io
