/* Parsing text to status values and code keys, and the result descriptions. */
#include <string.h>

#include "check.h"

/* A value no function writes, to see that failures leave out-parameters alone. */
#define UNTOUCHED 0xDEADBEEFu

static ndr_result parse_status(const char *text, uint32_t *out) {
    *out = UNTOUCHED;
    return ndr_status_parse(text, strlen(text), out);
}

static ndr_result parse_code(const char *text, uint32_t *out) {
    *out = UNTOUCHED;
    return ndr_code_parse(text, strlen(text), out);
}

static void well_formed_codes(void) {
    uint32_t out;
    /* The text need not be NUL-terminated: only `len` bytes are read. */
    const char buffer[] = {'5', '.', '1', '.', '1', 'X'};
    CHECK_RESULT(ndr_status_parse(buffer, 5, &out), NDR_OK);
    CHECK_EQ(out, NDR_STATUS_BAD_DESTINATION_MAILBOX);
    CHECK_RESULT(ndr_status_parse(buffer, 6, &out), NDR_ERR_TRAILING);

    CHECK_RESULT(parse_code("5.999.999", &out), NDR_OK);
    CHECK_EQ(out, 5999999u);
    CHECK_RESULT(parse_code("2.0.0", &out), NDR_OK);
    CHECK_EQ(out, 2000000u);
    CHECK_RESULT(parse_code("4.10.100", &out), NDR_OK);
    CHECK_EQ(out, 4010100u);
}

static void malformed_codes(void) {
    static const struct {
        const char *text;
        uint32_t expected;
    } cases[] = {
        {"", NDR_ERR_EMPTY},          {"3.1.1", NDR_ERR_BAD_CLASS},     {"5", NDR_ERR_BAD_CLASS},
        {"51.1", NDR_ERR_BAD_CLASS},  {" 5.1.1", NDR_ERR_BAD_CLASS},    {"5.", NDR_ERR_BAD_SUBJECT},
        {"5.01.1", NDR_ERR_BAD_SUBJECT}, {"5.1000.1", NDR_ERR_BAD_SUBJECT}, {"5.1", NDR_ERR_BAD_SUBJECT},
        {"5.1.", NDR_ERR_BAD_DETAIL}, {"5.1.01", NDR_ERR_BAD_DETAIL},   {"5.1.1000", NDR_ERR_BAD_DETAIL},
        {"5.1.1.", NDR_ERR_TRAILING}, {"5.1.1 ", NDR_ERR_TRAILING},     {"5.1.1\n", NDR_ERR_TRAILING},
    };
    size_t i;
    uint32_t out;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_RESULT(parse_code(cases[i].text, &out), cases[i].expected);
        CHECK_EQ(out, UNTOUCHED);
        CHECK_RESULT(parse_status(cases[i].text, &out), cases[i].expected);
        CHECK_EQ(out, UNTOUCHED);
    }
}

static void known_and_unknown(void) {
    uint32_t out;
    CHECK_RESULT(parse_status("5.999.999", &out), NDR_ERR_UNKNOWN);
    CHECK_EQ(out, UNTOUCHED);
    CHECK_RESULT(ndr_status_from_code(5999999u, &out), NDR_ERR_UNKNOWN);
    CHECK_RESULT(ndr_status_from_code(3001001u, &out), NDR_ERR_INVALID_CODE);
    CHECK_RESULT(ndr_status_from_code(0, &out), NDR_ERR_INVALID_CODE);
    CHECK_RESULT(ndr_status_from_code(5000000u + 1000000u, &out), NDR_ERR_INVALID_CODE);
    CHECK_RESULT(ndr_status_from_code(UINT32_MAX, &out), NDR_ERR_INVALID_CODE);
    CHECK_EQ(out, UNTOUCHED);
}

static void diagnostics(void) {
    uint32_t out = UNTOUCHED;
    CHECK_RESULT(ndr_status_from_diagnostic("NO.SUCH.Token", 13, &out), NDR_ERR_NOT_FOUND);
    CHECK_RESULT(ndr_status_from_diagnostic("\xff\xfe", 2, &out), NDR_ERR_NOT_FOUND);
    CHECK_RESULT(ndr_status_from_diagnostic("", 0, &out), NDR_ERR_EMPTY);
    CHECK_EQ(out, UNTOUCHED);
}

static void result_descriptions(void) {
    uint32_t result;
    for (result = NDR_OK; result <= NDR_ERR_MESSAGE_TOO_LARGE; result++) {
        const char *text = ndr_result_describe(result);
        CHECK(text != NULL && text[0] != '\0');
        CHECK(strcmp(text, "unknown result") != 0);
    }
    CHECK_STR(ndr_result_describe(NDR_ERR_MESSAGE_TOO_LARGE + 1), "unknown result");
    CHECK_STR(ndr_result_describe(UINT32_MAX), "unknown result");
    CHECK_STR(ndr_result_describe(NDR_OK), "success");
}

void test_parse(void) {
    well_formed_codes();
    malformed_codes();
    known_and_unknown();
    diagnostics();
    result_descriptions();
}
