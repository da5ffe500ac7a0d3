#pragma once

// The studies by name, as `relulab study NAME` and the files it writes call
// them.

#include <optional>
#include <string>
#include <string_view>

namespace relulab::core {

enum class StudyId { BornDead, DepthVariance, Unit, PhaseDiagram, Collapse };
inline constexpr int kStudyCount = 5;

std::string_view studyId(StudyId study);  // "born-dead", "depth-variance", "unit", …
std::optional<StudyId> studyFromId(std::string_view id);
std::string studyIdList();  // "born-dead, depth-variance, …" for messages

}  // namespace relulab::core
