# Trains on tests/ner/fixture-de.tsv (sentences written for this test) and compares the
# model's checksum with tests/ner/fixture-de.checksum — once as one perceptron, once bagged
# (--bags 3: three document orders, their averages summed; fixture-de-bags.checksum). Run by
# CTest (tools/ner/CMakeLists.txt).
foreach(run plain bags)
  set(extra)
  set(want_file ${SRC}/tests/ner/fixture-de.checksum)
  if(run STREQUAL "bags")
    set(extra --bags 3)
    set(want_file ${SRC}/tests/ner/fixture-de-bags.checksum)
  endif()
  execute_process(
    COMMAND ${TRAIN} --lang de --out ${OUT} --bits 12 --epochs 4 --seed 7 ${extra} --no-lexicon
            germeval:${SRC}/tests/ner/fixture-de.tsv
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ner-train (${run}) failed (${rc}): ${err}")
  endif()
  string(REGEX MATCH "checksum ([0-9a-f]+)" _ "${out}")
  set(got "${CMAKE_MATCH_1}")
  file(READ ${want_file} want)
  string(STRIP "${want}" want)
  if(NOT got STREQUAL want)
    message(FATAL_ERROR "trainer checksum (${run}) ${got}, expected ${want}: the feature extractor or the trainer "
                        "changed. Retrain data/*/ner.bin (tools/ner/train-models.sh) and update the checksum.\n${out}")
  endif()
  message(STATUS "ner-train (${run}) reproduced checksum ${got}")
endforeach()
