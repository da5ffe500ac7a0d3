#pragma once

// The project's own random numbers. One seed reproduces a run bit for bit on
// every standard library: the engine never uses <random>'s distributions
// (std::normal_distribution and friends differ between libstdc++, libc++ and
// MSVC), only this generator and the transforms below, whose arithmetic is
// fixed here.

#include <array>
#include <cstdint>
#include <utility>

namespace relulab::core {

// xoshiro256** 1.0 (Blackman & Vigna, 2018): 256 bits of state, period 2^256 − 1,
// passes BigCrush. The state is seeded with SplitMix64 from (seed, stream), so
// different streams of one seed are independent for practical purposes: the
// trainer draws data, initial weights and batch order from streams 0, 1, 2, so
// that changing the architecture does not change the data.
//
// A value type: copy it to fork the sequence. Not thread-safe; one per thread.
class Rng {
 public:
  explicit Rng(std::uint64_t seed, std::uint64_t stream = 0);
  // The generator's position, to save a run and continue it exactly later.
  using State = std::array<std::uint64_t, 4>;
  State state() const { return {s_[0], s_[1], s_[2], s_[3]}; }
  // Any state but all zeros (xoshiro's one fixed point) is valid.
  static bool validState(const State& s) { return (s[0] | s[1] | s[2] | s[3]) != 0; }
  // Precondition: validState(s).
  static Rng fromState(const State& s) {
    Rng r(0);
    for (int i = 0; i < 4; ++i) r.s_[i] = s[static_cast<std::size_t>(i)];
    return r;
  }

  std::uint64_t nextU64();

  // Uniform on [0, 1) with 53 random bits (every double k·2^−53).
  double uniform01();
  // Uniform on [a, b): a + (b − a)·u, TensorFlow Playground's randUniform.
  double uniform(double a, double b) { return uniform01() * (b - a) + a; }
  // Uniform integer in [0, n), unbiased (rejection of the short top range).
  // n must be > 0.
  std::uint64_t below(std::uint64_t n);
  // Normal with the given mean and standard deviation, by Marsaglia's polar
  // method (as TensorFlow Playground's normalRandom): draw (v1, v2) uniform in
  // the unit disc, s = v1² + v2², then v1·√(−2 ln s / s) ~ N(0, 1). Uses only
  // log and sqrt; the second variate is not cached, so the stream position
  // depends only on the number of calls.
  double normal(double mean = 0.0, double stddev = 1.0);

  // Fisher–Yates, exactly TensorFlow Playground's shuffle(): for counter from
  // n down to 1, swap element counter − 1 with a uniform index below counter.
  template <typename Container>
  void shuffle(Container& items) {
    for (std::uint64_t counter = items.size(); counter > 0; --counter) {
      const std::uint64_t index = below(counter);
      using std::swap;
      swap(items[counter - 1], items[index]);
    }
  }

 private:
  std::uint64_t s_[4];
};

}  // namespace relulab::core
