// Texts kept compressed: read back byte for byte (empty, short, a report's
// repeated keys, bytes that do not compress); a damaged stream, one cut
// short, one with bytes after its end, one that is not zlib at all, and one
// that holds more than allowed are refused.
#include "engine/store/compressed_text.h"

#include <random>
#include <string>

#include <gtest/gtest.h>

namespace genaudit {
namespace {

constexpr std::size_t kMost = std::size_t{64} << 20;

std::string report_like(std::size_t findings) {
  std::string text = "{\n  \"findings\": [\n";
  for (std::size_t i = 0; i < findings; ++i) {
    text += "    {\n      \"rule\": \"O1.S4\",\n      \"subject\": [\"Sở Nội vụ " + std::to_string(i) +
            "\"],\n      \"rows\": [{\"file\": \"staff.csv\", \"row\": " + std::to_string(i * 7) + "}]\n    },\n";
  }
  return text + "  ]\n}\n";
}

std::string random_bytes(std::size_t n) {
  std::mt19937 random(20261207);
  std::string bytes(n, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  return bytes;
}

TEST(CompressedTextTest, ReadsBackWhatWasWritten) {
  for (const std::string& text : {std::string(), std::string("{}"), report_like(20000), random_bytes(300000)}) {
    const std::string stream = compressed_text(text);
    const std::optional<std::string> back = decompressed_text(stream, kMost);
    ASSERT_TRUE(back) << text.size();
    EXPECT_EQ(*back, text);
  }
}

TEST(CompressedTextTest, AReportCompressesManyTimes) {
  const std::string text = report_like(20000);
  EXPECT_LT(compressed_text(text).size() * 8, text.size());
}

TEST(CompressedTextTest, DamagedStreamsAreRefused) {
  const std::string text = report_like(2000);
  const std::string stream = compressed_text(text);
  std::string flipped = stream;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
  EXPECT_FALSE(decompressed_text(flipped, kMost)) << "checksum or code damaged";
  EXPECT_FALSE(decompressed_text(stream.substr(0, stream.size() - 1), kMost)) << "cut short";
  EXPECT_FALSE(decompressed_text(stream.substr(0, stream.size() / 2), kMost)) << "cut short";
  EXPECT_FALSE(decompressed_text(stream + "x", kMost)) << "bytes after the end";
  EXPECT_FALSE(decompressed_text(text, kMost)) << "not zlib";
  EXPECT_FALSE(decompressed_text("", kMost)) << "no stream at all";
}

TEST(CompressedTextTest, NoMoreThanAllowedIsMade) {
  const std::string text(1 << 20, 'a');  // a megabyte of one byte: a few KB compressed
  const std::string stream = compressed_text(text);
  EXPECT_LT(stream.size(), std::size_t{8192});
  EXPECT_FALSE(decompressed_text(stream, text.size() - 1));
  const std::optional<std::string> exactly = decompressed_text(stream, text.size());
  ASSERT_TRUE(exactly);
  EXPECT_EQ(exactly->size(), text.size());
}

}  // namespace
}  // namespace genaudit
