/* Every kind of bad input gets a result code (or NULL / false / 0), never a crash: NULL
 * pointers, zero and huge lengths, garbage, non-UTF-8, and values that are no status. */
#include <stdint.h>
#include <string.h>

#include "check.h"

#define UNTOUCHED 0xDEADBEEFu

static void null_pointers_and_lengths(void) {
    uint32_t out = UNTOUCHED;
    ndr_found found = {UNTOUCHED, 7, 7};
    ndr_explanation e;
    const char *code = "5.1.1";

    CHECK_RESULT(ndr_status_parse(NULL, 5, &out), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_parse(NULL, SIZE_MAX, &out), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_parse(code, 5, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_parse(NULL, 0, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_parse(NULL, 0, &out), NDR_ERR_EMPTY); /* NULL + 0 is "" */
    CHECK_RESULT(ndr_status_parse(code, 0, &out), NDR_ERR_EMPTY);
    /* Lengths no C object can have are refused before anything is read. */
    CHECK_RESULT(ndr_status_parse(code, SIZE_MAX, &out), NDR_ERR_TOO_LONG);
    CHECK_RESULT(ndr_status_parse(code, (size_t)PTRDIFF_MAX + 1u, &out), NDR_ERR_TOO_LONG);

    CHECK_RESULT(ndr_code_parse(NULL, 5, &out), NDR_ERR_NULL);
    CHECK_RESULT(ndr_code_parse(code, 5, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_code_parse(NULL, 0, &out), NDR_ERR_EMPTY);
    CHECK_RESULT(ndr_code_parse(code, SIZE_MAX, &out), NDR_ERR_TOO_LONG);

    CHECK_RESULT(ndr_status_from_diagnostic(NULL, 3, &out), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_from_diagnostic("x", 1, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_from_diagnostic(NULL, 0, &out), NDR_ERR_EMPTY);
    CHECK_RESULT(ndr_status_from_diagnostic("x", SIZE_MAX, &out), NDR_ERR_TOO_LONG);

    CHECK_RESULT(ndr_status_from_code(5001001u, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_at(0, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_class(NDR_STATUS_BAD_DESTINATION_MAILBOX, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_status_subject(NDR_STATUS_BAD_DESTINATION_MAILBOX, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_explain(5001001u, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_explain(0, &e), NDR_ERR_INVALID_CODE);

    CHECK_RESULT(ndr_find_code(NULL, 10, 0, &found), NDR_ERR_NULL);
    CHECK_RESULT(ndr_find_code(NULL, SIZE_MAX, 0, &found), NDR_ERR_NULL);
    CHECK_RESULT(ndr_find_code((const uint8_t *)code, 5, 0, NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_find_code(NULL, 0, 0, &found), NDR_ERR_NOT_FOUND);
    CHECK_RESULT(ndr_find_code(NULL, 0, 1, &found), NDR_ERR_OUT_OF_RANGE);
    CHECK_RESULT(ndr_find_code((const uint8_t *)code, SIZE_MAX, 0, &found), NDR_ERR_TOO_LONG);

    CHECK_EQ(out, UNTOUCHED);
    CHECK_EQ(found.code, UNTOUCHED);
    CHECK_EQ(found.start, 7);
}

static void non_utf8(void) {
    uint32_t out = UNTOUCHED;
    ndr_found found;
    static const char lead[] = "\xff" "5.1.1";
    static const char tail[] = "5.1.1\xc3";
    static const char around[] = "\xff\xfe 4.2.2 \xc3\x28";
    CHECK_RESULT(ndr_status_parse(lead, sizeof lead - 1, &out), NDR_ERR_BAD_CLASS);
    CHECK_RESULT(ndr_status_parse(tail, sizeof tail - 1, &out), NDR_ERR_TRAILING);
    CHECK_RESULT(ndr_status_parse("5.\xff.1", 5, &out), NDR_ERR_BAD_SUBJECT);
    CHECK_EQ(out, UNTOUCHED);
    CHECK_RESULT(ndr_find_code((const uint8_t *)around, sizeof around - 1, 0, &found), NDR_OK);
    CHECK_EQ(found.code, 4002002u);
    CHECK_EQ(found.start, 3);
}

/* Values that are no status: fixed oddities, the code keys right after each entry that are
 * no entry of their own (inside ranges, 5.1.1 + 1 when 5.1.2 is missing ...), and keys that
 * are no code at all. Each is checked against the list ndr_status_at gives, not assumed. */
static int listed(uint32_t value) {
    size_t index, count = ndr_status_count();
    for (index = 0; index < count; index++) {
        uint32_t status = 0;
        if (ndr_status_at(index, &status) == NDR_OK && status == value) return 1;
    }
    return 0;
}

static void check_not_a_status(uint32_t value) {
    uint32_t out = UNTOUCHED;
    CHECK(!ndr_status_is_valid(value));
    CHECK(ndr_status_title(value) == NULL);
    CHECK(ndr_status_description(value) == NULL);
    CHECK(ndr_status_exchange(value) == NULL);
    CHECK(ndr_status_remedy(value) == NULL);
    CHECK(ndr_status_reason(value) == NULL);
    CHECK(ndr_status_actor(value) == NULL);
    CHECK(ndr_status_origin(value) == NULL);
    CHECK(ndr_status_name(value) == NULL);
    CHECK(ndr_status_code_str(value) == NULL);
    CHECK(ndr_status_notation(value) == NULL);
    CHECK(ndr_status_diagnostic(value, 0) == NULL);
    CHECK(ndr_status_reference(value, 0) == NULL);
    CHECK(ndr_status_smtp_reply(value, 0) == 0);
    CHECK(!ndr_status_is_success(value) && !ndr_status_is_transient(value) && !ndr_status_is_permanent(value));
    CHECK_RESULT(ndr_status_class(value, &out), NDR_ERR_INVALID_STATUS);
    CHECK_RESULT(ndr_status_subject(value, &out), NDR_ERR_INVALID_STATUS);
    CHECK_EQ(out, UNTOUCHED);
}

static void values_that_are_no_status(void) {
    static const uint32_t odd[] = {0u, 1u, 2u, 5001002u, 3001001u, 5999999u, 6000000u, UINT32_MAX - 1u, UINT32_MAX};
    size_t i, index, count = ndr_status_count(), checked = 0;
    for (i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        if (!listed(odd[i])) {
            check_not_a_status(odd[i]);
            checked++;
        }
    }
    for (index = 0; index < count; index++) {
        uint32_t status = 0;
        CHECK_RESULT(ndr_status_at(index, &status), NDR_OK);
        CHECK(ndr_status_is_valid(status) == listed(status));
        if (!listed(status + 1u)) {
            check_not_a_status(status + 1u);
            checked++;
        }
    }
    CHECK(checked >= 8); /* the odd values other than 5001002 are never codes of an entry */
    {
        uint32_t status = UNTOUCHED;
        CHECK_RESULT(ndr_status_at(SIZE_MAX, &status), NDR_ERR_OUT_OF_RANGE);
        CHECK_EQ(status, UNTOUCHED);
    }
    CHECK(ndr_level_name(0) == NULL && ndr_level_name(5) == NULL && ndr_level_name(UINT32_MAX) == NULL);
    CHECK(ndr_class_title(0) == NULL && ndr_class_title(3) == NULL && ndr_class_description(UINT32_MAX) == NULL);
    CHECK(ndr_subject_title(8) == NULL && ndr_subject_description(UINT32_MAX) == NULL);
}

/* Deterministic garbage from a small alphabet rich in what codes are made of: every result
 * is a known one, and parse, code_parse + from_code and find_code agree with each other. */
static uint32_t next_random(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

static void garbage(void) {
    static const char alphabet[] = "012455.....9 -x\xff\xc3\n";
    uint32_t state = 12345u;
    int round;
    for (round = 0; round < 20000; round++) {
        char text[16];
        size_t len = next_random(&state) % sizeof text, i, from = 0;
        uint32_t status = UNTOUCHED, key = UNTOUCHED, via_key = UNTOUCHED;
        ndr_result parsed, coded;
        ndr_found found;
        for (i = 0; i < len; i++) {
            text[i] = alphabet[next_random(&state) % (sizeof alphabet - 1)];
        }
        parsed = ndr_status_parse(text, len, &status);
        coded = ndr_code_parse(text, len, &key);
        check_record(parsed <= NDR_ERR_MALFORMED && coded <= NDR_ERR_MALFORMED, __FILE__, __LINE__, "known results");
        if (coded == NDR_OK) {
            ndr_result from_code = ndr_status_from_code(key, &via_key);
            if (parsed != (from_code == NDR_OK ? NDR_OK : NDR_ERR_UNKNOWN) || (parsed == NDR_OK && status != via_key)) {
                check_record(0, __FILE__, __LINE__, "status_parse agrees with code_parse + from_code");
            }
        } else if (parsed != coded) {
            check_record(0, __FILE__, __LINE__, "status_parse and code_parse fail alike");
        }
        while (ndr_find_code((const uint8_t *)text, len, from, &found) == NDR_OK) {
            if (found.start < from || found.end > len) {
                check_record(0, __FILE__, __LINE__, "find_code stays within the text");
                break;
            }
            from = found.end;
        }
    }
    CHECK(round == 20000);
}

void test_bad_input(void) {
    null_pointers_and_lengths();
    non_utf8();
    values_that_are_no_status();
    garbage();
}
