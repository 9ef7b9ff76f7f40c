/** How alike (0–1) the texts of a removed and an added entry must be, by default, to count as a rename. */
export const DEFAULT_THRESHOLD = 0.8;
