# Trains on tests/ner/fixture-de.tsv (sentences written for this test) and compares the
# model's checksum with tests/ner/fixture-de.checksum. Run by CTest (tools/ner/CMakeLists.txt).
execute_process(
  COMMAND ${TRAIN} --lang de --out ${OUT} --bits 12 --epochs 4 --seed 7 --no-lexicon
          germeval:${SRC}/tests/ner/fixture-de.tsv
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ner-train failed (${rc}): ${err}")
endif()
string(REGEX MATCH "checksum ([0-9a-f]+)" _ "${out}")
set(got "${CMAKE_MATCH_1}")
file(READ ${SRC}/tests/ner/fixture-de.checksum want)
string(STRIP "${want}" want)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "trainer checksum ${got}, expected ${want}: the feature extractor or the trainer "
                      "changed. Retrain data/*/ner.bin (tools/ner/train-models.sh) and update the checksum.\n${out}")
endif()
message(STATUS "ner-train reproduced checksum ${got}")
