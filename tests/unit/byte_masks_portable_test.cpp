// The byte masks as the plain loops give them on processors without SSE2.
#define OSCE_PORTABLE_MASKS
#define OSCE_MASKS_NAME "portable"
#include "byte_masks_cases.hpp"
