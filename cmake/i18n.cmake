# Translations (GNU gettext): po/llm101.pot is the template extracted from src/ by xgettext,
# po/LL.po one catalog per language in po/LINGUAS. Each .po is compiled by msgfmt into
# build/locale/LL/LC_MESSAGES/llm101.mo, where the build-tree binary looks first (beside itself),
# and installed to the standard locale directory.
#   cmake --build build --target update-pot   re-extract the template from the sources
#   cmake --build build --target update-po    merge the template into every po/LL.po
find_program(LLM101_MSGFMT msgfmt)
find_program(LLM101_XGETTEXT xgettext)
find_program(LLM101_MSGMERGE msgmerge)
if(NOT LLM101_MSGFMT OR NOT LLM101_XGETTEXT OR NOT LLM101_MSGMERGE)
  message(FATAL_ERROR "llm101: msgfmt, xgettext and msgmerge are needed: install the 'gettext' package")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(LLM101_PO_DIR ${PROJECT_SOURCE_DIR}/po)
set(LLM101_I18N_TOOL ${LLM101_PO_DIR}/i18n.py)
file(STRINGS ${LLM101_PO_DIR}/LINGUAS LLM101_LINGUAS REGEX "^[^#]")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${LLM101_PO_DIR}/LINGUAS)

set(LLM101_MO_FILES)
foreach(lang ${LLM101_LINGUAS})
  set(mo ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES/llm101.mo)
  add_custom_command(
    OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${LLM101_MSGFMT} --check -o ${mo} ${LLM101_PO_DIR}/${lang}.po
    DEPENDS ${LLM101_PO_DIR}/${lang}.po
    COMMENT "Compiling the ${lang} catalog")
  list(APPEND LLM101_MO_FILES ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(translations ALL DEPENDS ${LLM101_MO_FILES})

set(LLM101_I18N_ARGS --src ${PROJECT_SOURCE_DIR}/src --po ${LLM101_PO_DIR} --xgettext ${LLM101_XGETTEXT}
    --msgmerge ${LLM101_MSGMERGE} --msgfmt ${LLM101_MSGFMT} --version ${PROJECT_VERSION})
add_custom_target(update-pot
  COMMAND Python3::Interpreter ${LLM101_I18N_TOOL} pot ${LLM101_I18N_ARGS}
  COMMENT "Extracting po/llm101.pot from src/" VERBATIM)
add_custom_target(update-po
  COMMAND Python3::Interpreter ${LLM101_I18N_TOOL} po ${LLM101_I18N_ARGS}
  COMMENT "Merging po/llm101.pot into po/*.po" VERBATIM)
add_dependencies(update-po update-pot)

# Where the binary looks for catalogs once installed: relative to itself first (a relocated
# install, a .deb unpacked anywhere), then the configured prefix.
file(RELATIVE_PATH LLM101_BIN_TO_LOCALEDIR ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LOCALEDIR})
