// The command-line front end: parse, run one command, print, return the exit status.
#pragma once

#include "cli/environment.h"

namespace llm101::cli {

// `env` is the process environment main read (read_environment).
int run(int argc, char** argv, Environment env);

}  // namespace llm101::cli
