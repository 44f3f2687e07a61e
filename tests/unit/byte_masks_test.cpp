// The byte masks, with SSE2 where the compiler has it.
#define OSCE_MASKS_NAME "native"
#include "byte_masks_cases.hpp"
