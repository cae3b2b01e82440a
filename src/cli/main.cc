// llm101: a checklist and study journal for the LLM101 roadmap.
#include "cli/app.h"

int main(int argc, char** argv) { return llm101::cli::run(argc, argv); }
