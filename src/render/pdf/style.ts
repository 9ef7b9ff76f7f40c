import type { Face } from './fonts.js';
import type { HeadingLevel } from './blocks.js';

/** A4 in points, with margins wide enough for a comfortable measure (about 70 characters) and for binding. */
export const PAGE = {
  size: 'A4',
  margins: { top: 76, bottom: 76, left: 82, right: 76 },
} as const;

export const COLORS = {
  text: '#1a1a1a',
  heading: '#1f2d3d',
  muted: '#5a6470',
  rule: '#8a939c',
  link: '#1d4f91',
  /** Changes in a redline: underlined or struck through as well, so that they read in black and white too. */
  inserted: '#146c2e',
  deleted: '#b3261e',
  /** A note about a change in a redline ("Flyttad från …"). */
  note: '#5a6470',
} as const;

/** Body text: a serif for long reading, set at 10.5 pt on a 14.2 pt line (1.35). */
export const BODY = { size: 10.5, leading: 14.2, paragraphGap: 7 } as const;

export interface HeadingStyle {
  face: Face;
  size: number;
  leading: number;
  spaceBefore: number;
  spaceAfter: number;
}

export const HEADINGS: Record<HeadingLevel, HeadingStyle> = {
  1: { face: 'heading', size: 20, leading: 25, spaceBefore: 24, spaceAfter: 12 },
  2: { face: 'heading', size: 15, leading: 19, spaceBefore: 20, spaceAfter: 8 },
  3: { face: 'heading', size: 12, leading: 15.5, spaceBefore: 14, spaceAfter: 5 },
  4: { face: 'heading', size: 10.5, leading: 14, spaceBefore: 11, spaceAfter: 3 },
};

export const COVER = {
  titleSize: 26,
  titleLeading: 32,
  /** Where the title starts, as a share of the page height. */
  titleTop: 0.3,
  textSize: 11.5,
  textLeading: 16,
} as const;

export const LIST = {
  /** Width of the column the bullet or number hangs in. */
  labelWidth: 18,
  labelGap: 6,
  itemGap: 3,
  looseItemGap: 11,
  bullets: ['•', '–', '◦'],
} as const;

export const QUOTE = { indent: 16, barOffset: 6, barWidth: 1.5 } as const;

export const CODE = { size: 9, leading: 12.5 } as const;

export const SIGNATURE = {
  /** Room above each blank to write in. */
  rowHeight: 34,
  /** A line already filled in (the name in print, the role) within a block of blanks. */
  filledRowHeight: 24,
  labelGap: 8,
  /** A label column wider than this share of the measure would leave too little room to sign. */
  maxLabelShare: 0.45,
  ruleWidth: 0.6,
  spaceBefore: 10,
  /** Separates one party's signature lines from the next party's name. */
  spaceAfter: 34,
} as const;

export const FURNITURE = { size: 8.5, headerY: 44, footerOffset: 44, ruleGap: 6 } as const;
