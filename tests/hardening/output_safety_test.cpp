// Outputs that never destroy (issue #21, items 1, 4, 11, 12, 13), through
// the binary as a user runs it:
//   - a FIFO, a character device or `-` as --output is written to as it is,
//     never replaced; a folder or a socket is refused;
//   - an output that is one of the run's inputs (the database, a register,
//     a rule, profile, mapping or waiver file) is refused, naming it;
//   - a link planted at the name the temporaries used to have is never
//     followed;
//   - the outputs of a run appear together or not at all;
//   - a file name cannot write keys into the generated rejected mapping.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <toml++/toml.h>

#include "tests/fixture.h"
#include "tests/golden.h"
#include "tests/hardening/cli_run.h"

namespace genaudit {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::read_file;
using testing::run_genaudit;
using testing::sample_folder;
using testing::TempDir;

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// `s` as one word for sh, whatever it holds (line breaks included).
std::string quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs `genaudit ARGS` from the shell line `before`, which may use `$$`: the
// shell execs genaudit, which so keeps the shell's process id.
CliRun run_after(const std::string& before, const std::string& args, const fs::path& scratch) {
  const std::string command = before + " && exec " + GENAUDIT_BINARY + " " + args + " >" +
                              quoted((scratch / "stdout.txt").string()) + " 2>" +
                              quoted((scratch / "stderr.txt").string());
  const int raw = std::system(command.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(scratch / "stdout.txt");
  r.err = read_file(scratch / "stderr.txt");
  return r;
}

mode_t type_of(const fs::path& path, bool follow) {
  struct stat st {};
  const int rc = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  return rc == 0 ? (st.st_mode & S_IFMT) : 0;
}

std::set<std::string> names_in(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

// Every regular file under `folder`, at any depth.
std::vector<fs::path> files_under(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  return files;
}

const std::string& sample() { return sample_folder(); }

// The JSON report of the sample for 2025, as written to standard output.
const std::string& sample_report() {
  static const std::string report = [] {
    TempDir scratch;
    return run_genaudit("audit --data " + sample() + " --period 2025 --format json",
                        scratch.path())
        .out;
  }();
  return report;
}

// Reads `fd` (a FIFO opened without blocking) until `writer_done` is set
// and nothing is left in it.
std::string drain(int fd, const std::atomic<bool>& writer_done) {
  std::string out;
  char buffer[65536];
  for (;;) {
    // Read before draining: all the writer wrote is then in the pipe.
    const bool finished = writer_done.load();
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<size_t>(n));
    if (finished) return out;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 20) > 0 && !(p.revents & POLLIN)) ::poll(nullptr, 0, 20);
  }
}

long runs_in(const fs::path& db) {
  SQLite::Database d(db.string());
  return d.execAndGet("SELECT count(*) FROM runs").getInt64();
}

void import_sample(const fs::path& db, const fs::path& scratch) {
  const CliRun r = run_genaudit("import --db " + db.string() + " " + sample(), scratch);
  ASSERT_EQ(r.status, 0) << r.err;
}

// A copy of the sample whose staff register has one row with an impossible
// date: an import or audit --lenient leaves it out, into a rejected file.
fs::path sample_with_a_bad_row(const fs::path& folder) {
  fs::create_directories(folder);
  for (const auto& entry : fs::directory_iterator(sample())) {
    if (entry.path().extension() == ".csv") fs::copy_file(entry.path(), folder / entry.path().filename());
  }
  std::ofstream(folder / "staff.csv", std::ios::binary | std::ios::app)
      << "999,KH99999,Hàng Lỗi,nam,31/02/1990,UBND-KH,Chuyên viên,0,01/01/2020,,ĐH,\n";
  return folder;
}

// --- Item 1: a special file as --output ------------------------------------

TEST(OutputSafety, AFifoAsOutputIsStreamedAndStaysAFifo) {
  TempDir dir, scratch;
  const fs::path fifo = dir.path() / "report.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  // Opened for reading first, without blocking, so that genaudit finds a
  // reader; read while it writes (a pipe holds only 64 KiB).
  const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  ASSERT_GE(fd, 0) << std::strerror(errno);
  std::atomic<bool> done{false};
  std::string streamed;
  std::thread reader([&] { streamed = drain(fd, done); });
  const CliRun r = run_genaudit(
      "audit --data " + sample() + " --period 2025 --output " + fifo.string(), scratch.path());
  done = true;
  reader.join();
  ::close(fd);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(type_of(fifo, false), static_cast<mode_t>(S_IFIFO));
  EXPECT_TRUE(streamed == sample_report()) << streamed.size() << " bytes streamed";
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"report.json"}));
}

TEST(OutputSafety, ALinkToACharacterDeviceIsWrittenThroughAndStaysALink) {
  // Through a link in a folder of the test's own, never /dev/null itself:
  // were the fix to regress, the link is what gets replaced.
  TempDir dir, scratch;
  for (const std::string name : {"report.json", "report.csv", "report.xlsx"}) {
    const fs::path link = dir.path() / name;
    fs::create_symlink("/dev/null", link);
    const CliRun r = run_genaudit(
        "audit --data " + sample() + " --period 2025 --output " + link.string(), scratch.path());
    EXPECT_EQ(r.status, 1) << name << ": " << r.err;
    ASSERT_EQ(type_of(link, false), static_cast<mode_t>(S_IFLNK)) << name << " was replaced";
    EXPECT_EQ(fs::read_symlink(link), fs::path("/dev/null")) << name;
    EXPECT_EQ(type_of("/dev/null", false), static_cast<mode_t>(S_IFCHR));
  }
  // No temporary left, and no CSV of indicators, waived findings or intake
  // beside a device: they go beside a file only.
  EXPECT_EQ(names_in(dir.path()),
            (std::set<std::string>{"report.json", "report.csv", "report.xlsx"}));
}

TEST(OutputSafety, DashIsStandardOutput) {
  TempDir dir, scratch;
  const CliRun r = run_after("cd " + quoted(dir.path().string()),
                             "audit --data " + sample() + " --period 2025 --format json --output -",
                             scratch.path());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(r.out == sample_report()) << r.out.size() << " bytes out";
  EXPECT_TRUE(names_in(dir.path()).empty());
}

TEST(OutputSafety, AFolderOrASocketAsOutputIsRefusedAndLeftAlone) {
  TempDir dir, scratch;
  const fs::path folder = dir.path() / "report.json";
  fs::create_directory(folder);
  const std::string args = "audit --data " + sample() + " --period 2025 --output ";
  const CliRun vi = run_genaudit(args + folder.string(), scratch.path());
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "\"" + folder.string() + "\" là một thư mục")) << vi.err;
  const CliRun en = run_genaudit(args + folder.string() + " --lang en", scratch.path());
  EXPECT_EQ(en.status, 2);
  EXPECT_TRUE(has(en.err, "\"" + folder.string() + "\" is a folder")) << en.err;
  EXPECT_TRUE(fs::is_directory(folder));
  EXPECT_TRUE(fs::is_empty(folder));

  const fs::path socket_path = dir.path() / "s.json";
  const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(s, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(socket_path.string().size(), sizeof address.sun_path);
  std::strcpy(address.sun_path, socket_path.c_str());
  ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address), 0)
      << std::strerror(errno);
  const CliRun sock = run_genaudit(args + socket_path.string() + " --lang en", scratch.path());
  ::close(s);
  EXPECT_EQ(sock.status, 2);
  EXPECT_TRUE(has(sock.err, "\"" + socket_path.string() + "\" is a socket")) << sock.err;
  EXPECT_EQ(type_of(socket_path, false), static_cast<mode_t>(S_IFSOCK));
  EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"report.json", "s.json"}));
}

// --- Item 4: an output onto an input ---------------------------------------

TEST(OutputSafety, AnOutputThatIsAnInputIsRefusedNamingTheInput) {
  TempDir dir, scratch;
  const fs::path db = dir.path() / "a.db";
  import_sample(db, scratch.path());
  const fs::path data = dir.path() / "data";
  fs::copy(sample(), data);
  const fs::path hr = dir.path() / "hr";
  fs::copy(std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/hr", hr);
  const fs::path rules = dir.write("r.rules", read_file(std::string(GENAUDIT_SOURCE_DIR) +
                                                        "/rules/examples/guide.rules"));
  const fs::path profile = dir.write("p.toml", "");
  const fs::path waivers = dir.write("w.toml", "");
  const fs::path link = dir.path() / "link.csv";
  fs::create_symlink(data / "staff.csv", link);
  const std::string db_args = "audit --db " + db.string() + " --period 2025 --lang en";
  const std::string data_args = "audit --data " + data.string() + " --period 2025 --lang en";
  struct Case {
    std::string args;
    fs::path output;
    fs::path input;  // must be left as it was
    std::string said;
  };
  const std::vector<Case> cases = {
      {db_args, db, db, "it is the database \"" + db.string() + "\""},
      {data_args, data / "staff.csv", data / "staff.csv",
       "it is the register file \"" + (data / "staff.csv").string() + "\""},
      {data_args, link, data / "staff.csv",
       "it is the register file \"" + (data / "staff.csv").string() + "\""},
      {data_args + " --rules " + rules.string(), rules, rules,
       "it is the rule file \"" + rules.string() + "\""},
      {data_args + " --profile " + profile.string(), profile, profile,
       "it is the profile \"" + profile.string() + "\""},
      {db_args + " --waivers " + waivers.string(), waivers, waivers,
       "it is the waiver file \"" + waivers.string() + "\""},
      {"audit --data " + hr.string() + " --period 2025 --lang en", hr / "hr.mapping.toml",
       hr / "hr.mapping.toml", "it is the mapping \"" + (hr / "hr.mapping.toml").string() + "\""},
  };
  for (const Case& c : cases) {
    const std::string before = read_file(c.input);
    const CliRun r = run_genaudit(c.args + " --output " + c.output.string(), scratch.path());
    EXPECT_EQ(r.status, 2) << c.output;
    EXPECT_TRUE(has(r.err, c.said)) << r.err;
    EXPECT_TRUE(has(r.err, "nothing was written")) << r.err;
    EXPECT_TRUE(read_file(c.input) == before) << c.input << " was changed";
  }
  EXPECT_EQ(type_of(link, false), static_cast<mode_t>(S_IFLNK));
  EXPECT_EQ(runs_in(db), 0);
  SQLite::Database opened(db.string());
  EXPECT_EQ(opened.execAndGet("PRAGMA integrity_check").getString(), "ok");

  // In Vietnamese, by default.
  const CliRun vi = run_genaudit("audit --db " + db.string() + " --period 2025 --output " +
                                     db.string(), scratch.path());
  EXPECT_EQ(vi.status, 2);
  EXPECT_TRUE(has(vi.err, "đó là cơ sở dữ liệu \"" + db.string() + "\"")) << vi.err;
}

TEST(OutputSafety, RecordsAndRejectedRowsNeverReplaceAnInput) {
  TempDir dir, scratch;
  // A waiver file kept in the records' folder under a record's name.
  const fs::path records = dir.path() / "records";
  fs::create_directories(records);
  const fs::path waivers = records / "SNV.md";
  std::ofstream(waivers) << "# no waiver\n";
  const CliRun audit = run_genaudit("audit --data " + sample() + " --period 2025 --lang en --waivers " +
                                        waivers.string() + " --per-agency " + records.string() +
                                        " --output " + (dir.path() / "r.json").string(),
                                    scratch.path());
  EXPECT_EQ(audit.status, 2);
  // Records go only into a new or empty folder, so none can be an input:
  // this one is refused for holding a file at all.
  EXPECT_TRUE(has(audit.err, "the folder \"" + records.string() + "\" is not empty")) << audit.err;
  EXPECT_EQ(read_file(waivers), "# no waiver\n");
  EXPECT_EQ(names_in(records), (std::set<std::string>{"SNV.md"}));
  EXPECT_FALSE(fs::exists(dir.path() / "r.json"));

  // A mapping kept in the rejected rows' folder under the name of the
  // mapping an import --lenient writes there.
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  const std::string hr = std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/hr";
  fs::copy_file(hr + "/agencies.csv", data / "agencies.csv");
  std::string staff = read_file(hr + "/DanhSachNhanSu_2025.csv");
  const auto at = staff.find(";15.07.2018;");
  ASSERT_NE(at, std::string::npos);
  staff.replace(at, 12, ";32.07.2018;");
  std::ofstream(data / "DanhSachNhanSu_2025.csv", std::ios::binary) << staff;
  const fs::path rejected = dir.path() / "rejected";
  fs::create_directories(rejected);
  const fs::path mapping = rejected / "staff.rejected.mapping.toml";
  fs::copy_file(hr + "/hr.mapping.toml", mapping);
  const fs::path db = dir.path() / "a.db";
  const CliRun import = run_genaudit("import --db " + db.string() + " --lang en --lenient --rejected " +
                                         rejected.string() + " --mapping " + mapping.string() + " " +
                                         data.string(),
                                     scratch.path());
  EXPECT_EQ(import.status, 2);
  EXPECT_TRUE(has(import.err, "it is the mapping \"" + mapping.string() + "\"")) << import.err;
  EXPECT_TRUE(read_file(mapping) == read_file(hr + "/hr.mapping.toml")) << "the mapping was changed";
  EXPECT_EQ(names_in(rejected), (std::set<std::string>{"staff.rejected.mapping.toml"}));
}

// --- Item 11: temporaries at names nobody can plant -------------------------

TEST(OutputSafety, ALinkPlantedAtTheOldTemporaryNameIsNeverFollowed) {
  // Each output's temporary used to be named after the process id; the
  // shell that plants the link there execs genaudit, which keeps its id.
  TempDir dir, scratch;
  const fs::path victim = dir.write("victim.txt", "precious\n");
  const fs::path data = sample_with_a_bad_row(dir.path() / "data");
  const fs::path records = dir.path() / "records";
  const fs::path rejected = dir.path() / "rejected";
  fs::create_directories(records);
  fs::create_directories(rejected);
  const std::string audit = "audit --data " + data.string() + " --period 2025 --lenient";
  struct Case {
    fs::path planted;  // + "$$"
    std::string args;
  };
  const std::vector<Case> cases = {
      {dir.path() / "r.json.tmp-", audit + " --rejected " + rejected.string() + " --output " +
                                       (dir.path() / "r.json").string()},
      {dir.path() / ".r.xlsx.tmp-", audit + " --rejected " + rejected.string() + " --output " +
                                        (dir.path() / "r.xlsx").string()},
      {records / ".SNV.md.tmp-", audit + " --rejected " + rejected.string() + " --per-agency " +
                                     records.string()},
      {rejected / "staff.csv.tmp-", "import --db " + (dir.path() / "a.db").string() +
                                        " --lenient --rejected " + rejected.string() + " " +
                                        data.string()},
  };
  for (const Case& c : cases) {
    const CliRun r = run_after("ln -s " + quoted(victim.string()) + " " +
                                   quoted(c.planted.string()) + "$$",
                               c.args, scratch.path());
    // A link planted in the records' folder makes it a folder with a file
    // in it, which records are never written into.
    const bool in_records = c.planted.parent_path() == records;
    EXPECT_TRUE(in_records ? r.status == 2 : r.status == 0 || r.status == 1)
        << c.args << "\n" << r.err;
    EXPECT_EQ(read_file(victim), "precious\n") << c.planted;
  }
  EXPECT_FALSE(read_file(dir.path() / "r.json").empty());
  EXPECT_EQ(read_file(dir.path() / "r.xlsx").substr(0, 2), "PK");
  EXPECT_FALSE(fs::exists(records / "SNV.md"));
  EXPECT_TRUE(has(read_file(rejected / "staff.csv"), "KH99999"));
}

// --- Item 12: the outputs of a run together or not at all ---------------------

TEST(OutputSafety, ARecordThatCannotBeWrittenLeavesNoOutputAndNoRun) {
  TempDir dir, scratch;
  const fs::path db = dir.path() / "a.db";
  import_sample(db, scratch.path());
  // The records' folder cannot be made: a file is where it goes. (A
  // folder with anything in it is refused before the run, see
  // RecordsAndRejectedRowsNeverReplaceAnInput.)
  const fs::path records = dir.path() / "records";
  std::ofstream(records) << "a file, not a folder\n";
  const fs::path report = dir.path() / "r.json";
  const CliRun recorded = run_genaudit("audit --db " + db.string() + " --period 2025 --lang en" +
                                           " --output " + report.string() + " --per-agency " +
                                           records.string(),
                                       scratch.path());
  EXPECT_EQ(recorded.status, 2);
  EXPECT_TRUE(has(recorded.err, "cannot create the folder")) << recorded.err;
  EXPECT_FALSE(fs::exists(report));
  EXPECT_EQ(read_file(records), "a file, not a folder\n");
  EXPECT_EQ(runs_in(db), 0);
  std::set<std::string> left = names_in(dir.path());
  left.erase("a.db-wal");  // SQLite's own, when it keeps them
  left.erase("a.db-shm");
  EXPECT_EQ(left, (std::set<std::string>{"a.db", "records"})) << "no staging folder left";

  // Of a folder read leniently: its rejected rows are an output of the run.
  const fs::path data = sample_with_a_bad_row(dir.path() / "data");
  const fs::path rejected = dir.path() / "rejected";
  const CliRun lenient = run_genaudit("audit --data " + data.string() +
                                          " --period 2025 --lenient --rejected " + rejected.string() +
                                          " --output " + report.string() + " --per-agency " +
                                          records.string(),
                                      scratch.path());
  EXPECT_EQ(lenient.status, 2);
  EXPECT_FALSE(fs::exists(report));
  EXPECT_EQ(read_file(records), "a file, not a folder\n");
  EXPECT_FALSE(fs::exists(rejected)) << "created for the run, removed with it";

  // The folder fixed, everything appears, and the run is recorded.
  fs::remove(records);
  const CliRun fixed = run_genaudit("audit --db " + db.string() + " --period 2025 --output " +
                                        report.string() + " --per-agency " + records.string(),
                                    scratch.path());
  EXPECT_EQ(fixed.status, 1) << fixed.err;
  EXPECT_TRUE(fs::exists(report));
  // 21 records as .docx, .html and .md, the index and the print file.
  EXPECT_EQ(files_under(records).size(), 65u);
  EXPECT_EQ(runs_in(db), 1);
}

// --- Item 13: the rejected mapping written by a TOML serialiser ----------------

TEST(OutputSafety, AMappingNamedWithLineBreaksAddsNoKeyToTheRejectedMapping) {
  TempDir dir, scratch;
  const fs::path data = dir.path() / "data";
  fs::create_directories(data);
  const std::string hr = std::string(GENAUDIT_SOURCE_DIR) + "/examples/mapped/hr";
  fs::copy_file(hr + "/agencies.csv", data / "agencies.csv");
  std::string staff = read_file(hr + "/DanhSachNhanSu_2025.csv");
  const auto at = staff.find(";15.07.2018;");
  ASSERT_NE(at, std::string::npos);
  staff.replace(at, 12, ";32.07.2018;");
  std::ofstream(data / "DanhSachNhanSu_2025.csv", std::ios::binary) << staff;
  // A mapping whose name, written in a comment, would break out of it.
  const fs::path mapping = data / "hr\nx = 1\n[[register]]\n#.mapping.toml";
  fs::copy_file(hr + "/hr.mapping.toml", mapping);
  const fs::path rejected = dir.path() / "rejected";
  const CliRun r = run_genaudit("import --db " + (dir.path() / "a.db").string() +
                                    " --lenient --rejected " + rejected.string() + " " +
                                    quoted(data.string()),
                                scratch.path());
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string written = read_file(rejected / "staff.rejected.mapping.toml");
  toml::table parsed;
  try {
    parsed = toml::parse(written);
  } catch (const toml::parse_error& e) {
    FAIL() << e.what() << "\n" << written;
  }
  std::set<std::string> top;
  for (const auto& [key, node] : parsed) top.insert(std::string(key.str()));
  EXPECT_EQ(top, (std::set<std::string>{"register"})) << written;
  const toml::array* registers = parsed["register"].as_array();
  ASSERT_NE(registers, nullptr);
  ASSERT_EQ(registers->size(), 1u) << written;
  const toml::table* table = registers->get(0)->as_table();
  ASSERT_NE(table, nullptr);
  std::set<std::string> keys;
  for (const auto& [key, node] : *table) keys.insert(std::string(key.str()));
  EXPECT_EQ(keys, (std::set<std::string>{"name", "file", "date_format", "columns", "values"}))
      << written;
  EXPECT_EQ(parsed["register"][0]["file"].value<std::string>(),
            "DanhSachNhanSu_2025.rejected.csv");
}

}  // namespace
}  // namespace genaudit
