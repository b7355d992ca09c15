// Moved to text/string_map.h.
#include "text/string_map.h"
