# Turns INPUT into a C++ source defining llm101::embedded_roadmap(), byte for byte.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(([^,]*,){16})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT} "// Generated from share/roadmap.md by cmake/embed.cmake. Do not edit.\n"
  "#include <string_view>\nnamespace llm101 {\nnamespace {\nconstexpr char kBytes[] = {\n${bytes}'\\0'};\n}\n"
  "std::string_view embedded_roadmap() { return {kBytes, ${size}}; }\n}  // namespace llm101\n")
