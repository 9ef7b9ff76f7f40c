import type { ReviewBasis } from '../domain/review.js';
import type { Status } from '../model/index.js';

/**
 * Where a compact stands with its review on the report's day: `overdue`, `due-soon` (within 180 days) and
 * `on-time` apply to an adopted compact, as in the review lint rules; `no-date` is an adopted compact whose
 * review date cannot be worked out; `ended` is an expired or superseded compact; the others follow from the status.
 */
export type ReviewState = 'overdue' | 'due-soon' | 'on-time' | 'no-date' | 'under-revision' | 'draft' | 'ended';

export const REVIEW_STATES: readonly ReviewState[] = ['overdue', 'due-soon', 'on-time', 'no-date', 'under-revision', 'draft', 'ended'];

export interface ReviewOverview {
  state: ReviewState;
  /** The day the next review is due, YYYY-MM-DD, when it can be worked out. */
  date?: string;
  /** Which field the date comes from. */
  basis?: ReviewBasis;
  /** Days from the report's day to the due date (negative when overdue). */
  daysLeft?: number;
}

export interface PartyCount {
  /** The party's id. */
  party: string;
  /** The party's name. */
  name: string;
  count: number;
}

export interface LintCounts {
  errors: number;
  warnings: number;
  infos: number;
}

interface RowBase {
  /** The file as given or found (relative to the working folder when found in a directory). */
  file: string;
  lint: LintCounts;
}

/** A compact that was read and is valid against the schema. */
export interface CompactRow extends RowBase {
  state: 'ok';
  id: string;
  title: string;
  jurisdiction?: string;
  status: Status;
  adopted?: { date?: string; body?: string };
  review: ReviewOverview;
  /** The baseline's principles realised by the compact's; absent when the compact names no baseline. */
  baseline?: { id: string; covered: number; total: number; missing: string[] };
  principles: number;
  commitments: { total: number; byParty: PartyCount[]; joint: number };
  /** Whether a recurring meeting follows the compact up at least once a year. */
  yearlyMeeting: boolean;
  signatories: { total: number; byParty: PartyCount[] };
  /** When an expired or superseded compact stopped applying, and by whose decision (format 1.1 `ended`). */
  ended?: { date?: string; body?: string };
  /** How many organisations have joined, as of when (format 1.1 `accession`). */
  accession?: { count?: number; asOf?: string };
}

/** A file that could not be read (`unreadable`) or is not a valid compact (`invalid`). */
export interface ProblemRow extends RowBase {
  state: 'unreadable' | 'invalid';
  /** The first problem, in words, with its line. */
  problem: string;
  id?: string;
  title?: string;
  jurisdiction?: string;
}

export type OverviewRow = CompactRow | ProblemRow;

export interface OverviewTotals {
  files: number;
  compacts: number;
  unreadable: number;
  invalid: number;
  review: Record<ReviewState, number>;
  principles: number;
  commitments: number;
  signatories: number;
  lint: LintCounts;
}

/** The overview of many compacts on one day. */
export interface Overview {
  /** The day the review states are worked out for, YYYY-MM-DD. */
  today: string;
  rows: OverviewRow[];
  totals: OverviewTotals;
}
