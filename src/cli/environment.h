// The process environment as values: terminals, NO_COLOR, COLUMNS, the editor, HOME, the locale
// variables, the working directory and today's date. Read once by main (read_environment) and handed to every command
// in its Context, so nothing below main calls getenv and commands stay testable.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/language.h"

namespace llm101::cli {

// The process environment, read once in main so commands stay testable.
struct Environment {
  bool stdout_tty = false;
  bool stderr_tty = false;
  bool no_color = false;      // NO_COLOR set and non-empty
  std::size_t columns = 0;    // COLUMNS or the terminal's width; 0 = unknown
  std::string cwd;            // after -C
  std::string today;          // local date, YYYY-MM-DD
  bool stdin_tty = false;
  std::string editor;         // $VISUAL, else $EDITOR; empty when neither is set
  std::optional<std::string> home;  // $HOME, for "~/" in words being completed
  LocaleVariables locale;     // LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the interface language
  int lock_timeout_ms = 10000;      // LLM101_LOCK_TIMEOUT (seconds): how long a writer waits for a lock
};

Environment read_environment();

}  // namespace llm101::cli
