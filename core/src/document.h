// Moved to text/document.h.
#include "text/document.h"
