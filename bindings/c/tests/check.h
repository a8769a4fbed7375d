/* A tiny assertion helper: each CHECK counts as passed or failed and a failure says where.
 * check_report() prints the closing line "N passed, N failed" and gives the exit status. */
#ifndef NDR_CODES_TESTS_CHECK_H
#define NDR_CODES_TESTS_CHECK_H

#include <stdint.h>

#include "ndr_codes.h"

/* Records one check; `what` is the source text of the condition. */
void check_record(int ok, const char *file, int line, const char *what);
/* Checks that a function returned `expected`, naming both results on failure. */
void check_result(uint32_t actual, uint32_t expected, const char *file, int line, const char *what);
/* Checks that two strings are equal (both NULL counts as equal). */
void check_str(const char *actual, const char *expected, const char *file, int line, const char *what);
/* Checks that two unsigned numbers are equal, printing both on failure. */
void check_u64(uint64_t actual, uint64_t expected, const char *file, int line, const char *what);
/* Prints "[label: ]N passed, N failed"; returns 0 when nothing failed, else 1. */
int check_report(const char *label);

/* Splits `line` at tabs in place into at most `max` fields (the fixtures are tab-separated);
 * gives the field count. */
int split_tabs(char *line, char **fields, int max);

#define CHECK(cond) check_record((cond) != 0, __FILE__, __LINE__, #cond)
#define CHECK_RESULT(call, expected) check_result((call), (expected), __FILE__, __LINE__, #call)
#define CHECK_STR(actual, expected) check_str((actual), (expected), __FILE__, __LINE__, #actual)
#define CHECK_EQ(actual, expected) check_u64((actual), (expected), __FILE__, __LINE__, #actual)

/* The suites, one per file. */
void test_parse(void);
void test_status(void);
void test_explain(void);
void test_find(const char *fixture_path);
void test_bad_input(void);
void test_bounce(const char *corpus_dir, const char *reference_path);
void test_classify(const char *fixture_path);

#endif
