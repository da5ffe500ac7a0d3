#include "core/studies/study_ids.h"

#include <array>

#include "core/base/ids.h"

namespace relulab::core {

namespace {
constexpr std::array<std::string_view, kStudyCount> kStudyIds{"born-dead", "depth-variance", "unit",
                                                              "phase-diagram", "collapse"};
}  // namespace

std::string_view studyId(StudyId study) {
  return kStudyIds.at(static_cast<std::size_t>(study));
}

std::optional<StudyId> studyFromId(std::string_view id) {
  return fromId<StudyId>(kStudyIds, id);
}

std::string studyIdList() {
  return joinIds(kStudyIds);
}

}  // namespace relulab::core
