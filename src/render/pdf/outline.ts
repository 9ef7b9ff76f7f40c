import type { HeadingLevel } from './blocks.js';

/** Bookmarks for `##` sections with their `###` sub-sections nested under them. */
export class Outline {
  private section: PDFKit.PDFOutline | undefined;

  constructor(private readonly root: PDFKit.PDFOutline) {}

  /** Adds a bookmark to the current page; called when the heading has been placed. */
  add(level: HeadingLevel, title: string): void {
    if (level === 2) {
      this.section = this.root.addItem(title);
    } else if (level === 3) {
      (this.section ?? this.root).addItem(title);
    }
  }
}
