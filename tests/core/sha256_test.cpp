#include "engine/core/sha256.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <string>

#include "engine/core/file_digest.h"
#include "tests/fixture.h"

namespace genaudit {
namespace {

std::string digest(std::string_view bytes, Sha256::Implementation how) {
  Sha256 h(how);
  h.update(bytes);
  return h.hex_digest();
}

// FIPS 180-2 test vectors.
TEST(Sha256, KnownVectors) {
  for (const auto how : {Sha256::Implementation::kFastest, Sha256::Implementation::kPortable}) {
    EXPECT_EQ(digest("abc", how), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(digest(std::string(1000000, 'a'), how),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PiecewiseEqualsWhole) {
  const std::string text(1000, 'x');
  Sha256 h;
  for (std::size_t i = 0; i < text.size(); i += 7) h.update(std::string_view(text).substr(i, 7));
  EXPECT_EQ(h.hex_digest(), sha256_hex(text));
}

// The CPU's SHA extensions (when this machine has them) and the portable
// code agree on every length around the block size and on long inputs,
// whether fed whole or in pieces.
TEST(Sha256, CpuExtensionsAgreeWithThePortableCode) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += static_cast<char>((i * 131 + 7) % 256);
  for (std::size_t n = 0; n <= text.size(); n += (n < 200 ? 1 : 97)) {
    const std::string_view part = std::string_view(text).substr(0, n);
    ASSERT_EQ(digest(part, Sha256::Implementation::kFastest),
              digest(part, Sha256::Implementation::kPortable))
        << n;
  }
  Sha256 pieces;
  for (std::size_t i = 0; i < text.size(); i += 191) pieces.update(std::string_view(text).substr(i, 191));
  EXPECT_EQ(pieces.hex_digest(), digest(text, Sha256::Implementation::kPortable));
  if (!Sha256::cpu_extensions_available()) GTEST_SKIP() << "no SHA extensions on this CPU";
}

TEST(Sha256, MissingFileIsNullopt) {
  EXPECT_FALSE(sha256_file("/nonexistent/genaudit/file"));
  EXPECT_FALSE(FileDigest("/nonexistent/genaudit/file").get());
}

TEST(Sha256, AFileDigestIsTheFilesSha256) {
  testing::TempDir dir;
  const auto file = dir.write("abc.txt", "abc");
  EXPECT_EQ(FileDigest(file).get(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_file(file), FileDigest(file).get());
}

// Either priority, and however much the thread hashed before get() took
// over: the file's digest. The file spans chunks and ends inside one.
TEST(Sha256, AFileDigestOfManyChunksIsTheFilesSha256AtEitherPriority) {
  testing::TempDir dir;
  std::string bytes;
  for (int i = 0; bytes.size() < (std::size_t{1} << 20) + 7; ++i) bytes += std::to_string(i) + ",";
  const auto file = dir.write("big.csv", bytes);
  const std::string expected = digest(bytes, Sha256::Implementation::kPortable);
  for (const auto priority : {FileDigest::Priority::kNormal, FileDigest::Priority::kWhenIdle}) {
    EXPECT_EQ(FileDigest(file, priority).get(), expected);  // get() at once: mostly the caller's
    FileDigest later(file, priority);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // some of it the thread's
    EXPECT_EQ(later.get(), expected);
    EXPECT_FALSE(FileDigest("/nonexistent/genaudit/file", priority).get());
  }
  EXPECT_EQ(FileDigest(dir.write("empty.csv", ""), FileDigest::Priority::kWhenIdle).get(),
            digest("", Sha256::Implementation::kPortable));
}

// Abandoned, the hashing stops at the next chunk: sha256_file says so with
// nullopt, and a FileDigest dropped unread does not wait for the file's end
// (a 64 GiB sparse file would take minutes to hash).
TEST(Sha256, AbandonedHashingStops) {
  testing::TempDir dir;
  const auto file = dir.write("big", "");
  std::error_code ec;
  std::filesystem::resize_file(file, std::uintmax_t{64} << 30, ec);
  if (ec) GTEST_SKIP() << "no sparse files here";
  const std::atomic<bool> abandoned{true};
  EXPECT_FALSE(sha256_file(file, &abandoned));
  { FileDigest dropped(file); }
  { FileDigest dropped(file, FileDigest::Priority::kWhenIdle); }
  SUCCEED();  // reached: the destructor did not hash 64 GiB
}

}  // namespace
}  // namespace genaudit
