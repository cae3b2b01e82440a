// Chooses the language once, at the start of main, before any text is built: ui_language from
// the workspace's llm101.toml (found from -C DIR or the working directory), else the locale
// variables (core/language.h). Then points gettext at the catalog.
#pragma once

#include "cli/environment.h"

namespace llm101::cli {

void setup_language(int argc, char** argv, const Environment& env);

}  // namespace llm101::cli
