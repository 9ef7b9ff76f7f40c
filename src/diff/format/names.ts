/** The output formats of `compact diff`, without loading the formatters. */
export const DIFF_FORMAT_NAMES = ['text', 'markdown', 'json'] as const;

export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];

/** The formats that render the after revision with its changes marked (a redline), not a report. */
export const REDLINE_FORMAT_NAMES = ['html', 'pdf', 'docx'] as const;
