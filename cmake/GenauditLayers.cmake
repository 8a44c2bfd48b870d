# Layers the build enforces (docs/ARCHITECTURE.md).
#
# Includes are written from the repository root ("engine/store/audit_store.h"),
# but no target sees the whole root. Each layer library gets an include root of
# its own in the build tree, holding one symbolic link to its folder at the
# same relative path; a target sees a layer's headers only by linking the
# layer. An include of a layer that is neither linked nor linked through a
# lower layer fails to compile ("No such file or directory"). Which layer may
# include which is also checked file by file, by tests/architecture.

# genaudit_layer_headers(TARGET FOLDER...): TARGET's include root shows FOLDER
# (relative to the repository root) to TARGET and to every target linking it.
function(genaudit_layer_headers target)
  set(root "${PROJECT_BINARY_DIR}/layers/${target}")
  foreach(folder IN LISTS ARGN)
    get_filename_component(parent "${root}/${folder}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${folder}" "${root}/${folder}" SYMBOLIC)
  endforeach()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "$<BUILD_INTERFACE:${root}>")
  elseif(type STREQUAL "EXECUTABLE")
    target_include_directories(${target} PRIVATE "$<BUILD_INTERFACE:${root}>")
  else()
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${root}>")
  endif()
endfunction()
