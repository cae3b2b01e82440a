#include "io/test_hook.h"

#include <cstdlib>

namespace llm101::io {

TestHook read_test_hook(const char* variable) {
  TestHook hook;
  const char* v = std::getenv(variable);
  if (!v || !*v) return hook;
  std::string_view s = v;
  std::string_view head = s.substr(0, s.find(':'));
  if (head.size() < s.size()) hook.arg = std::string(s.substr(head.size() + 1));
  hook.name = std::string(head.substr(0, head.find('@')));
  if (hook.name.size() < head.size()) hook.nth = std::atoi(std::string(head.substr(hook.name.size() + 1)).c_str());
  return hook;
}

bool hook_fires(const TestHook& hook, std::string_view point, int& passes) {
  if (hook.name.empty() || hook.name != point) return false;
  ++passes;
  return hook.nth == 0 || passes == hook.nth;
}

}  // namespace llm101::io
