# Writes a C++ file holding the texts of the plan's rule files, so that the
# program carries its own rule pack. Run at build time with
#   -DOUTPUT=file.cpp -DPACK_DIR=rules/pack -DSOURCE_DIR=<repo root>
file(GLOB_RECURSE rule_files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${PACK_DIR}/*.rules")
# The table of successor bodies (rules/language/successor_bodies.h).
if(EXISTS "${SOURCE_DIR}/${PACK_DIR}/bodies.toml")
  list(APPEND rule_files "${PACK_DIR}/bodies.toml")
endif()
list(SORT rule_files)
set(body "")
foreach(name IN LISTS rule_files)
  file(READ "${SOURCE_DIR}/${name}" text)
  string(APPEND body "      {\"${name}\", R\"genaudit_pack(${text})genaudit_pack\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from rules/pack by rules/language/embed_pack.cmake. Do not edit.
#include \"rules/language/pack_loader.h\"

namespace genaudit::rules {

const std::vector<RuleText>& builtin_rule_texts() {
  static const std::vector<RuleText> texts = {
${body}  };
  return texts;
}

}  // namespace genaudit::rules
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
