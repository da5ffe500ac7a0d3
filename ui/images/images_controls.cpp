#include "ui/images/images_controls.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "io/core_text.h"
#include "ui/common/playground_text.h"

namespace relulab::ui {

namespace {

QString layerName(const core::ImageLayerSpec& layer, int index) {
  const QLocale locale;
  switch (layer.kind) {
    case core::ImageLayerKind::Conv:
      return ImagesControls::tr("Layer %1, conv %2 maps %3×%3:")
          .arg(locale.toString(index + 1), locale.toString(layer.size),
               locale.toString(layer.kernel));
    case core::ImageLayerKind::Dense:
      return ImagesControls::tr("Layer %1, dense %2 units:")
          .arg(locale.toString(index + 1), locale.toString(layer.size));
    case core::ImageLayerKind::MaxPool:
      break;
  }
  return ImagesControls::tr("Layer %1, max pooling 2×2").arg(locale.toString(index + 1));
}

// "1: dense 100", for the class × unit layer box.
QString shortLayerName(const core::ImageLayerSpec& layer, int index) {
  const QLocale locale;
  return layer.kind == core::ImageLayerKind::Conv
             ? ImagesControls::tr("%1: conv %2")
                   .arg(locale.toString(index + 1), locale.toString(layer.size))
             : ImagesControls::tr("%1: dense %2")
                   .arg(locale.toString(index + 1), locale.toString(layer.size));
}

// Holds a label of `lines` lines at its own size, without a layout: what the
// label asks of its layout (a new text's new size hint) stops here. The
// height follows the font (presenter mode's is larger).
class LayoutStop : public QWidget {
 public:
  LayoutStop(QLabel* child, int lines, QWidget* parent)
      : QWidget(parent), child_(child), lines_(lines) {
    child_->setParent(this);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    fit();
  }

 protected:
  void resizeEvent(QResizeEvent* event) override {
    QWidget::resizeEvent(event);
    child_->setGeometry(rect());
  }
  void changeEvent(QEvent* event) override {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fit();
  }

 private:
  void fit() { setFixedHeight(lines_ * fontMetrics().lineSpacing() + 4); }

  QLabel* child_;
  int lines_;
};

}  // namespace

ImagesControls::ImagesControls(QWidget* parent) : QWidget(parent) {
  auto* data = new QGroupBox(tr("Data"), this);
  source_ = new QLabel(data);
  source_->setWordWrap(true);
  open_ = new QPushButton(tr("&Open IDX Files…"), data);
  open_->setToolTip(
      tr("Train on any four IDX files (MNIST, for instance): the training images "
         "and labels and the test images and labels."));
  fullTest_ = new QPushButton(tr("&Measure All Test Images"), data);
  fullTest_->setToolTip(
      tr("Accuracy, loss and the confusion matrix over every test image "
         "once (while training, a fixed sample of them is measured)."));
  auto* dataLayout = new QVBoxLayout(data);
  dataLayout->addWidget(source_);
  dataLayout->addWidget(open_);
  dataLayout->addWidget(fullTest_);

  auto* net = new QGroupBox(tr("Network"), this);
  network_ = new QLabel(net);
  network_->setWordWrap(true);
  layers_ = new QFormLayout;
  layers_->setRowWrapPolicy(QFormLayout::WrapAllRows);
  auto* netLayout = new QVBoxLayout(net);
  netLayout->addWidget(network_);
  netLayout->addLayout(layers_);

  auto* training = new QGroupBox(tr("Training"), this);
  rate_ = new QComboBox(training);
  for (const double r : kRates) rate_->addItem(PlaygroundText::number(r, 3), r);
  rate_->setToolTip(
      tr("The optimiser's step size η. Changing it keeps the weights. Too large, "
         "and ReLU units die in the first updates."));
  batch_ = new QSpinBox(training);
  batch_->setRange(1, 1024);
  batch_->setToolTip(tr("Images per update; changing it keeps the weights."));
  auto* trainingLayout = new QFormLayout(training);
  trainingLayout->addRow(tr("&Learning rate:"), rate_);
  trainingLayout->addRow(tr("&Batch size:"), batch_);

  auto* views = new QGroupBox(tr("Views"), this);
  image_ = new QSpinBox(views);
  image_->setRange(1, 10000);
  image_->setToolTip(
      tr("The test image whose feature maps are shown (or click one in Test "
         "Images)."));
  classLayer_ = new QComboBox(views);
  classLayer_->setToolTip(tr("The hidden layer whose units the class × unit view shows."));
  auto* viewsLayout = new QFormLayout(views);
  viewsLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
  viewsLayout->addRow(tr("Test &image:"), image_);
  viewsLayout->addRow(tr("Class × unit &layer:"), classLayer_);

  // Rewritten with every frame: a fixed number of lines, so that new text
  // never changes the column's layout, in a holder without a layout, so that
  // a new text does not even ask for one (a QLabel's setText does: the whole
  // window would lay out and repaint every frame, several ms each time).
  readout_ = new QLabel;
  readout_->setTextFormat(Qt::PlainText);
  readout_->setAlignment(Qt::AlignLeading | Qt::AlignTop);
  auto* readoutHolder = new LayoutStop(readout_, 4, this);

  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(0, 0, 0, 0);
  for (QWidget* w :
       {static_cast<QWidget*>(data), static_cast<QWidget*>(net), static_cast<QWidget*>(training),
        static_cast<QWidget*>(views), static_cast<QWidget*>(readoutHolder)})
    column->addWidget(w);
  column->addStretch(1);

  connect(open_, &QPushButton::clicked, this, &ImagesControls::openRequested);
  connect(fullTest_, &QPushButton::clicked, this, &ImagesControls::fullTestRequested);
  connect(rate_, &QComboBox::activated, this,
          [this] { emit learningRateChosen(rate_->currentData().toDouble()); });
  connect(batch_, &QSpinBox::editingFinished, this,
          [this] { emit batchSizeChosen(batch_->value()); });
  connect(image_, &QSpinBox::valueChanged, this, [this](int v) { emit imageChosen(v - 1); });
  connect(classLayer_, &QComboBox::activated, this,
          [this] { emit classLayerChosen(classLayer_->currentData().toInt()); });
}

void ImagesControls::showConfig(const core::ImageTrainConfig& config) {
  network_->setText(io::qstring(core::describe(config.network)));
  while (layers_->rowCount() > 0) layers_->removeRow(0);
  activations_.clear();
  rowLayers_.clear();
  const QSignalBlocker blockClass(classLayer_);
  const int shownClass = classLayer_->currentData().toInt();
  classLayer_->clear();
  const auto& layers = config.network.layers;
  for (int l = 0; l < static_cast<int>(layers.size()); ++l) {
    const core::ImageLayerSpec& layer = layers[static_cast<std::size_t>(l)];
    if (layer.kind == core::ImageLayerKind::MaxPool) continue;
    auto* box = new QComboBox(this);
    for (const core::ActivationInfo& info : core::activationInfos())
      box->addItem(PlaygroundText::activationName(info.kind), static_cast<int>(info.kind));
    box->setCurrentIndex(box->findData(static_cast<int>(layer.activation.kind)));
    box->setToolTip(
        tr("This layer's activation. Changing it while the network trains keeps "
           "every weight: switch a dying ReLU layer to Leaky ReLU and watch its "
           "units come back."));
    connect(box, &QComboBox::activated, this, [this, box, l] {
      const auto kind = static_cast<core::ActivationKind>(box->currentData().toInt());
      emit activationChosen(l, core::defaultActivation(kind));
    });
    layers_->addRow(layerName(layer, l), box);
    activations_.push_back(box);
    rowLayers_.push_back(l);
    classLayer_->addItem(shortLayerName(layer, l), l);
  }
  classLayer_->setCurrentIndex(std::max(0, classLayer_->findData(shownClass)));
  const QSignalBlocker blockRate(rate_);
  int rate = rate_->findData(config.optimizer.learningRate);
  if (rate < 0) {
    rate_->addItem(PlaygroundText::number(config.optimizer.learningRate, 3),
                   config.optimizer.learningRate);
    rate = rate_->count() - 1;
  }
  rate_->setCurrentIndex(rate);
  const QSignalBlocker blockBatch(batch_);
  batch_->setValue(config.batchSize);
}

void ImagesControls::showFrame(const ImagesFrame& frame) {
  const QLocale locale;
  const QString source =
      tr("%1: %2 training and %3 test images, %4 classes")
          .arg(frame.source, locale.toString(frame.trainImages), locale.toString(frame.testImages),
               locale.toString(frame.config.network.classes));
  if (source != source_->text()) source_->setText(source);
  // Only when it changes: a spin box's new range asks the whole window to lay
  // out and repaint again.
  if (const int last = std::max(1, frame.testImages); image_->maximum() != last) {
    const QSignalBlocker block(image_);
    image_->setMaximum(last);
  }
  for (int row = 0; row < layerRows(); ++row) {
    const auto& layer = frame.config.network.layers[static_cast<std::size_t>(layerOfRow(row))];
    QComboBox* box = activations_[static_cast<std::size_t>(row)];
    if (box->currentData().toInt() != static_cast<int>(layer.activation.kind) && !box->hasFocus()) {
      const QSignalBlocker block(box);
      box->setCurrentIndex(box->findData(static_cast<int>(layer.activation.kind)));
    }
  }
  QString text = tr("Epoch %1 · step %2")
                     .arg(locale.toString(frame.epoch, 'f', 2), locale.toString(frame.step)) +
                 QLatin1Char('\n') +
                 tr("%1 images/s").arg(locale.toString(frame.imagesPerSecond, 'f', 0));
  if (const ImagesMeasurement* m = frame.measurement.get()) {
    text += QLatin1Char('\n') + tr("Test accuracy %1 % (%2 images)")
                                    .arg(locale.toString(m->metrics.testAccuracy * 100.0, 'f', 1),
                                         locale.toString(m->metrics.testImages));
    text += QLatin1Char('\n') + tr("Dead units: %1").arg(locale.toString(m->metrics.deadUnits()));
  }
  if (text != readout_->text()) readout_->setText(text);
}

}  // namespace relulab::ui
