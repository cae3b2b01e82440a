// The command-line front end: parse, run one command, print, return the exit status.
#pragma once

namespace llm101::cli {

int run(int argc, char** argv);

}  // namespace llm101::cli
