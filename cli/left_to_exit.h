// Objects left to the process's end instead of destroyed: a national
// audit's registers and report are millions of small allocations, and
// freeing them one by one took about 0.1 s after every output was written
// (perf, audit --data at scale 1). Only for objects that hold nothing but
// memory: never one whose destructor closes a file, commits or joins a
// thread. For the command-line's one command per process.
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace genaudit::cli {

template <typename T>
void leave_to_exit(T object) {
  // Reachable to the end (a leak checker sees a live object), never freed.
  static auto* const kept = new std::vector<std::shared_ptr<void>>();
  kept->push_back(std::make_shared<T>(std::move(object)));
}

}  // namespace genaudit::cli
