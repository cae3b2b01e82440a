// Errors as values: a Diagnostic names where a problem is (file:line:col) and what it is.
// Core functions return Expected<T>; only the front end turns a Diagnostic into a message and an
// exit code.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace llm101 {

// How a failure maps onto the documented exit status.
enum class ErrorKind {
  Input,    // exit 2: bad argument, bad ID, unreadable or malformed input file
  Failure,  // exit 1: I/O failure, broken environment, anything else
};

struct Diagnostic {
  std::string message;
  std::string file;  // empty when the problem is not in a file
  int line = 0;      // 1-based; 0 = unknown
  int column = 0;    // 1-based; 0 = unknown
  ErrorKind kind = ErrorKind::Input;

  // "file:line:col: message", leaving out what is unknown.
  std::string format() const;
};

inline Diagnostic input_error(std::string message) {
  return Diagnostic{std::move(message), {}, 0, 0, ErrorKind::Input};
}
inline Diagnostic failure(std::string message) {
  return Diagnostic{std::move(message), {}, 0, 0, ErrorKind::Failure};
}

template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Expected(Diagnostic d) : v_(std::move(d)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Diagnostic& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Diagnostic> v_;
};

// For operations that produce nothing but can fail.
struct Ok {};
using Status = Expected<Ok>;

}  // namespace llm101
