/* The counters and messages behind check.h. */
#include "check.h"

#include <stdio.h>
#include <string.h>

static unsigned long passed;
static unsigned long failed;

void check_record(int ok, const char *file, int line, const char *what) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s:%d: %s\n", file, line, what);
    }
}

void check_result(uint32_t actual, uint32_t expected, const char *file, int line, const char *what) {
    check_record(actual == expected, file, line, what);
    if (actual != expected) {
        printf("     returned %u (%s), expected %u (%s)\n", (unsigned)actual, ndr_result_describe(actual),
               (unsigned)expected, ndr_result_describe(expected));
    }
}

void check_str(const char *actual, const char *expected, const char *file, int line, const char *what) {
    int equal = (actual == NULL || expected == NULL) ? actual == expected : strcmp(actual, expected) == 0;
    check_record(equal, file, line, what);
    if (!equal) {
        printf("     got \"%s\", expected \"%s\"\n", actual ? actual : "(NULL)", expected ? expected : "(NULL)");
    }
}

void check_u64(uint64_t actual, uint64_t expected, const char *file, int line, const char *what) {
    check_record(actual == expected, file, line, what);
    if (actual != expected) {
        printf("     got %llu, expected %llu\n", (unsigned long long)actual, (unsigned long long)expected);
    }
}

int check_report(const char *label) {
    if (label != NULL) {
        printf("%s: ", label);
    }
    printf("%lu passed, %lu failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

int split_tabs(char *line, char **fields, int max) {
    int count = 0;
    char *at = line;
    while (count < max) {
        char *tab = strchr(at, '\t');
        fields[count++] = at;
        if (tab == NULL) break;
        *tab = '\0';
        at = tab + 1;
    }
    return count;
}
