import { pathToFileURL } from 'node:url';
import { packagePath } from '../util/package-root.js';

/** The docs page of a rule, as a path inside the package. */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** The docs page of a rule as a file URL into the installed package (for SARIF helpUri and terminals). */
export function ruleDocsUrl(id: string): string {
  return pathToFileURL(packagePath(ruleDocsPath(id))).href;
}
