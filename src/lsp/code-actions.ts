import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TextEdit } from '../findings.js';
import { t } from '../i18n/index.js';

export interface FindingWithDiagnostic {
  finding: Finding;
  diagnostic: Diagnostic;
}

const NEXT_LINE = /^(\s*)#\s*compact-disable-next-line\b(.*)$/;

/**
 * Quick fixes for the findings on the requested lines: each finding's fix and suggestions, and for a lint rule
 * "Disable <rule> for this line" (a `# compact-disable-next-line` comment above it, indented as the line).
 */
export function codeActions(document: TextDocument, findings: readonly FindingWithDiagnostic[], ruleIds: ReadonlySet<string>): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: LspTextEdit[]) => ({ changes: { [document.uri]: edits } });
  const toLsp = (textEdit: TextEdit): LspTextEdit => ({
    range: { start: document.positionAt(textEdit.range[0]), end: document.positionAt(textEdit.range[1]) },
    newText: textEdit.text,
  });
  for (const { finding, diagnostic } of findings) {
    if (finding.fix) {
      actions.push({ title: t('lsp.action.fix', { rule: finding.ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit([toLsp(finding.fix)]) });
    }
    for (const suggestion of finding.suggestions ?? []) {
      actions.push({
        title: suggestion.message.charAt(0).toUpperCase() + suggestion.message.slice(1),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(!finding.fix && finding.suggestions!.length === 1 ? { isPreferred: true } : {}),
        edit: edit([toLsp(suggestion.fix)]),
      });
    }
  }
  const disabled = new Set<string>();
  for (const { finding, diagnostic } of findings) {
    const key = `${finding.line}\u0000${finding.ruleId}`;
    if (!ruleIds.has(finding.ruleId) || disabled.has(key)) continue;
    disabled.add(key);
    actions.push({
      title: t('lsp.action.disableLine', { rule: finding.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([disableEdit(document, finding.line - 1, finding.ruleId)]),
    });
  }
  return actions;
}

/** A `compact-disable-next-line` comment above a line, or the rule added to the one already there. */
function disableEdit(document: TextDocument, line: number, ruleId: string): LspTextEdit {
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const indent = /^[ \t]*/.exec(lineText)![0];
  if (line > 0) {
    const above = document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '');
    const directive = NEXT_LINE.exec(above);
    if (directive) {
      const [ids = '', reason] = directive[2]!.split(/\s--\s/);
      const newText = `${directive[1]}# compact-disable-next-line ${[...ids.split(/[\s,]+/).filter(Boolean), ruleId].join(', ')}${reason === undefined ? '' : ` -- ${reason}`}`;
      return { range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } }, newText };
    }
  }
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# compact-disable-next-line ${ruleId}${eol}` };
}
