#include "ui/studies/studies_worker.h"

namespace relulab::ui {

void StudiesWorker::run(const StudyConfig& config, int threads, int backend) {
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
  emit finished(std::make_shared<const StudyOutcome>(
      runStudy(config, control, static_cast<gpu::Backend>(backend))));
}

StudiesRunner::StudiesRunner(QObject* parent) : QObject(parent) {
  qRegisterMetaType<StudyConfig>();
  qRegisterMetaType<StudyOutcomePtr>();
  qRegisterMetaType<core::StudyProgress>();

  thread_.setObjectName(QStringLiteral("relulab-study"));
  worker_ = new StudiesWorker(&cancel_);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &StudiesRunner::runRequested, worker_, &StudiesWorker::run);
  connect(worker_, &StudiesWorker::progressed, this, [this](const core::StudyProgress& p) {
    if (running_) emit progressed(p);
  });
  connect(worker_, &StudiesWorker::finished, this, &StudiesRunner::receive);
  thread_.start();
}

StudiesRunner::~StudiesRunner() {
  cancel_.store(true);  // a run in progress returns within milliseconds
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
}

bool StudiesRunner::start(const StudyConfig& config, int threads, gpu::Backend backend) {
  if (running_) return false;
  // Cleared here, before the request is queued, so a cancel that follows at
  // once is never lost.
  cancel_.store(false);
  running_ = true;
  emit runRequested(config, threads, static_cast<int>(backend));
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
