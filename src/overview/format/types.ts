import type { ChalkInstance } from 'chalk';
import type { Overview } from '../types.js';

export interface OverviewFormatContext {
  /** Colours for the terminal table; without them (or with a level-0 instance) it prints none. */
  color?: ChalkInstance;
  /** The width the terminal table fits in; default 100 columns. */
  width?: number;
  /** The language of the HTML page (its `lang`); default `en`. */
  lang?: string;
}

export type OverviewFormatter = (overview: Overview, context?: OverviewFormatContext) => string;
