// Where the translation catalogs (llm101.mo) are: beside the running binary in the build tree
// (build/locale/), else in the install tree relative to the binary (../share/locale), else the
// locale directory the build was configured with.
#pragma once

#include <string>
#include <string_view>

namespace llm101::io {

// The first candidate directory holding LANG/LC_MESSAGES/DOMAIN.mo for one of the languages
// of `languages` ("zh_CN:fr"; "zh_CN" also tries "zh"); "" when none does.
std::string find_catalog_dir(std::string_view languages, std::string_view domain);

}  // namespace llm101::io
