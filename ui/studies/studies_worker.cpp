#include "ui/studies/studies_worker.h"

namespace relulab::ui {

void StudiesWorker::run(const StudyConfig& config, int threads, gpu::Backend backend) {
  QElapsedTimer sinceSignal;
  core::StudyControl control;
  control.threads = threads;
  control.cancel = cancel_;
  // Called on this thread after every finished task (core/studies/study_control.h); the GUI
  // needs no more than a few updates a second, so most are dropped here.
  control.progress = [this, &sinceSignal](const core::StudyProgress& p) {
    if (sinceSignal.isValid() && sinceSignal.elapsed() < kProgressIntervalMs &&
        p.tasksDone < p.taskCount)
      return;
    sinceSignal.start();
    emit progressed(p);
  };
  emit finished(std::make_shared<const StudyOutcome>(runStudy(config, control, backend)));
}

StudiesRunner::StudiesRunner(QObject* parent)
    : WorkerThread(std::make_unique<StudiesWorker>(&cancel_), QStringLiteral("relulab-study"),
                   parent) {
  qRegisterMetaType<StudyConfig>();
  qRegisterMetaType<StudyOutcomePtr>();
  qRegisterMetaType<core::StudyProgress>();

  auto* w = worker<StudiesWorker>();
  connect(w, &StudiesWorker::progressed, this, [this](const core::StudyProgress& p) {
    if (running_) emit progressed(p);
  });
  connect(w, &StudiesWorker::finished, this, &StudiesRunner::receive);
  startThread();
}

StudiesRunner::~StudiesRunner() {
  // The core's tasks watch cancel_, not the worker's stop flag: set it so that
  // a run in progress returns within milliseconds, and wait for the thread
  // here, while cancel_ still exists.
  cancel_.store(true);
  shutdown();
}

bool StudiesRunner::start(const StudyConfig& config, int threads, gpu::Backend backend) {
  if (running_) return false;
  // Cleared here, before the run is queued, so a cancel that follows at once
  // is never lost.
  cancel_.store(false);
  running_ = true;
  call(&StudiesWorker::run, config, threads, backend);
  return true;
}

void StudiesRunner::cancel() {
  if (running_) cancel_.store(true);
}

void StudiesRunner::receive(const StudyOutcomePtr& outcome) {
  running_ = false;
  emit finished(outcome);
}

}  // namespace relulab::ui
