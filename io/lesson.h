#pragma once

// A guided lesson as plain values: a title and a few short steps. Each step
// says what to watch (rich text) and may set the app up first: the explorer's
// curves and views, or a playground run (a new one from a preset and
// overrides, or a change to the running one that keeps its weights), or the
// Images tab (a new run from an image preset, or a change to the running
// one, and the view the text is about). Read from
// JSON by parseLesson() (io/lesson_parser.h); resources/lessons/README.md
// documents the format. The text is data, not code: it is not passed through
// tr(), so a lesson carries its translations itself ("text_ar" next to "text").

#include <QHash>
#include <QLocale>
#include <QString>
#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "core/activations/activation.h"
#include "core/images/image_trainer.h"
#include "core/training/train_config.h"

namespace relulab::io {

// The values a lesson may name that the window also offers: the explorer
// overlays at most kMaxExplorerCurves curves, and the playground plays at
// one of kPlaygroundSpeeds (updates per displayed frame; 0: as fast as possible).
inline constexpr int kMaxExplorerCurves = 6;
inline constexpr std::array<int, 10> kPlaygroundSpeeds{1, 2, 5, 10, 20, 50, 100, 500, 2000, 0};

// A text with optional translations: "text" and "text_ar", "text_pt_BR", …
struct LocalizedText {
  QString fallback;                   // the plain field ("text")
  QHash<QString, QString> languages;  // "ar" → the "text_ar" field
  // The best match for locale: its full name ("pt_BR"), then its language
  // ("pt"), then the fallback.
  QString forLocale(const QLocale& locale = QLocale()) const;
  // Whether forLocale() speaks the locale's language (English always does).
  bool translatedFor(const QLocale& locale = QLocale()) const;
};

struct ExplorerCurveSetup {
  core::Activation activation;  // the parameter is the activation's default unless given
  bool visible = true;
};

// What a step sets in the explorer; anything left out stays as the user has it.
struct ExplorerSetup {
  std::vector<ExplorerCurveSetup> curves;  // 1–6 curves, or empty: keep the curves
  std::optional<int> selected;             // index into curves
  std::optional<bool> derivative;          // draw f′
  std::optional<bool> secondDerivative;    // draw f″
  std::optional<std::pair<double, double>> xRange;
  std::optional<bool> gaussianView;  // "view": "gaussian" (true) or "curves" (false)
  std::optional<double> mu;          // the Gaussian input's mean, [−3, 3]
  std::optional<double> sigma;       // and standard deviation, [0.05, 3]
  std::vector<double> inputs;        // the worked example's x values, or empty: keep
};

// A change to the running network that keeps its weights, made through the
// same controls a student would use.
struct PlaygroundChange {
  std::optional<core::Activation> activation;  // every hidden layer
  std::optional<double> learningRate;
  std::optional<core::OptimizerKind> optimizer;
  std::optional<int> batchSize;
  std::optional<core::Regularization> regularization;
  std::optional<double> regularizationRate;
};

// The playground's views a step can bring forward ("view": "gradient_norm").
enum class PlaygroundView { Boundary, Loss, Accuracy, Sparsity, GradientNorm, Units };
inline constexpr std::array<const char*, 6> kPlaygroundViewIds{
    "boundary", "loss", "accuracy", "sparsity", "gradient_norm", "units"};

struct PlaygroundSetup {
  std::optional<core::TrainConfig> config;  // a new run on these data and this network
  QString preset;                           // the preset the config starts from, if any
  std::optional<PlaygroundChange> change;   // or a change to the current run
  std::optional<bool> play;            // start (true) or pause (false); a new run pauses by default
  std::optional<int> speed;            // updates per frame, one of PlaygroundPlayback::kSpeeds
  std::optional<PlaygroundView> view;  // the view the step's text is about, made large
};

// The Images tab's views a step can bring forward ("view": "feature_maps"):
// the pages below (weights … samples), and the confusion matrix and the
// accuracy and loss curves above them (always in sight, but pages of their
// own in presenter mode).
enum class ImagesView { Weights, Activity, FeatureMaps, ClassUnits, Samples, Confusion, Curves };
inline constexpr std::array<const char*, 7> kImagesViewIds{
    "weights", "activity", "feature_maps", "class_units", "samples", "confusion", "curves"};
// At most this many Conv and Dense hidden layers in "activations" when the
// step names no preset (with one, the preset's own count).
inline constexpr int kMaxImagesLayers = 16;

// What a step sets on the Images tab; anything left out stays as it is.
struct ImagesSetup {
  // A new run from this preset (one of core::imagePresetList()), with the
  // activations and learning rate below in place of the preset's; empty:
  // the activations and learning rate change the running network, keeping
  // every weight and the step count, as the tab's controls do.
  QString preset;
  // Per Conv or Dense hidden layer, in order (MaxPool layers have none):
  // the activation at its default parameter, or nullopt to keep the layer's.
  // An activation the preset already has keeps the preset's parameter.
  std::vector<std::optional<core::ActivationKind>> activations;
  std::optional<double> learningRate;
  std::optional<bool> play;        // start or pause; a new run pauses by default
  std::optional<ImagesView> view;  // the page the step's text is about
  std::optional<int> testImage;    // the feature maps' test image, from 1 as its box shows
};

// The preset's config with the step's activations and learning rate; nullopt
// when the setup names no preset (or one that does not exist).
std::optional<core::ImageTrainConfig> imagesConfig(const ImagesSetup& setup);

struct LessonStep {
  LocalizedText title;  // may be empty
  LocalizedText text;   // rich text: what to do and what to watch
  std::optional<ExplorerSetup> explorer;
  std::optional<PlaygroundSetup> playground;
  std::optional<ImagesSetup> images;
};

struct Lesson {
  QString id;      // unique; a user file with a bundled lesson's id replaces it
  QString source;  // the file it was read from
  int order = 1000;
  LocalizedText title;
  LocalizedText summary;
  std::vector<LessonStep> steps;  // at least one
};

}  // namespace relulab::io
