// The test hooks set through the environment (LLM101_FAULT_INJECT, LLM101_PAUSE) share one
// spelling, "NAME[@N][:ARG]": which step, which pass through it, and what to do there.
#pragma once

#include <string>
#include <string_view>

namespace llm101::io {

struct TestHook {
  std::string name;  // empty: the variable is not set
  int nth = 0;       // 0: every pass
  std::string arg;   // after ':'; empty when absent
};

// Reads the variable once per call; callers keep the result in a static.
TestHook read_test_hook(const char* variable);

// True when `point` is the hook's step and this pass through it (counted in `passes`) is the one.
bool hook_fires(const TestHook& hook, std::string_view point, int& passes);

}  // namespace llm101::io
