#include "engine/store/register_cache.h"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "engine/store/audit_store.h"
#include "engine/store/database_refused.h"
#include "engine/store/raw_statement.h"

namespace genaudit {

namespace {

// Bumped whenever the layout below changes: an older copy is not read.
constexpr int kFormat = 3;
constexpr std::string_view kMagic = "genaudit-columns";
// Written in the machine's byte order: a copy made on a machine of the
// other order reads differently, and is not used.
constexpr std::uint32_t kByteOrder = 0x01020304u;
constexpr std::uint32_t kNoText = 0xFFFFFFFFu;
// How a text column is stored: a list of its texts and each row's number
// in it, or each row's text.
constexpr std::uint8_t kListed = 1;
constexpr std::uint8_t kEach = 2;
// A text column with more distinct values than this (person ids) is stored
// text by text and read back into texts of its own table, as
// ColumnTextCache decides for a load through SQL; fewer are interned.
constexpr std::size_t kOwnTextsAbove = 65536;

const char* const kTriggerEvents[] = {"INSERT", "UPDATE", "DELETE"};
// Copies beyond this are not kept (SQLite's own limit on a value is 1 GB).
constexpr std::size_t kLargestCopy = std::size_t{900} << 20;

std::string trigger_name(const std::string& register_name, const char* event) {
  return "genaudit_cache_" + register_name + "_" + event;
}

std::string joined(const RegisterSchema& schema, const std::vector<std::size_t>& fields) {
  std::string out;
  for (std::size_t f : fields) out += (out.empty() ? "" : ",") + schema.fields[f].name;
  return out;
}

// --- Writing ---------------------------------------------------------------

class Encoder {
 public:
  template <typename T>
  void put(T value) {
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  template <typename T>
  void put_array(const std::vector<T>& values) {
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void put_text(std::string_view text) {
    put(static_cast<std::uint32_t>(text.size()));
    out_.append(text);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// --- Reading ---------------------------------------------------------------

// Reads a blob from the front, through a buffer for small reads and
// straight into the destination for large ones. Every read is checked
// against the blob's size: a short or damaged copy fails, nothing more.
class BlobReader {
 public:
  explicit BlobReader(sqlite3_blob* blob)
      : blob_(blob), size_(static_cast<std::size_t>(sqlite3_blob_bytes(blob))) {}

  bool read(void* to, std::size_t n) {
    // Nothing to read (a register of no rows): `to` may be null, which
    // memcpy may not be given even for no bytes.
    if (n == 0) return true;
    auto* out = static_cast<char*>(to);
    const std::size_t buffered = std::min(n, buffer_.size() - used_);
    std::memcpy(out, buffer_.data() + used_, buffered);
    used_ += buffered;
    out += buffered;
    n -= buffered;
    if (n == 0) return true;
    if (n > size_ - offset_) return false;
    if (n >= kBuffer) {
      if (sqlite3_blob_read(blob_, out, static_cast<int>(n), static_cast<int>(offset_)) != SQLITE_OK) {
        return false;
      }
      offset_ += n;
      return true;
    }
    buffer_.resize(std::min(kBuffer, size_ - offset_));
    used_ = 0;
    if (sqlite3_blob_read(blob_, buffer_.data(), static_cast<int>(buffer_.size()),
                          static_cast<int>(offset_)) != SQLITE_OK) {
      buffer_.clear();
      return false;
    }
    offset_ += buffer_.size();
    std::memcpy(out, buffer_.data(), n);
    used_ = n;
    return true;
  }

  template <typename T>
  bool get(T& value) {
    return read(&value, sizeof value);
  }

  template <typename T>
  bool get_array(std::vector<T>& values, std::size_t n) {
    if (n > remaining() / sizeof(T)) return false;
    values.resize(n);
    return read(values.data(), n * sizeof(T));
  }

  std::size_t remaining() const { return size_ - offset_ + buffer_.size() - used_; }
  std::size_t size() const { return size_; }

  bool get_text(std::string& text) {
    std::uint32_t n = 0;
    if (!get(n) || n > remaining()) return false;
    text.resize(n);
    return read(text.data(), n);
  }

 private:
  static constexpr std::size_t kBuffer = 1 << 20;
  sqlite3_blob* blob_;
  std::size_t size_;
  std::size_t offset_ = 0;  // of the blob's next byte not yet buffered
  std::string buffer_;
  std::size_t used_ = 0;  // bytes of the buffer already read
};

}  // namespace

// Reads and writes the storage of tables and columns (friends of both).
struct RegisterCacheCodec {
  static std::string encode(const Table& table, const std::vector<std::size_t>& fields) {
    Encoder e;
    e.bytes().append(kMagic);
    e.put(kByteOrder);
    e.put(static_cast<std::uint64_t>(table.row_count()));
    e.put(static_cast<std::uint32_t>(table.files_.size()));
    for (const SourceFile& file : table.files_) {
      e.put_text(file.name);
      e.put_text(file.sheet);
    }
    encode_sources(table.sources_, e);
    for (std::size_t f : fields) {
      const Column& column = table.columns_[f];
      e.put(static_cast<std::uint32_t>(f));
      switch (column.type_) {
        case FieldType::kText:
        case FieldType::kCode: encode_texts(column.texts_, e); break;
        case FieldType::kNumber:
        case FieldType::kInteger: e.put_array(column.numbers_); break;
        case FieldType::kDate: e.put_array(column.dates_); break;
        case FieldType::kBool: e.put_array(column.bools_); break;
      }
    }
    return std::move(e.bytes());
  }

  // Row sources come in runs (a file's rows one after another): each run
  // as its file, first row and length.
  static void encode_sources(const std::vector<RowSource>& sources, Encoder& e) {
    std::vector<std::uint32_t> runs;  // file, first row, length; ...
    for (const RowSource& s : sources) {
      const std::size_t n = runs.size();
      if (n > 0 && runs[n - 3] == s.file && runs[n - 2] + runs[n - 1] == s.row) {
        ++runs[n - 1];
      } else {
        runs.insert(runs.end(), {s.file, s.row, 1});
      }
    }
    e.put(static_cast<std::uint32_t>(runs.size() / 3));
    e.put_array(runs);
  }

  // A column of a few distinct texts (codes, genders, positions: interned,
  // so one object per value) as a list of them and each row's number in it,
  // as narrow as the list allows; a column of mostly distinct texts (person
  // ids, an object per cell) as each row's text.
  static void encode_texts(const std::vector<TextPtr>& texts, Encoder& e) {
    std::unordered_map<TextPtr, std::uint32_t> numbers;
    std::vector<TextPtr> distinct;
    std::vector<std::uint32_t> of_row(texts.size(), kNoText);
    TextPtr previous = nullptr;
    std::uint32_t previous_number = kNoText;
    for (std::size_t row = 0; row < texts.size(); ++row) {
      const TextPtr text = texts[row];
      if (!text) continue;
      if (text != previous) {
        const auto [found, added] =
            numbers.try_emplace(text, static_cast<std::uint32_t>(distinct.size()));
        if (added) distinct.push_back(text);
        if (distinct.size() > kOwnTextsAbove) return encode_each_text(texts, e);
        previous = text;
        previous_number = found->second;
      }
      of_row[row] = previous_number;
    }
    e.put(kListed);
    e.put(static_cast<std::uint32_t>(distinct.size()));
    for (TextPtr text : distinct) e.put_text(text->original);
    if (distinct.size() < 0xFF) {
      put_numbers<std::uint8_t>(of_row, e);
    } else if (distinct.size() < 0xFFFF) {
      put_numbers<std::uint16_t>(of_row, e);
    } else {
      put_numbers<std::uint32_t>(of_row, e);
    }
  }

  template <typename Width>
  static void put_numbers(const std::vector<std::uint32_t>& of_row, Encoder& e) {
    e.put(static_cast<std::uint8_t>(sizeof(Width)));
    std::vector<Width> narrow(of_row.size());
    for (std::size_t i = 0; i < of_row.size(); ++i) {
      narrow[i] = of_row[i] == kNoText ? static_cast<Width>(-1) : static_cast<Width>(of_row[i]);
    }
    e.put_array(narrow);
  }

  static void encode_each_text(const std::vector<TextPtr>& texts, Encoder& e) {
    e.put(kEach);
    for (TextPtr text : texts) {
      if (text) {
        e.put_text(text->original);
      } else {
        e.put(kNoText);
      }
    }
  }

  // `stored_fields`: how many fields the copy says it holds (at least one).
  static std::optional<Table> decode(BlobReader& in, const RegisterSchema& schema,
                                     const std::vector<std::size_t>& wanted,
                                     std::uint64_t expected_rows, std::size_t stored_fields) {
    std::string magic(kMagic.size(), '\0');
    std::uint32_t order = 0;
    std::uint64_t rows = 0;
    std::uint32_t files = 0;
    if (!in.read(magic.data(), magic.size()) || magic != kMagic || !in.get(order) ||
        order != kByteOrder || !in.get(rows) || rows != expected_rows) {
      return std::nullopt;
    }
    // Each field stored takes a byte a row at least: a count beyond that is
    // a lie, and nothing is allocated for it.
    if (rows > in.size() / stored_fields) {
      throw DatabaseRefused::impossible_copy(schema.name, rows, in.size());
    }
    if (rows > (1ull << 32) || !in.get(files)) return std::nullopt;
    Table table(schema);
    for (std::size_t f = 0; f < schema.fields.size(); ++f) table.set_loaded(f, false);
    for (std::uint32_t i = 0; i < files; ++i) {
      SourceFile file;
      if (!in.get_text(file.name) || !in.get_text(file.sheet)) return std::nullopt;
      table.files_.push_back(std::move(file));
    }
    if (!decode_sources(in, rows, files, table.sources_)) return std::nullopt;
    std::size_t found = 0;
    for (std::uint32_t position = 0; in.get(position);) {
      if (position >= schema.fields.size()) return std::nullopt;
      // A field the load does not need is read past: checked, no texts made.
      const bool keep = std::find(wanted.begin(), wanted.end(), position) != wanted.end();
      Column& column = table.columns_[position];
      if (!decode_column(in, rows, keep ? &table : nullptr, column)) return std::nullopt;
      if (keep) {
        table.set_loaded(position, true);
        ++found;
      } else {
        column.clear();
      }
    }
    if (found != wanted.size()) return std::nullopt;
    return table;
  }

  // `table` owns the texts read; null: the column is read past.
  static bool decode_column(BlobReader& in, std::uint64_t rows, Table* table, Column& column) {
    switch (column.type_) {
      case FieldType::kText:
      case FieldType::kCode: return decode_texts(in, rows, table, column.texts_);
      case FieldType::kNumber:
      case FieldType::kInteger: return in.get_array(column.numbers_, rows);
      case FieldType::kDate: return in.get_array(column.dates_, rows);
      case FieldType::kBool: return in.get_array(column.bools_, rows);
    }
    return false;
  }

  static bool decode_sources(BlobReader& in, std::uint64_t rows, std::uint32_t files,
                             std::vector<RowSource>& sources) {
    std::uint32_t count = 0;
    std::vector<std::uint32_t> runs;
    if (!in.get(count) || !in.get_array(runs, std::size_t{count} * 3)) return false;
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < runs.size(); i += 3) total += runs[i + 2];
    if (total != rows) return false;
    sources.reserve(rows);
    for (std::size_t i = 0; i < runs.size(); i += 3) {
      if (runs[i] >= files) return false;
      for (std::uint32_t k = 0; k < runs[i + 2]; ++k) sources.push_back({runs[i], runs[i + 1] + k});
    }
    return true;
  }

  static bool decode_texts(BlobReader& in, std::uint64_t rows, Table* table,
                           std::vector<TextPtr>& texts) {
    std::uint8_t form = 0;
    if (!in.get(form)) return false;
    texts.resize(rows);
    std::string text;
    if (form == kEach) {
      for (TextPtr& t : texts) {
        std::uint32_t n = 0;
        if (!in.get(n)) return false;
        if (n == kNoText) {
          t = nullptr;
          continue;
        }
        if (n > in.remaining()) return false;
        text.resize(n);
        if (!in.read(text.data(), n)) return false;
        t = table ? table->own_text(text) : nullptr;
      }
      return true;
    }
    std::uint32_t count = 0;
    // Each text takes four bytes at least: a damaged count allocates nothing.
    if (form != kListed || !in.get(count) || count > in.remaining() / 4) return false;
    std::vector<TextPtr> distinct(count);
    for (TextPtr& t : distinct) {
      if (!in.get_text(text)) return false;
      t = table ? make_text(text) : nullptr;
    }
    std::uint8_t width = 0;
    if (!in.get(width)) return false;
    switch (width) {
      case 1: return decode_numbers<std::uint8_t>(in, distinct, texts);
      case 2: return decode_numbers<std::uint16_t>(in, distinct, texts);
      case 4: return decode_numbers<std::uint32_t>(in, distinct, texts);
      default: return false;
    }
  }

  // Row numbers, a chunk at a time, each turned into its text.
  template <typename Width>
  static bool decode_numbers(BlobReader& in, const std::vector<TextPtr>& distinct,
                             std::vector<TextPtr>& texts) {
    std::vector<Width> chunk;
    for (std::size_t from = 0; from < texts.size();) {
      const std::size_t n = std::min<std::size_t>(texts.size() - from, 1 << 16);
      if (!in.get_array(chunk, n)) return false;
      for (std::size_t i = 0; i < n; ++i) {
        const Width number = chunk[i];
        if (number == static_cast<Width>(-1)) {
          texts[from + i] = nullptr;
        } else if (number < distinct.size()) {
          texts[from + i] = distinct[number];
        } else {
          return false;
        }
      }
      from += n;
    }
    return true;
  }
};

void RegisterCache::create_schema(SQLite::Database& db) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS register_cache ("
      " register TEXT PRIMARY KEY, format INTEGER NOT NULL, fields TEXT NOT NULL,"
      " data BLOB NOT NULL)");
}

void RegisterCache::forget(SQLite::Database& db, const std::string& register_name) {
  AuditStore::quoted(register_name);  // a schema name, checked
  for (const char* event : kTriggerEvents) {
    db.exec("DROP TRIGGER IF EXISTS " + trigger_name(register_name, event));
  }
  SQLite::Statement drop(db, "DELETE FROM register_cache WHERE register = ?");
  drop.bind(1, register_name);
  drop.exec();
}

namespace {

// The row of the register's copy (its rowid and fields) when the copy can
// be used: of this format, with all three of its triggers on the table.
std::optional<std::pair<sqlite3_int64, std::string>> usable_copy(
    sqlite3* handle, const std::string& register_name) {
  RawStatement query(
      handle,
      "SELECT rowid, fields FROM register_cache WHERE register = ?1 AND format = ?5"
      " AND (SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1"
      "      AND name IN (?2, ?3, ?4)) = 3");
  query.bind(1, register_name);
  for (int i = 0; i < 3; ++i) query.bind(2 + i, trigger_name(register_name, kTriggerEvents[i]));
  query.bind(5, kFormat);
  if (!query.step()) return std::nullopt;
  return std::make_pair(query.integer(0), std::string(query.text(1)));
}

}  // namespace

bool RegisterCache::has_copy(sqlite3* handle, const std::string& register_name) {
  return usable_copy(handle, register_name).has_value();
}

std::optional<Table> RegisterCache::read(sqlite3* handle, const RegisterSchema& schema,
                                         const std::vector<std::size_t>& fields, long rows) {
  if (rows < 0) return std::nullopt;
  const auto copy = usable_copy(handle, schema.name);
  if (!copy) return std::nullopt;
  const sqlite3_int64 rowid = copy->first;
  const std::string cached = "," + copy->second + ",";
  for (std::size_t f : fields) {
    if (cached.find("," + schema.fields[f].name + ",") == std::string::npos) return std::nullopt;
  }
  // A copy of no field (an earlier genaudit made them) cannot bound its
  // rows by its length: not used.
  if (copy->second.empty()) return std::nullopt;
  const auto stored_fields =
      static_cast<std::size_t>(std::count(copy->second.begin(), copy->second.end(), ',')) + 1;
  sqlite3_blob* opened = nullptr;
  if (sqlite3_blob_open(handle, "main", "register_cache", "data", rowid, 0, &opened) != SQLITE_OK) {
    sqlite3_blob_close(opened);
    return std::nullopt;
  }
  const std::unique_ptr<sqlite3_blob, decltype(&sqlite3_blob_close)> blob(opened,
                                                                          &sqlite3_blob_close);
  BlobReader in(blob.get());
  return RegisterCacheCodec::decode(in, schema, fields, static_cast<std::uint64_t>(rows),
                                    stored_fields);
}

void RegisterCache::create_triggers(SQLite::Database& db, const std::string& register_name) {
  const std::string quoted = AuditStore::quoted(register_name);
  for (const char* event : kTriggerEvents) {
    // The register's name is a schema identifier (checked by quoted()),
    // never text from a file. The text is compared with a database's
    // triggers (schema_guard.h): changing it makes those of databases
    // already made foreign.
    db.exec("CREATE TRIGGER " + trigger_name(register_name, event) + " AFTER " + event + " ON " +
            quoted + " BEGIN DELETE FROM register_cache WHERE register = '" + register_name +
            "'; END");
  }
}

void RegisterCache::write(SQLite::Database& db, const Table& table,
                          const std::vector<std::size_t>& fields) {
  write_encoded(db, table.schema(), fields, fields.empty() ? std::string() : encode(table, fields));
}

std::string RegisterCache::encode(const Table& table, const std::vector<std::size_t>& fields) {
  return RegisterCacheCodec::encode(table, fields);
}

void RegisterCache::write_encoded(SQLite::Database& db, const RegisterSchema& schema,
                                  const std::vector<std::size_t>& fields, const std::string& data) {
  forget(db, schema.name);
  if (fields.empty() || data.size() > kLargestCopy) return;
  create_triggers(db, schema.name);
  SQLite::Statement insert(
      db, "INSERT INTO register_cache (register, format, fields, data) VALUES (?, ?, ?, ?)");
  insert.bind(1, schema.name);
  insert.bind(2, kFormat);
  insert.bind(3, joined(schema, fields));
  insert.bindNoCopy(4, static_cast<const void*>(data.data()), static_cast<int>(data.size()));
  insert.exec();
}

}  // namespace genaudit
