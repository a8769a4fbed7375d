/* list: every status of the catalog, in code order, one per line:
 * NOTATION<TAB>NAME<TAB>TITLE (for example "5.1.1	BadDestinationMailbox	Bad destination ...").
 *
 * Build: cc -std=c99 list.c $(pkg-config --cflags --libs ndr_codes) -o list */
#include <stdio.h>

#include "ndr_codes.h"

int main(void) {
    size_t index, count = ndr_status_count();
    for (index = 0; index < count; index++) {
        uint32_t status;
        ndr_result result = ndr_status_at(index, &status);
        if (result != NDR_OK) {
            fprintf(stderr, "ndr_status_at(%lu): %s\n", (unsigned long)index, ndr_result_describe(result));
            return 1;
        }
        printf("%s\t%s\t%s\n", ndr_status_notation(status), ndr_status_name(status), ndr_status_title(status));
    }
    return 0;
}
