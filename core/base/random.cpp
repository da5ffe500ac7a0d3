#include "core/base/random.h"

#include <cmath>

namespace relulab::core {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

// SplitMix64 (Steele, Lea, Flood 2014): the seeding generator recommended by
// xoshiro's authors; it never yields an all-zero xoshiro state.
std::uint64_t splitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
  // Mix the stream into the seed through one SplitMix64 round so that
  // (seed, stream) and (seed + 1, stream − 1) are unrelated.
  std::uint64_t x = seed;
  std::uint64_t mixed = splitMix64(x) ^ (stream * 0xd1b54a32d192ed03ULL);
  for (auto& word : s_) word = splitMix64(mixed);
}

std::uint64_t Rng::nextU64() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

double Rng::uniform01() {
  // The top 53 bits, scaled by 2^−53: exact, and never 1.
  return static_cast<double>(nextU64() >> 11) * 0x1.0p-53;
}

std::uint64_t Rng::below(std::uint64_t n) {
  // Reject the lowest (2^64 mod n) values so that every residue is equally likely.
  const std::uint64_t threshold = (0 - n) % n;
  for (;;) {
    const std::uint64_t r = nextU64();
    if (r >= threshold) return r % n;
  }
}

double Rng::normal(double mean, double stddev) {
  double v1 = 0.0;
  double s = 0.0;
  do {
    v1 = 2.0 * uniform01() - 1.0;
    const double v2 = 2.0 * uniform01() - 1.0;
    s = v1 * v1 + v2 * v2;
  } while (s >= 1.0 || s == 0.0);  // s = 0 would divide by zero (TFP does not guard it)
  return mean + stddev * (v1 * std::sqrt(-2.0 * std::log(s) / s));
}

}  // namespace relulab::core
