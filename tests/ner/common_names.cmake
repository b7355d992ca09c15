# tools/ner/common_names.py on an invented fixture gives the expected rows: the counts, the
# sentence-start rule and the ratio to person uses (the header names paths, so rows only).
execute_process(COMMAND ${PYTHON} ${SRC}/tools/ner/common_names.py --lang de --out ${OUT}
                        ${SRC}/tests/ner/common-names-fixture.tsv RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "common_names.py failed: ${rc}")
endif()
file(STRINGS ${OUT} got REGEX "^[^#]")
file(STRINGS ${SRC}/tests/ner/common-names-expected.tsv want)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "common_names.py rows:\n${got}\nexpected:\n${want}")
endif()
