/* ndr_classify and ndr_classify_with against the shared fixture tests/reasons.txt (every
 * case, as the Rust suite asserts: all of them), and bad input. */
#include <stdio.h>
#include <string.h>

#include "check.h"

#define MAX_LINE 65536

/* The fixture's size floor (the issue asks for at least 300 real-shaped lines). */
#define MIN_CASES 300

static void fixture_cases(const char *path) {
    char line[MAX_LINE];
    FILE *file = fopen(path, "r");
    unsigned cases = 0, agree = 0, number = 0;
    CHECK(file != NULL);
    if (file == NULL) return;
    while (fgets(line, sizeof line, file) != NULL) {
        char *fields[3];
        int count;
        size_t len = strcspn(line, "\r\n");
        ndr_context context;
        ndr_classification with, plain;
        number++;
        line[len] = '\0';
        if (len == 0 || line[0] == '#') continue;
        count = split_tabs(line, fields, 3); /* TEXT, REASON, optional REMOTE-HOST */
        CHECK(count >= 2);
        if (count < 2) continue;
        memset(&context, 0, sizeof context);
        context.text = fields[0];
        context.text_len = strlen(fields[0]);
        if (count == 3) {
            context.remote_host = fields[2];
            context.remote_host_len = strlen(fields[2]);
        }
        cases++;
        CHECK_RESULT(ndr_classify_with(&context, &with), NDR_OK);
        if (strcmp(with.reason, fields[1]) == 0) {
            agree++;
        } else {
            printf("  %s:%u: expected %s, got %s (rule %s): %s\n", path, number, fields[1],
                   with.reason, with.rule, fields[0]);
        }
        /* Without a host, ndr_classify is ndr_classify_with of the text alone. */
        if (count == 2) {
            CHECK_RESULT(ndr_classify(fields[0], strlen(fields[0]), &plain), NDR_OK);
            CHECK_STR(plain.reason, with.reason);
            CHECK_STR(plain.rule, with.rule);
            CHECK_EQ(plain.code, with.code);
        }
        /* The code is the key of a well-formed code, and the status its entry. */
        if (with.code != 0) {
            ndr_explanation e;
            CHECK_RESULT(ndr_explain(with.code, &e), NDR_OK);
            CHECK_EQ(with.status, e.level == NDR_LEVEL_EXACT ? e.status : 0);
        }
    }
    fclose(file);
    printf("reasons fixture: %u of %u cases agree\n", agree, cases);
    CHECK(cases >= MIN_CASES);
    CHECK_EQ(agree, cases);
}

static void examples_and_bad_input(void) {
    static const char reply[] = "550 5.1.1 <someone@example.com>";
    static const char not_utf8[] = "550 5.2.2 \xff\xfe mailbox \x00 full";
    ndr_classification c, before;
    ndr_context context;
    uint32_t key = 0;

    /* No phrase: the code's catalog entry decides, and says so. */
    CHECK_RESULT(ndr_classify(reply, strlen(reply), &c), NDR_OK);
    CHECK_RESULT(ndr_code_parse("5.1.1", 5, &key), NDR_OK);
    CHECK_EQ(c.code, key);
    CHECK_EQ(c.status, NDR_STATUS_BAD_DESTINATION_MAILBOX);
    CHECK_STR(c.reason, ndr_status_reason(NDR_STATUS_BAD_DESTINATION_MAILBOX));
    CHECK_STR(c.rule, "status:5.1.1");

    /* Every text gets an answer, NUL bytes and bad UTF-8 included. */
    CHECK_RESULT(ndr_classify(not_utf8, sizeof not_utf8 - 1, &c), NDR_OK);
    CHECK(c.reason != NULL && c.rule != NULL);
    CHECK_RESULT(ndr_classify(NULL, 0, &c), NDR_OK);
    CHECK_STR(c.reason, "undefined");
    CHECK_EQ(c.code, 0);

    /* Errors leave the out-parameter alone. */
    before = c;
    CHECK_RESULT(ndr_classify(NULL, 4, &c), NDR_ERR_NULL);
    CHECK_RESULT(ndr_classify(reply, strlen(reply), NULL), NDR_ERR_NULL);
    CHECK_RESULT(ndr_classify(reply, (size_t)-1, &c), NDR_ERR_TOO_LONG);
    memset(&context, 0, sizeof context);
    context.text = reply;
    context.text_len = strlen(reply);
    context.code = 42; /* not a code key */
    CHECK_RESULT(ndr_classify_with(&context, &c), NDR_ERR_INVALID_CODE);
    CHECK_RESULT(ndr_classify_with(NULL, &c), NDR_ERR_NULL);
    CHECK_RESULT(ndr_classify_with(&context, NULL), NDR_ERR_NULL);
    CHECK(memcmp(&before, &c, sizeof c) == 0);

    /* A code given by the caller wins over the text's. */
    CHECK_RESULT(ndr_code_parse("5.2.2", 5, &context.code), NDR_OK);
    CHECK_RESULT(ndr_classify_with(&context, &c), NDR_OK);
    CHECK_EQ(c.code, context.code);
}

void test_classify(const char *fixture_path) {
    fixture_cases(fixture_path);
    examples_and_bad_input();
}
