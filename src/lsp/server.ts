import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../findings.js';
import { CONFIG_FILES } from '../lint/config/load-config.js';
import { importedFiles } from '../util/import-module.js';
import { resolveToday } from '../util/today.js';
import { BUILT_IN_RULES, DocumentChecker, isTooLarge, type CheckerOptions, type RuleCatalog } from './check-document.js';
import { codeActions, type FindingWithDiagnostic } from './code-actions.js';
import { CompactIndex } from './compact-index.js';
import { completionsAt } from './completion.js';
import { toDiagnostic } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { renameEdits, renameTarget } from './rename.js';
import { documentSymbols } from './symbols.js';

export interface LanguageServerOptions extends CheckerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Milliseconds to wait after the last change before checking a document again. */
  debounceMs?: number;
}

/** Config files whose change re-checks every open document (package.json may hold a "compact" key). */
const CONFIG_NAMES = new Set(CONFIG_FILES);
/** Files a config may load as a plugin or a shared config: a change to one that was loaded re-checks every open document. */
const MODULE_GLOB = '**/*.{mjs,js,cjs}';

interface DocumentState {
  version: number;
  findings: FindingWithDiagnostic[];
  rules: RuleCatalog;
}

/** Runs the language server on two streams until the client says exit. */
export function startLanguageServer(options: LanguageServerOptions): Connection {
  keepStdoutForProtocol();
  process.on('unhandledRejection', (reason) => process.stderr.write(`compact: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`));
  const connection = createConnection(options.input as never, options.output as never);
  const documents = new TextDocuments(TextDocument);
  const checker = new DocumentChecker(options);
  const states = new Map<string, DocumentState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const indexes = new Map<string, { version: number; index: CompactIndex }>();
  const debounceMs = options.debounceMs ?? 200;
  let watchConfigFiles = false;

  const fileOf = (uri: string): string => {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri);
      } catch {
        // Not a local file: fall through.
      }
    }
    return join(options.cwd ?? process.cwd(), basename(uri.replace(/[?#].*$/, '')) || 'untitled.yaml');
  };
  const isConfigFile = (uri: string) => CONFIG_NAMES.has(basename(fileOf(uri)));
  const isLoadedModule = (uri: string) => uri.startsWith('file:') && importedFiles().includes(fileOf(uri));

  const indexOf = (document: TextDocument): CompactIndex | undefined => {
    if (tooLarge(document)) return undefined;
    const cached = indexes.get(document.uri);
    if (cached?.version === document.version) return cached.index;
    // A file that reads cleanly shares the checker's parse (only what changed is read again); otherwise it is read leniently.
    const text = document.getText();
    const parsed = checker.parse(text, fileOf(document.uri));
    const index = parsed?.ok ? new CompactIndex(parsed.compact.document, text) : CompactIndex.parse(text);
    indexes.set(document.uri, { version: document.version, index });
    return index;
  };
  const tooLarge = (document: TextDocument) => isTooLarge(document.getText(), options.maxBytes);
  /** The rules of the config that applies to a compact (its plugin and declarative rules too); the built-in ones for other files. */
  const rulesOf = (document: TextDocument): Promise<RuleCatalog> =>
    looksLikeCompact(document.getText()) && !tooLarge(document) ? checker.rulesFor(fileOf(document.uri)) : Promise.resolve(BUILT_IN_RULES);

  const check = async (document: TextDocument): Promise<void> => {
    if (isConfigFile(document.uri)) return;
    const { version } = document;
    const text = document.getText();
    let findings: Finding[];
    let rules: RuleCatalog;
    try {
      // Other YAML files (a CI workflow, a config) are left alone, so editors may run the server on every YAML file.
      findings = looksLikeCompact(text) || isTooLarge(text, options.maxBytes) ? await checker.check(text, fileOf(document.uri)) : [];
      rules = await rulesOf(document);
    } catch (error) {
      connection.console.error(`compact: checking ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    // A newer version is on its way, or the document was closed meanwhile: these findings are stale.
    if (documents.get(document.uri)?.version !== version) return;
    const withDiagnostics = findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, rules.docsUrls) }));
    states.set(document.uri, { version, findings: withDiagnostics, rules });
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics: withDiagnostics.map((entry) => entry.diagnostic) });
  };
  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void check(current);
      }, delay),
    );
  };
  const recheckAll = () => {
    checker.reset();
    for (const document of documents.all()) schedule(document, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    watchConfigFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [' ', '[', ',', ':'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'compact' },
    };
  });
  connection.onInitialized(() => {
    if (!watchConfigFiles) return;
    const globPattern = `**/{${[...CONFIG_NAMES].join(',')}}`;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }, { globPattern: MODULE_GLOB }] }).catch(() => undefined);
  });

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, debounceMs));
  documents.onDidSave(({ document }) => {
    if (isConfigFile(document.uri) || isLoadedModule(document.uri)) recheckAll();
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    states.delete(document.uri);
    indexes.delete(document.uri);
    checker.forget(fileOf(document.uri));
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((change) => isConfigFile(change.uri) || isLoadedModule(change.uri))) recheckAll();
  });

  /** The document and the offset of a position in it; undefined for a position outside the document. */
  const at = (uri: string, position: Position): { document: TextDocument; index: CompactIndex; offset: number } | undefined => {
    const document = documents.get(uri);
    if (!document || position.line < 0 || position.character < 0 || position.line >= document.lineCount) return undefined;
    const index = indexOf(document);
    if (!index) return undefined;
    return { document, index, offset: document.offsetAt(position) };
  };
  const rangeIn = (document: TextDocument) => (start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const safely = <P, R>(fallback: R, handler: (params: P) => R) => (params: P): R => {
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`compact: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
  const safelyAsync = <P, R>(fallback: R, handler: (params: P) => Promise<R>) => async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`compact: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
  /** The rules of the document's config, read before the position is looked up (the document may change meanwhile). */
  const rulesAt = async (uri: string): Promise<RuleCatalog> => {
    const document = documents.get(uri);
    return document ? rulesOf(document) : BUILT_IN_RULES;
  };

  connection.onCompletion(
    safelyAsync([], async ({ textDocument, position }) => {
      const rules = await rulesAt(textDocument.uri);
      const here = at(textDocument.uri, position);
      return here ? completionsAt(here.index, here.offset, rules.rules, rangeIn(here.document)) : [];
    }),
  );
  connection.onHover(
    safelyAsync(null, async ({ textDocument, position }) => {
      const rules = await rulesAt(textDocument.uri);
      const here = at(textDocument.uri, position);
      const hover = here && hoverAt(here.index, here.offset, resolveToday(), rules.rules);
      return hover ? { contents: hover.contents, range: rangeIn(here.document)(hover.start, hover.end) } : null;
    }),
  );
  connection.onDefinition(
    safely(null, ({ textDocument, position }) => {
      const here = at(textDocument.uri, position);
      const occurrence = here?.index.at(here.offset);
      const declared = here && occurrence && here.index.declaration(occurrence.kind, occurrence.id);
      if (!here || !declared) return null;
      return { uri: textDocument.uri, range: rangeIn(here.document)(declared.occurrence.start, declared.occurrence.end) };
    }),
  );
  connection.onReferences(
    safely([], ({ textDocument, position, context }) => {
      const here = at(textDocument.uri, position);
      const occurrence = here?.index.at(here.offset);
      if (!here || !occurrence) return [];
      return here.index
        .occurrencesOf(occurrence.kind, occurrence.id)
        .filter((found) => context.includeDeclaration || !found.declaration)
        .map((found) => ({ uri: textDocument.uri, range: rangeIn(here.document)(found.start, found.end) }));
    }),
  );
  connection.onPrepareRename(
    safely(null, ({ textDocument, position }) => {
      const here = at(textDocument.uri, position);
      if (!here) return null;
      const target = renameTarget(here.index, here.offset);
      if (!target.ok) throw new ResponseError(-32803, target.message);
      return { range: rangeIn(here.document)(target.occurrence.start, target.occurrence.end), placeholder: target.occurrence.id };
    }),
  );
  connection.onRenameRequest(
    safely(null, ({ textDocument, position, newName }) => {
      const here = at(textDocument.uri, position);
      if (!here) return null;
      const result = renameEdits(here.index, here.offset, newName);
      if (!result.ok) throw new ResponseError(-32803, result.message);
      const range = rangeIn(here.document);
      return { changes: { [textDocument.uri]: result.edits.map((edit) => ({ range: range(edit.start, edit.end), newText: edit.text })) } };
    }),
  );
  connection.onCodeAction(
    safely([], ({ textDocument, range }) => {
      const document = documents.get(textDocument.uri);
      const state = states.get(textDocument.uri);
      if (!document || !state || state.version !== document.version) return [];
      const onLines = state.findings.filter(({ diagnostic }) => diagnostic.range.start.line <= range.end.line && diagnostic.range.end.line >= range.start.line);
      return codeActions(document, onLines, state.rules.ids);
    }),
  );
  connection.onDocumentSymbol(
    safely([], ({ textDocument }) => {
      const document = documents.get(textDocument.uri);
      const index = document && indexOf(document);
      return index ? documentSymbols(index, rangeIn(document)) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** A compact names its format version at the top level (`compact: 1`). */
function looksLikeCompact(text: string): boolean {
  return /^compact[ \t]*:/m.test(text);
}

/** Standard output carries the protocol alone: anything a library prints with console goes to standard error. */
function keepStdoutForProtocol(): void {
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(`${format(...args)}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  console.trace = toStderr;
  console.dir = toStderr;
  console.table = toStderr;
}
