#include "engine/store/compressed_text.h"

#include <zlib.h>

#include <algorithm>
#include <new>
#include <stdexcept>

namespace genaudit {

namespace {

// zlib counts bytes in `uInt`: a larger text goes through in pieces.
constexpr std::size_t kPiece = std::size_t{1} << 30;

// Owns a z_stream between its init and its end, whatever happens between:
// one that deflates (at zlib's fastest level) or one that inflates.
class ZStream {
 public:
  enum class Way { kDeflate, kInflate };
  explicit ZStream(Way way) : way_(way) {
    const int status = way == Way::kDeflate ? deflateInit(&stream_, Z_BEST_SPEED) : inflateInit(&stream_);
    if (status != Z_OK) throw std::bad_alloc();
  }
  ~ZStream() {
    if (way_ == Way::kDeflate) {
      deflateEnd(&stream_);
    } else {
      inflateEnd(&stream_);
    }
  }
  ZStream(const ZStream&) = delete;
  ZStream& operator=(const ZStream&) = delete;
  z_stream& stream() { return stream_; }

 private:
  Way way_;
  z_stream stream_{};
};

}  // namespace

std::string compressed_text(std::string_view text) {
  ZStream deflater(ZStream::Way::kDeflate);
  z_stream& z = deflater.stream();
  // deflateBound() takes a uLong: a bound piece by piece, plus the stream's
  // own bytes, is enough room for all of it.
  std::size_t room = 64;
  for (std::size_t at = 0; at < text.size(); at += kPiece) {
    room += deflateBound(&z, static_cast<uLong>(std::min(kPiece, text.size() - at)));
  }
  std::string out(room, '\0');
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  std::size_t in_left = text.size();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    const std::size_t in_piece = std::min(kPiece, in_left);
    z.avail_in = static_cast<uInt>(in_piece);
    const std::size_t out_used = static_cast<std::size_t>(reinterpret_cast<char*>(z.next_out) - out.data());
    z.avail_out = static_cast<uInt>(std::min(kPiece, out.size() - out_used));
    const bool last = in_piece == in_left;
    status = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
    // Neither can happen: the room is deflateBound()'s.
    if (status == Z_STREAM_ERROR || status == Z_BUF_ERROR) throw std::logic_error("deflate: no room");
    in_left -= in_piece - z.avail_in;
  }
  out.resize(static_cast<std::size_t>(reinterpret_cast<char*>(z.next_out) - out.data()));
  return out;
}

std::optional<std::string> decompressed_text(std::string_view stream, std::size_t most_bytes) {
  ZStream inflater(ZStream::Way::kInflate);
  z_stream& z = inflater.stream();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream.data()));
  std::size_t in_left = stream.size();
  // One byte more than allowed tells a text that is too long.
  const std::size_t room = most_bytes + 1;
  std::string out;
  // A report compresses about 24 times: room for that, then doubling.
  out.resize(std::min(room, std::max<std::size_t>(4096, stream.size() * 16)));
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) {
      if (out.size() == room) return std::nullopt;  // holds more than allowed
      out.resize(std::min(room, out.size() * 2));
    }
    const std::size_t in_piece = std::min(kPiece, in_left);
    const std::size_t out_piece = std::min(kPiece, out.size() - used);
    z.avail_in = static_cast<uInt>(in_piece);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    z.avail_out = static_cast<uInt>(out_piece);
    const int status = inflate(&z, Z_NO_FLUSH);
    in_left -= in_piece - z.avail_in;
    used += out_piece - z.avail_out;
    if (status == Z_STREAM_END) break;
    // Z_BUF_ERROR with input left to read means only that the output was
    // full; with none left, the stream was cut short.
    if (status == Z_BUF_ERROR && in_left == 0 && z.avail_out != 0) return std::nullopt;
    if (status != Z_OK && status != Z_BUF_ERROR) return std::nullopt;
  }
  if (in_left != 0 || used > most_bytes) return std::nullopt;  // bytes after its end, too long
  out.resize(used);
  return out;
}

}  // namespace genaudit
