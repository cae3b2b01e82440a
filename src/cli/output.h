// Process output that never throws: stdout data (a reader that went away is not an error) and
// stderr diagnostics (best effort: there is nowhere left to report a failing stderr).
#pragma once

#include <string_view>

namespace llm101::cli {

// False (after reporting on stderr) when stdout cannot be written, except for EPIPE.
bool write_stdout(std::string_view data);
void write_stderr(std::string_view data);

}  // namespace llm101::cli
