#pragma once

// Whether this test binary is built with AddressSanitizer (ZHILI_SANITIZE=ON): instrumented code runs several
// times slower, so timing assertions and start-up waits are adapted, never the behaviour checked.
namespace zhili::test {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
} // namespace zhili::test
