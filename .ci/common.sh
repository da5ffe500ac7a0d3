# Shared by .ci/app and .ci/test: install what is missing, then configure and
# build with a CMake preset. Sourced, not run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CALLER_DIR=$PWD  # where the user ran the command (.ci/app writes its PNGs there)
cd "$ROOT"

# Debian 12 / Ubuntu 24.04 package names.
PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libeigen3-dev libepoxy-dev libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri
  libbenchmark-dev xvfb xauth fonts-dejavu-core
  fonts-noto-core qt6-translations-l10n
  zlib1g-dev libopenblas-dev dataset-fashion-mnist
  librsvg2-bin help2man dpkg-dev file desktop-file-utils appstream lintian man-db
)

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

ensure_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "ReLU Lab needs these packages, and this script can install them only as root or via sudo:" >&2
      echo "  apt-get install $missing" >&2
      exit 1
    fi
  fi
  echo "Installing missing packages: $missing"
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}

# configure_and_build PRESET [TARGET…]
configure_and_build() {
  local preset=$1
  shift
  # A build from scratch: the libraries compile in batches (RELULAB_UNITY_BUILD).
  local extra=(-DRELULAB_UNITY_BUILD=ON)
  [ "${CI:-}" = "true" ] && extra+=(-DRELULAB_WERROR=ON)
  cmake --preset "$preset" "${extra[@]}" >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@"
  else
    cmake --build --preset "$preset"
  fi
}

# Runs a command with a display: the real one if there is one, else Xvfb.
with_display() {
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
  fi
}
