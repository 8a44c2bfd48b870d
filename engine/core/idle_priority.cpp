#include "engine/core/idle_priority.h"

#include <pthread.h>
#include <sched.h>

namespace genaudit {

void run_this_thread_when_idle() {
  sched_param parameters{};
  parameters.sched_priority = 0;  // the only one SCHED_IDLE takes
  (void)pthread_setschedparam(pthread_self(), SCHED_IDLE, &parameters);
}

}  // namespace genaudit
