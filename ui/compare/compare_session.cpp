#include "ui/compare/compare_session.h"

#include "ui/compare/compare_worker.h"

namespace relulab::ui {

CompareSession::CompareSession(const CompareSetup& setup, QObject* parent)
    : SlicedWorkerThread(std::make_unique<CompareWorker>(setup), QStringLiteral("relulab-compare"),
                         parent) {
  qRegisterMetaType<CompareFramePtr>();
  qRegisterMetaType<CompareSetup>();
  qRegisterMetaType<CompareNotice>();

  receiveFrames(&CompareWorker::frameReady, latest_);
  connect(worker<CompareWorker>(), &CompareWorker::notice, this, &CompareSession::notice);
  startThread();
}

void CompareSession::setSetup(const CompareSetup& setup) {
  call(&CompareWorker::setSetup, setup);
}

void CompareSession::restore(const io::CompareRuns& runs) {
  call(&CompareWorker::restore, runs);
}

std::optional<io::CompareRuns> CompareSession::state() {
  return ask<CompareWorker>([](CompareWorker& w) { return w.state(); });
}

}  // namespace relulab::ui
