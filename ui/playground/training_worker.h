#pragma once

// The playground's training loop. A TrainingWorker owns the core Trainer and
// lives in its own QThread (see PlaygroundSession, which owns both): commands
// arrive through queued signals and are handled between time slices of at
// most ~8 ms, so play, pause, step, reset and changes take effect promptly
// however fast training runs. After a slice it sends a PlaygroundFrame (by
// std::shared_ptr<const>) unless the GUI has not yet taken the last two.
//
// Live changes (activation, its parameter, optimiser, learning rate,
// regularisation, batch size) keep every weight; changes to the network's
// shape or initialisation, or to the data, start a new run (notice says which).

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

#include "core/training/trainer.h"
#include "ui/common/playground_frame.h"
#include "ui/playground/playground_frame_builder.h"

class QTimer;

namespace relulab::ui {

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr qint64 kSliceNs = 7'000'000;  // training per slice; the frame adds ~1 ms
  static constexpr int kPacedIntervalMs = 16;    // one paced slice per display frame

  explicit TrainingWorker(const core::TrainConfig& config);
  ~TrainingWorker() override;

  // Thread: any. Makes a running slice return at its next check, and every
  // later command a no-op. Used on shutdown.
  void requestStop() { stop_.store(true); }
  // Thread: any. The GUI took a frame (flow control: at most two in flight).
  void frameTaken() { inFlight_.fetch_sub(1); }

 public slots:
  void start();  // first slot after moveToThread: builds the trainer, sends frame 0
  void play();
  void pause();
  void step(relulab::ui::StepUnit unit);
  void reset();
  // 0: as fast as possible; otherwise this many updates per display frame.
  void setSpeed(int stepsPerFrame);
  void setConfig(const relulab::core::TrainConfig& config);
  // Always a new run on freshly generated data (presets, loaded configs).
  void load(const relulab::core::TrainConfig& config);
  void addPoint(const relulab::core::Point& point);

 signals:
  void frameReady(relulab::ui::FramePtr frame);
  void notice(relulab::ui::PlaygroundNotice kind, const QString& detail);

 private:
  bool stopping() const;
  // A new trainer on `config` with data_ (new run unless keepWeights).
  std::optional<core::Message> rebuild(const core::TrainConfig& config, bool keepWeights);
  bool applyLive(const core::TrainConfig& config, QString* problem);
  void runSlice();
  void scheduleSlice();
  void trainFor(std::int64_t maxSteps, qint64 budgetNs);
  void stopOnDivergence(const core::Divergence& divergence);
  void sendFrame(bool final);
  core::Metrics measureNow();

  core::TrainConfig config_;  // the run's config, live changes included
  std::optional<core::Trainer> trainer_;
  std::shared_ptr<const core::Dataset> data_;
  int addedPoints_ = 0;
  std::uint64_t run_ = 0;
  // A click-added point rebuilds the trainer with the same weights; the run's
  // step and epoch continue from these.
  std::int64_t stepBase_ = 0;
  double epochBase_ = 0.0;
  std::optional<core::Divergence> divergence_;

  bool playing_ = false;
  int speed_ = 0;
  std::int64_t chunk_ = 8;  // updates per train() call, adapted to ~0.5 ms
  PlaygroundFrameBuilder builder_;
  QTimer* timer_ = nullptr;
  QElapsedTimer sinceFrame_;
  QElapsedTimer rateClock_;
  std::int64_t rateExamples_ = 0;
  double examplesPerSecond_ = 0.0;
  std::atomic<bool> stop_{false};
  std::atomic<int> inFlight_{0};
};

}  // namespace relulab::ui
