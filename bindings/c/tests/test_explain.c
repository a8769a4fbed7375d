/* ndr_explain at each level, and the class and subject texts it falls back to. */
#include <string.h>

#include "check.h"

static int has_entry(uint32_t key) {
    uint32_t status;
    return ndr_status_from_code(key, &status) == NDR_OK;
}

static void exact(void) {
    size_t index, count = ndr_status_count();
    for (index = 0; index < count; index++) {
        uint32_t status = 0;
        ndr_explanation e;
        CHECK_RESULT(ndr_status_at(index, &status), NDR_OK);
        CHECK_RESULT(ndr_explain(status, &e), NDR_OK);
        CHECK_EQ(e.code, status);
        CHECK_EQ(e.level, NDR_LEVEL_EXACT);
        CHECK_EQ(e.status, status);
        CHECK(e.title == ndr_status_title(status));
        CHECK(e.description == ndr_status_description(status));
        CHECK(e.remedy == ndr_status_remedy(status));
    }
}

/* A failure code without an entry whose twin in the other failure class has one. */
static void other_class(void) {
    size_t index, count = ndr_status_count(), seen = 0;
    for (index = 0; index < count; index++) {
        uint32_t status = 0, twin, twin_status;
        ndr_explanation e;
        CHECK_RESULT(ndr_status_at(index, &status), NDR_OK);
        if (status < 4000000u) {
            continue; /* success has no other failure class */
        }
        twin = status < 5000000u ? status + 1000000u : status - 1000000u;
        if (has_entry(twin)) {
            continue;
        }
        seen++;
        CHECK_RESULT(ndr_explain(twin, &e), NDR_OK);
        CHECK_EQ(e.level, NDR_LEVEL_OTHER_CLASS);
        CHECK_RESULT(ndr_status_from_code(status, &twin_status), NDR_OK);
        CHECK_EQ(e.status, twin_status);
        CHECK_STR(e.title, ndr_status_title(twin_status));
        CHECK(e.remedy != NULL);
    }
    CHECK(seen > 0);
}

/* For each subject, the first detail no class has an entry for is explained by its subject. */
static void subject_level(void) {
    uint32_t subject;
    for (subject = 0; subject <= 7; subject++) {
        uint32_t detail;
        for (detail = 0; detail <= 999; detail++) {
            uint32_t permanent = 5000000u + subject * 1000u + detail;
            ndr_explanation e;
            if (has_entry(permanent) || has_entry(permanent - 1000000u)) {
                continue;
            }
            CHECK_RESULT(ndr_explain(permanent, &e), NDR_OK);
            CHECK_EQ(e.level, NDR_LEVEL_SUBJECT);
            CHECK_EQ(e.status, 0);
            CHECK_STR(e.title, ndr_subject_title(subject));
            CHECK_STR(e.description, ndr_subject_description(subject));
            CHECK(e.remedy == NULL);
            break;
        }
        CHECK(detail <= 999);
    }
}

static void class_level(void) {
    static const uint32_t classes[] = {2, 4, 5};
    size_t i;
    for (i = 0; i < 3; i++) {
        ndr_explanation e;
        uint32_t key = classes[i] * 1000000u + 999u * 1000u + 999u;
        CHECK_RESULT(ndr_explain(key, &e), NDR_OK);
        CHECK_EQ(e.level, NDR_LEVEL_CLASS);
        CHECK_EQ(e.code, key);
        CHECK_EQ(e.status, 0);
        CHECK_STR(e.title, ndr_class_title(classes[i]));
        CHECK_STR(e.description, ndr_class_description(classes[i]));
        CHECK(e.remedy == NULL);
    }
}

static void names(void) {
    CHECK_STR(ndr_level_name(NDR_LEVEL_EXACT), "exact");
    CHECK_STR(ndr_level_name(NDR_LEVEL_OTHER_CLASS), "other-class");
    CHECK_STR(ndr_level_name(NDR_LEVEL_SUBJECT), "subject");
    CHECK_STR(ndr_level_name(NDR_LEVEL_CLASS), "class");
    CHECK(ndr_class_title(2) != NULL && ndr_class_title(4) != NULL && ndr_class_title(5) != NULL);
    CHECK(ndr_subject_title(0) != NULL && ndr_subject_title(7) != NULL);
}

void test_explain(void) {
    exact();
    other_class();
    subject_level();
    class_level();
    names();
}
