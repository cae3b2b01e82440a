// llm101: a checklist and study journal for the LLM101 roadmap.
#include <malloc.h>

#include "cli/app.h"

int main(int argc, char** argv) {
  // A short-lived process: let big buffers (the roadmap text, the item tables) come from the heap
  // and be reused once freed, instead of fresh mmap'd pages for each. Every page touched for the
  // first time is a page fault; this saves a fifth of them on a 10k-item roadmap.
  // Blocks over 4 MiB (100k-item roadmaps) are still mapped and returned whole: peak memory there
  // matters more.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  return llm101::cli::run(argc, argv, llm101::cli::read_environment());
}
