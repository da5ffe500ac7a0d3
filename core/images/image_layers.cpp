#include "core/images/image_layers.h"

namespace relulab::core::images {

template class ImageModel<float>;
template class ImageModel<double>;

}  // namespace relulab::core::images
