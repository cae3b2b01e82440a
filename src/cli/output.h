// Process output that never throws: stdout data (a reader that went away is not an error) and
// stderr diagnostics (best effort: there is nowhere left to report a failing stderr).
// Everything but JSON leaves through write_text or write_diagnostic, which show the control
// characters of untrusted text instead of sending them to the terminal (core/terminal.h).
#pragma once

#include <string_view>

namespace llm101::cli {

// False (after reporting on stderr) when stdout cannot be written, except for EPIPE.
bool write_stdout(std::string_view data);
void write_stderr(std::string_view data);

// Multi-line text for stdout, control characters shown; `own_tag` is Style::sgr_tag, so the
// program's own colour passes and nothing else does.
bool write_text(std::string_view text, std::string_view own_tag);
// One line on stderr: `line` with its control characters (newlines too) shown, then "\n".
void write_diagnostic(std::string_view line);

}  // namespace llm101::cli
