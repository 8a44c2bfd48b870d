// Unguessable tokens (session ids, CSRF tokens, upload folders' names).
#pragma once

#include <cstddef>
#include <string>

namespace genaudit::server {

// `bytes` bytes from the kernel's random source (getrandom(2)), as
// lower-case hex. Throws std::runtime_error when the kernel gives none.
std::string random_token(std::size_t bytes = 32);

// Whether `a` and `b` are equal, in a time that does not depend on where
// they differ (tokens compared with what a request sends).
bool same_token(const std::string& a, const std::string& b);

}  // namespace genaudit::server
