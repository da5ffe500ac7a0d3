#include "ui/playground/playground_controls_data.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "core/training/dataset.h"
#include "ui/common/palette.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

constexpr int kThumb = 44;
constexpr int kMaxSeed = 999999;

// A data set's look: 300 points from its generator (cheap; drawn once).
QIcon thumbnail(core::DatasetKind kind) {
  core::DatasetSpec spec;
  spec.kind = kind;
  spec.points = 300;
  const core::Dataset data = core::makeDataset(spec, 1);
  QPixmap pixmap(kThumb, kThumb);
  pixmap.fill(palette::neutral());
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  const bool regression = core::isRegression(kind);
  for (const auto* set : {&data.train, &data.test})
    for (const core::Point& pt : *set) {
      p.setBrush(regression ? QColor::fromRgb(palette::diverging(pt.label))
                            : (pt.label > 0 ? palette::positive() : palette::negative()));
      p.drawEllipse(QPointF((pt.x1 + 6.0) / 12.0 * kThumb, (6.0 - pt.x2) / 12.0 * kThumb), 1.3,
                    1.3);
    }
  return QIcon(pixmap);
}

QSpinBox* spin(int lo, int hi, const QString& suffix, const QString& tip, QWidget* parent) {
  auto* s = new QSpinBox(parent);
  s->setRange(lo, hi);
  s->setSuffix(suffix);
  s->setToolTip(tip);
  s->setKeyboardTracking(false);  // one change when the user is done typing
  return s;
}

}  // namespace

PlaygroundControlsData::PlaygroundControlsData(QWidget* parent) : QWidget(parent) {
  auto* grid = new QGridLayout;
  grid->setSpacing(3);
  kinds_ = new QButtonGroup(this);
  kinds_->setExclusive(true);
  for (int k = 0; k < core::kDatasetKindCount; ++k) {
    const auto kind = static_cast<core::DatasetKind>(k);
    auto* b = new QToolButton(this);
    b->setCheckable(true);
    b->setIcon(thumbnail(kind));
    b->setIconSize(QSize(kThumb, kThumb));
    b->setToolTip(PlaygroundText::datasetName(kind));
    b->setAccessibleName(PlaygroundText::datasetName(kind));
    kinds_->addButton(b, k);
    grid->addWidget(b, k / 4, k % 4);
  }

  noise_ =
      spin(0, 50, tr(" %"), tr("How far points stray from their class's shape (0–50 %)."), this);
  ratio_ = spin(10, 90, tr(" %"),
                tr("The share of points used for training; the rest are test points, never "
                   "trained on, that show how well the network generalises."),
                this);
  points_ = spin(core::kMinDatasetPoints, core::kMaxDatasetPoints, QString(),
                 tr("Points in the data set, training and test together."), this);
  seed_ = spin(0, kMaxSeed, QString(),
               tr("One seed reproduces the data, the initial weights and the batch order exactly."),
               this);
  regenerate_ = new QPushButton(tr("Re&generate"), this);
  regenerate_->setToolTip(tr("New points from the next seed; the network starts again."));
  clickClass_ = new QComboBox(this);
  clickClass_->addItem(tr("+1 (blue)"), 1.0);
  clickClass_->addItem(tr("−1 (orange)"), -1.0);
  clickClass_->setToolTip(
      tr("The class a left click on the heatmap adds to the training set; a "
         "right click adds the other class."));

  auto* form = new QFormLayout;
  form->addRow(tr("N&oise:"), noise_);
  form->addRow(tr("Training sh&are:"), ratio_);
  form->addRow(tr("Po&ints:"), points_);
  form->addRow(tr("&Random seed:"), seed_);
  form->addRow(QString(), regenerate_);
  form->addRow(tr("&Click adds:"), clickClass_);

  source_ = new QLabel(this);
  source_->setWordWrap(true);
  source_->setObjectName(QStringLiteral("dataSource"));
  source_->hide();

  auto* column = new QVBoxLayout(this);
  column->addWidget(source_);
  column->addLayout(grid);
  column->addLayout(form);
  column->addStretch(1);

  const auto emitChanged = [this] {
    if (!loading_) emit changed();
  };
  connect(kinds_, &QButtonGroup::idClicked, this, emitChanged);
  for (QSpinBox* s : {noise_, ratio_, points_, seed_})
    connect(s, &QSpinBox::valueChanged, this, emitChanged);
  connect(regenerate_, &QPushButton::clicked, this, [this] {
    seed_->setValue(seed_->value() >= kMaxSeed ? 0 : seed_->value() + 1);  // emits changed()
  });
  connect(clickClass_, &QComboBox::currentIndexChanged, this,
          [this] { emit clickLabelChanged(clickLabel()); });
}

void PlaygroundControlsData::load(const core::TrainConfig& config) {
  loading_ = true;
  if (QAbstractButton* b = kinds_->button(static_cast<int>(config.data.kind))) b->setChecked(true);
  noise_->setValue(static_cast<int>(std::lround(config.data.noise * 100)));
  ratio_->setValue(static_cast<int>(std::lround(config.data.trainFraction * 100)));
  points_->setValue(config.data.points);
  seed_->setValue(static_cast<int>(std::min<std::uint64_t>(config.seed, kMaxSeed)));
  loading_ = false;
}

void PlaygroundControlsData::apply(core::TrainConfig& config) const {
  if (kinds_->checkedId() >= 0)
    config.data.kind = static_cast<core::DatasetKind>(kinds_->checkedId());
  config.data.noise = noise_->value() / 100.0;
  config.data.trainFraction = ratio_->value() / 100.0;
  config.data.points = points_->value();
  config.seed = static_cast<std::uint64_t>(seed_->value());
}

void PlaygroundControlsData::setSource(const QString& fileName, int points) {
  source_->setVisible(!fileName.isEmpty());
  if (fileName.isEmpty()) return;
  source_->setText(tr("Your points: %1 (%n point(s)). Choosing a data set below or changing a "
                      "setting here generates new points.",
                      nullptr, points)
                       .arg(fileName));
  // While the points are the user's, no generated set is the one shown.
  kinds_->setExclusive(false);
  if (QAbstractButton* b = kinds_->checkedButton()) b->setChecked(false);
  kinds_->setExclusive(true);
}

double PlaygroundControlsData::clickLabel() const {
  return clickClass_->currentData().toDouble();
}

QToolButton* PlaygroundControlsData::datasetButton(core::DatasetKind kind) const {
  return qobject_cast<QToolButton*>(kinds_->button(static_cast<int>(kind)));
}

}  // namespace relulab::ui
