// Work that should run only on what the other threads leave of the cores:
// the evaluation begun while registers are read, and the files' digests
// `audit --data` needs only at the end.
#pragma once

namespace genaudit {

// Puts the calling thread under Linux's SCHED_IDLE: it runs only on a core
// nothing else wants. A refusal (a sandbox that forbids it) leaves the
// thread as it was: its speed changes, never its result. A thread cannot
// leave SCHED_IDLE again without privileges: code waiting on such a thread
// must not depend on an idle core to be woken (see FileDigest::get()).
void run_this_thread_when_idle();

}  // namespace genaudit
