/** Most aliases a file may expand: plenty for real files, far too few for a "billion laughs". */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Deepest nesting of mappings and lists a file may have. A compact needs about six levels; the parser builds its
 * tree recursively, so thousands of levels (`[[[[…`) would exhaust the stack or, for millions, the memory.
 */
export const MAX_DEPTH = 100;
