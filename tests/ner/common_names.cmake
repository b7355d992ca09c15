# tools/ner/common_names.py on an invented fixture gives the expected rows of all five tables: the
# counts, the sentence-start rule, the ratios, the lower-case rule of places ("leiden" ten times,
# "erlangen" once), the date words and the words after a preposition (the headers name paths, so
# rows only).
execute_process(COMMAND ${PYTHON} ${SRC}/tools/ner/common_names.py --lang de --out ${OUT}
                        --names-out ${OUT}.names --places-out ${OUT}.places --prep-nouns-out ${OUT}.prep --words-out ${OUT}.words
                        ${SRC}/tests/ner/common-names-fixture.tsv RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "common_names.py failed: ${rc}")
endif()
foreach(pair "${OUT};common-names-expected.tsv" "${OUT}.names;corpus-names-expected.tsv"
             "${OUT}.places;common-places-expected.tsv" "${OUT}.prep;prep-nouns-expected.tsv"
             "${OUT}.words;common-words-expected.tsv")
  list(GET pair 0 got_file)
  list(GET pair 1 want_file)
  file(STRINGS ${got_file} got REGEX "^[^#]")
  file(STRINGS ${SRC}/tests/ner/${want_file} want)
  if(NOT got STREQUAL want)
    message(FATAL_ERROR "common_names.py rows of ${got_file}:\n${got}\nexpected (${want_file}):\n${want}")
  endif()
endforeach()
