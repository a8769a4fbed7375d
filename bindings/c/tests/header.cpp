// The header compiles as C++11 (extern "C", typed enums) and links from C++.
#include "ndr_codes.h"

#include <cstdio>
#include <cstring>

int main() {
    uint32_t status = 0;
    const char code[] = "5.1.1";
    ndr_result result = ndr_status_parse(code, std::strlen(code), &status);
    ndr_explanation explanation;
    bool ok = result == NDR_OK && status == NDR_STATUS_BAD_DESTINATION_MAILBOX &&
              ndr_explain(status, &explanation) == NDR_OK && explanation.level == NDR_LEVEL_EXACT &&
              ndr_status_count() == NDR_STATUS_COUNT;
    std::printf("C++: header and library %s\n", ok ? "work" : "FAIL");
    return ok ? 0 : 1;
}
