# Files installed gzip-compressed, as Debian policy (and lintian) want for man pages and the
# changelog: gzip -9n stores no name or time stamp, so the bytes depend on the input alone.
find_program(LLM101_GZIP gzip REQUIRED)

function(llm101_gzip src out)
  get_filename_component(dir "${out}" DIRECTORY)
  add_custom_command(OUTPUT "${out}"
                     COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
                     COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh "${LLM101_GZIP}" "${src}" "${out}"
                     DEPENDS "${src}" VERBATIM)
endfunction()

set(LLM101_MAN_GZ ${PROJECT_BINARY_DIR}/compressed/man1/llm101.1.gz)
set(LLM101_MAN_ZH_GZ ${PROJECT_BINARY_DIR}/compressed/zh_CN/man1/llm101.1.gz)
set(LLM101_CHANGELOG_GZ ${PROJECT_BINARY_DIR}/compressed/changelog.gz)
llm101_gzip(${PROJECT_SOURCE_DIR}/man/llm101.1 ${LLM101_MAN_GZ})
llm101_gzip(${PROJECT_SOURCE_DIR}/man/zh_CN/llm101.1 ${LLM101_MAN_ZH_GZ})
llm101_gzip(${PROJECT_SOURCE_DIR}/packaging/changelog ${LLM101_CHANGELOG_GZ})
add_custom_target(compressed ALL DEPENDS ${LLM101_MAN_GZ} ${LLM101_MAN_ZH_GZ} ${LLM101_CHANGELOG_GZ})
