# Runs the CLI on bad input and checks exit codes and messages (cmake -P script).
function(expect_fail code pattern)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out
                  INPUT_FILE ${SRC}/tests/core/cli_contract.cmake)
  if(NOT rc EQUAL ${code})
    message(FATAL_ERROR "leselupe ${ARGN}: exit ${rc}, expected ${code}; stderr: ${err}")
  endif()
  if(NOT err MATCHES "${pattern}")
    message(FATAL_ERROR "leselupe ${ARGN}: stderr '${err}' does not match '${pattern}'")
  endif()
  if(NOT out STREQUAL "")
    message(FATAL_ERROR "leselupe ${ARGN}: printed to stdout on failure: ${out}")
  endif()
endfunction()

expect_fail(2 "unknown option '--bogus'" annotate --bogus)
expect_fail(2 "unknown kind 'persons'" annotate --kinds persons)
expect_fail(2 "not a valid YYYY-MM-DD" annotate --reference-date 2025-02-30)
expect_fail(2 "unknown language 'fr'" annotate --lang fr)
expect_fail(1 "cannot read /nonexistent" annotate /nonexistent)
expect_fail(2 "unknown command" frobnicate)

execute_process(COMMAND printf "ok\\377" OUTPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/bad-utf8.txt)
expect_fail(1 "invalid UTF-8 at byte 2" annotate ${CMAKE_CURRENT_BINARY_DIR}/bad-utf8.txt)

execute_process(COMMAND ${CLI} annotate --lang de --reference-date 2025-11-10 ${SRC}/tests/core/cli_contract.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^\\{\"lang\":\"de\",\"reference_date\":\"2025-11-10\",\"annotations\":\\[")
  message(FATAL_ERROR "leselupe annotate: exit ${rc}, output ${out}")
endif()

# batch: a bad option is a usage error, an unreadable file an I/O error, bad lines exit 3
# after the whole input (tests/core/batch_faults.sh has the other faults).
expect_fail(2 "--threads needs a number" batch --threads 0)
expect_fail(1 "cannot read /nonexistent" batch /nonexistent)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/batch.jsonl
     "{\"id\":1,\"text\":\"Kanzler Friedrich Merz sprach in Berlin.\",\"lang\":\"de\"}\nnot json\n")
execute_process(COMMAND ${CLI} batch --threads 2 --reference-date 2025-11-10 ${CMAKE_CURRENT_BINARY_DIR}/batch.jsonl
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 3 OR NOT out MATCHES "^\\{\"id\":1,\"lang\":\"de\",\"reference_date\":\"2025-11-10\",\"annotations\":\\[.*\n\\{\"id\":null,\"error\":\"line 2: not valid JSON\"\\}\n$"
   OR NOT err MATCHES "batch.jsonl: line 2: not valid JSON")
  message(FATAL_ERROR "leselupe batch: exit ${rc}, output ${out}, stderr ${err}")
endif()
