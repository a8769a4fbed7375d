/* ndr_find_code against the shared conformance fixture tests/find_codes.txt (every case),
 * and its offsets. */
#include <stdio.h>
#include <string.h>

#include "check.h"

#define MAX_LINE 65536

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes the fixture's escapes (\t \n \r \\ \xHH) in place; gives the byte length, or
 * (size_t)-1 for a bad escape. */
static size_t unescape(char *text) {
    size_t in = 0, out = 0;
    while (text[in] != '\0') {
        char c = text[in++];
        if (c != '\\') {
            text[out++] = c;
            continue;
        }
        c = text[in++];
        if (c == 't') text[out++] = '\t';
        else if (c == 'n') text[out++] = '\n';
        else if (c == 'r') text[out++] = '\r';
        else if (c == '\\') text[out++] = '\\';
        else if (c == 'x' && hex_value(text[in]) >= 0 && hex_value(text[in + 1]) >= 0) {
            text[out++] = (char)(hex_value(text[in]) * 16 + hex_value(text[in + 1]));
            in += 2;
        } else {
            return (size_t)-1;
        }
    }
    return out;
}

/* Runs the C loop over one text; writes the codes found as "C.S.D C.S.D" (or "-"). */
static void find_all(const unsigned char *text, size_t len, char *found, size_t size) {
    size_t from = 0, used = 0;
    ndr_found match;
    ndr_result result;
    found[0] = '\0';
    while ((result = ndr_find_code(text, len, from, &match)) == NDR_OK) {
        uint32_t key = 0;
        size_t span = match.end - match.start;
        CHECK(match.start >= from && match.end > match.start && match.end <= len);
        /* The span is the code, and the key is its key. */
        CHECK_RESULT(ndr_code_parse((const char *)text + match.start, span, &key), NDR_OK);
        CHECK_EQ(key, match.code);
        if (used + span + 2 < size) {
            if (used > 0) found[used++] = ' ';
            memcpy(found + used, text + match.start, span);
            used += span;
            found[used] = '\0';
        }
        from = match.end;
    }
    CHECK_RESULT(result, NDR_ERR_NOT_FOUND);
    if (used == 0) strcpy(found, "-");
}

static void fixture(const char *path) {
    static char line[MAX_LINE];
    static char found[MAX_LINE];
    static char raw[MAX_LINE];
    size_t cases = 0;
    FILE *file = fopen(path, "rb");
    CHECK(file != NULL);
    if (file == NULL) {
        printf("     cannot open %s\n", path);
        return;
    }
    while (fgets(line, sizeof line, file) != NULL) {
        size_t len = strlen(line);
        char *tab, *expected = line, *text;
        size_t text_len;
        CHECK(len + 1 < sizeof line || line[len - 1] == '\n'); /* no line longer than the buffer */
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        if (len == 0 || line[0] == '#') continue;
        tab = strchr(line, '\t');
        CHECK(tab != NULL);
        if (tab == NULL) continue;
        *tab = '\0';
        text = tab + 1;
        strcpy(raw, text); /* as the fixture writes it, for messages */
        text_len = unescape(text);
        CHECK(text_len != (size_t)-1);
        if (text_len == (size_t)-1) continue;
        cases++;
        find_all((const unsigned char *)text, text_len, found, sizeof found);
        check_str(found, expected, __FILE__, __LINE__, raw);
    }
    fclose(file);
    CHECK(cases > 0);
}

static void offsets(void) {
    static const char text[] = "10.5.1.1 and 4.4.7";
    const unsigned char *bytes = (const unsigned char *)text;
    size_t len = sizeof text - 1;
    ndr_found match = {0, 0, 0};
    /* Starting inside the address: the byte before `from` still counts, so 5.1.1 is no code. */
    CHECK_RESULT(ndr_find_code(bytes, len, 3, &match), NDR_OK);
    CHECK_EQ(match.start, 13);
    CHECK_EQ(match.end, 18);
    CHECK_EQ(match.code, 4004007u);
    CHECK_RESULT(ndr_find_code(bytes, len, 14, &match), NDR_ERR_NOT_FOUND);
    CHECK_RESULT(ndr_find_code(bytes, len, len, &match), NDR_ERR_NOT_FOUND);
    CHECK_RESULT(ndr_find_code(bytes, len, len + 1, &match), NDR_ERR_OUT_OF_RANGE);
    CHECK_RESULT(ndr_find_code(bytes, len, (size_t)-1, &match), NDR_ERR_OUT_OF_RANGE);
    CHECK_EQ(match.start, 13); /* untouched by the failures */
}

void test_find(const char *fixture_path) {
    fixture(fixture_path);
    offsets();
}
