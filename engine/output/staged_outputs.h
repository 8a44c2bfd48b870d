// The files a command writes, written so that they never destroy anything
// and appear together or not at all.
//
// Every output is first written in full ("staged") in a private folder that
// is created beside it for the purpose — mkdtemp(): a random name, created
// exclusively, mode 0700, so that no one else can plant a file or a link in
// it — under a name created with O_CREAT|O_EXCL. publish() then moves each
// staged file over its output with rename(), which is atomic (a reader sees
// the old file or the new one, never half of one), after flushing it to
// disk. Until then nothing is visible; discard() — or destroying the object
// unpublished — removes what was staged and the folders made for it. A
// command stages all its outputs and publishes them once everything else
// has succeeded (its database transaction committed), so a failed run
// leaves no output behind.
//
// What an output path may name (output_kind(), links followed):
//   - a regular file, or nothing yet: replaced by rename (a link at the path
//     is replaced, never written through);
//   - a FIFO, a character device (/dev/null, a terminal), or standard output
//     ("" or "-"): written to as it is, at publish(), when the caller allows
//     streams (--output does); it is never replaced;
//   - anything else (a folder, a block device, a socket): refused.
// An output that is one of the run's inputs (protect(): the same device and
// inode, after resolving links) is refused, naming the input.
//
// Every error is a sentence in the user's language that names the path,
// for usage_error(), and ends by saying that nothing was written.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/language.h"

namespace genaudit {

enum class OutputKind {
  kStandardOutput,  // "" or "-"
  kFile,            // a regular file, or nothing (yet) at the path
  kStream,          // a FIFO or a character device
  kFolder,
  kBlockDevice,
  kSocket,
  kOther,
};

// What `path` names, following links. A path that cannot be looked at
// (a missing folder, no permission) is a kFile: staging then says why it
// cannot be written.
OutputKind output_kind(const std::filesystem::path& path);

// An input of a run, which no output may replace.
enum class InputRole { kDatabase, kRegister, kRules, kProfile, kMapping, kWaivers, kInspection };

// Whether an output may be a stream (a FIFO, a character device, standard
// output). Only a path the user names as the output itself may: files
// written beside it or into a folder are always files.
enum class Streams { kRefused, kAllowed };

class StagedOutputs {
 public:
  explicit StagedOutputs(Language lang) : lang_(lang) {}
  ~StagedOutputs() { discard(); }
  StagedOutputs(const StagedOutputs&) = delete;
  StagedOutputs& operator=(const StagedOutputs&) = delete;

  // No output may replace `input`, shown as `role` "input" when one would.
  // Nothing happens when `input` does not exist.
  void protect(const std::filesystem::path& input, InputRole role);

  // Whether `path` may be an output: not a folder, socket..., nor an input.
  // False with the reason in `error`. add() and add_file() check it too; a
  // command checks its --output early, before a long run.
  bool check(const std::filesystem::path& path, Streams streams, std::string* error) const;

  // Creates `folder` and its missing parents. Those created are removed
  // again when nothing is published (if still empty). False with the reason
  // in `error`.
  bool create_folder(const std::filesystem::path& folder, std::string* error);

  // Stages `content` as the output `path`. An output staged again at the
  // same path replaces the earlier one. False with the reason in `error`.
  bool add(const std::filesystem::path& path, std::string_view content, std::string* error,
           Streams streams = Streams::kRefused);

  // Stages an empty file for the output `path` and returns its name, for a
  // writer that needs a file name (libxlsxwriter) or writes as it goes; the
  // caller fills it before publish(). Its folder is private to this
  // process, so writing it by name is safe. nullopt with the reason in
  // `error` when it cannot be made.
  std::optional<std::filesystem::path> add_file(const std::filesystem::path& path,
                                                std::string* error,
                                                Streams streams = Streams::kRefused);

  // Moves every staged file over its output and writes the streamed ones,
  // in the order staged; then nothing is staged any more. False with the
  // reason in `error` when one cannot be (those before it are published,
  // the others discarded).
  bool publish(std::string* error);

  // Removes everything staged and the folders created for it.
  void discard();

 private:
  struct Output {
    std::filesystem::path target;   // as given
    std::filesystem::path key;      // absolute and normal: the same output twice
    OutputKind kind = OutputKind::kFile;
    std::filesystem::path staged;   // the file written; empty: `content` is streamed
    std::string content;
  };
  struct Protected {
    dev_t device;
    ino_t inode;
    InputRole role;
    std::filesystem::path shown;
  };

  // Checks `path`, then stages `content` for it (nullptr: an empty file
  // the caller fills). Returns the staged file; empty for a stream's
  // content, kept in memory.
  std::optional<std::filesystem::path> stage(const std::filesystem::path& path, Streams streams,
                                             const std::string_view* content, std::string* error);
  std::optional<std::filesystem::path> staging_folder(const std::filesystem::path& folder,
                                                      const std::filesystem::path& target,
                                                      std::string* error);
  bool publish_one(const Output& output, std::string* error);

  Language lang_;
  std::vector<Protected> protected_;
  std::vector<Output> outputs_;
  // The private staging folder made in each folder outputs go to.
  std::map<std::filesystem::path, std::filesystem::path> staging_;
  std::vector<std::filesystem::path> created_folders_;  // parents first
  unsigned staged_count_ = 0;
};

}  // namespace genaudit
