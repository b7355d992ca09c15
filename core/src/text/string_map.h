// StringMap<V>: a hash map from UTF-16 strings to V for the lexicons, which are built once
// and then looked up for every token of every document.
//
// Why not std::unordered_map: there a lookup hashes, divides by a prime, follows a bucket
// pointer to a node and a node pointer to a heap-allocated key — three or four cache misses
// per word, the largest single cost of annotation when the lexicon has tens of thousands of
// words. Here keys live in one arena, slots are (hash, entry) pairs in a power-of-two table
// probed linearly, and a lookup touches one slot line, then the key and the value.
//
// Lookups take a std::u16string_view (no allocation). Entries are never removed; pointers
// returned by find() stay valid until the next insertion.
#ifndef LESELUPE_TEXT_STRING_MAP_H_
#define LESELUPE_TEXT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leselupe {

// The hash of a key: four code units (one 64-bit word) to a multiplication, then murmur3's
// final mix, so that the low bits (the slot) depend on every unit. The rules hash each word of
// a document several times over; a unit at a time (FNV-1a), hashing was a twentieth of all the
// annotation's work. The value only places and finds keys in the table, so the choice of
// function changes no result.
inline uint32_t HashUnits(std::u16string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char16_t* p = s.data();
  size_t n = s.size();
  uint64_t h = n * kMul;
  for (; n >= 4; p += 4, n -= 4) {
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    h = (h ^ word) * kMul;
  }
  uint64_t tail = 0;  // the last one to three units
  if (n >= 2) {
    uint32_t two;
    std::memcpy(&two, p, sizeof two);
    tail = two;
    p += 2;
    n -= 2;
  }
  if (n == 1) tail |= uint64_t{*p} << 32;
  h = (h ^ tail) * kMul;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return static_cast<uint32_t>(h);
}

template <typename V>
class StringMap {
 public:
  size_t size() const { return values_.size(); }
  bool empty() const { return values_.empty(); }

  void reserve(size_t n) {
    size_t want = 16;
    while (want < 2 * n) want <<= 1;
    if (want > slots_.size()) Rehash(want);
    keys_.reserve(n);
    values_.reserve(n);
  }

  const V* find(std::u16string_view key) const { return FindIn(key, HashUnits(key)); }
  // A lookup in two steps, for callers that look up many keys in a row: Prefetch(HashUnits(key))
  // some keys ahead, then find(key, hash), so that the slot's cache miss overlaps other work.
  void Prefetch(uint32_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  const V* find(std::u16string_view key, uint32_t hash) const { return FindIn(key, hash); }
  V* find(std::u16string_view key) { return const_cast<V*>(FindIn(key, HashUnits(key))); }
  V* find(std::u16string_view key, uint32_t hash) { return const_cast<V*>(FindIn(key, hash)); }
  bool contains(std::u16string_view key) const { return find(key) != nullptr; }

  // Inserts `value` unless the key is present; returns the entry and whether it is new.
  std::pair<V*, bool> emplace(std::u16string_view key, V value) {
    return emplace(key, HashUnits(key), std::move(value));
  }
  // The same with the key's hash given: a map whose callers hash keys their own way (any
  // function of the key alone) does so in every emplace and find(key, hash) on it.
  std::pair<V*, bool> emplace(std::u16string_view key, uint32_t h, V value) {
    if (V* v = const_cast<V*>(FindIn(key, h))) return {v, false};
    if (2 * (values_.size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    keys_.push_back({static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), h});
    arena_.append(key);
    values_.push_back(std::move(value));
    Place(h, static_cast<uint32_t>(values_.size()));
    return {&values_.back(), true};
  }
  V& operator[](std::u16string_view key) { return *emplace(key, V{}).first; }

  // Entries in insertion order.
  std::u16string_view key(size_t i) const { return std::u16string_view(arena_).substr(keys_[i].offset, keys_[i].length); }
  V& value(size_t i) { return values_[i]; }
  const V& value(size_t i) const { return values_[i]; }

 private:
  struct Key {
    uint32_t offset;
    uint32_t length;
    uint32_t hash;
  };
  struct Slot {
    uint32_t hash;
    uint32_t entry;  // index + 1; 0: empty
  };

  // Whether n units are equal: one test a unit (a string_view's == compares for order, which
  // takes two).
  static bool SameUnits(const char16_t* a, const char16_t* b, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  const V* FindIn(std::u16string_view key, uint32_t h) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return nullptr;
      if (s.hash == h) {
        const Key& k = keys_[s.entry - 1];
        if (k.length == key.size() && SameUnits(arena_.data() + k.offset, key.data(), key.size())) {
          return &values_[s.entry - 1];
        }
      }
    }
  }
  void Place(uint32_t h, uint32_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = {h, entry};
  }
  void Rehash(size_t n) {
    slots_.assign(n, Slot{0, 0});
    for (size_t e = 0; e < keys_.size(); ++e) Place(keys_[e].hash, static_cast<uint32_t>(e + 1));
  }

  std::vector<Slot> slots_;
  std::vector<Key> keys_;
  std::u16string arena_;
  std::vector<V> values_;
};

}  // namespace leselupe

#endif  // LESELUPE_TEXT_STRING_MAP_H_
