/** The output formats of `compact diff`, without loading the formatters. */
export const DIFF_FORMAT_NAMES = ['text', 'markdown', 'json'] as const;

export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];
