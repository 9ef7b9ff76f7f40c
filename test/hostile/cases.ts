/**
 * The hostile inputs and what each must give. Paths start with `@fixtures/` (committed, test/fixtures/hostile),
 * `@gen/` (written by generate.ts at test time) or `@out/` (an empty folder of the case's own, for outputs).
 * Every case also must print no stack trace, finish within `seconds`, stay within `megabytes` of memory and leave
 * no file in `@out/` unless `writes` names it.
 */
export interface HostileCase {
  name: string;
  args: string[];
  /** Standard input; `endless` gives 64 MB, far past any limit. */
  stdin?: 'endless';
  exit: number;
  /** What stdout and stderr together must match: the file's name (and line), the problem and what to do. */
  message: RegExp;
  /** What the output must not contain (the text of /etc/passwd, say). */
  absent?: RegExp;
  /** Files the case may leave in `@out/`. */
  writes?: string[];
  seconds?: number;
  megabytes?: number;
}

const F = '@fixtures';
const G = '@gen';
const TOO_LARGE = /the file is larger than 10 MB, the most a compact may be; check that this is the right file, or raise the limit with --max-file-size/;
const TOO_DEEP = /mappings and lists are nested more than 100 levels deep here; a compact needs only a few levels, so check for unclosed brackets or runaway indentation/;
const BINARY = /the file is not a text file \(it holds binary data\); a compact is a YAML text file/;
const ALIASES = /the file expands aliases \(\*name\) too many times \(more than 1000\); this looks like a ""?billion laughs""? file — write the values out instead of nesting aliases/;
const UNRESOLVED_TAG = /warning +unresolved tag: .*: remove the tag \(!…\); a compact uses plain YAML values/;
const PASSWD = /root:x:0:0/;

/**
 * The same input through every command that reads a compact, each refusing it with the same message: the file's
 * name, then the line and column (`where`), then the message. `report` gives the file a row marked unreadable.
 */
function everyReader(name: string, file: string, where: string, message: RegExp, options: Partial<HostileCase> = {}): HostileCase[] {
  const base = file.split('/').pop()!.replace(/\./g, '\\.');
  const named = new RegExp(`${base}[\\s\\S]*${where}[\\s\\S]*${message.source}`);
  const unreadable = new RegExp(`${base},unreadable,[\\s\\S]*${where}: ${message.source}`);
  return [
    { name: `${name}: validate`, args: ['validate', file], exit: 2, message: named, ...options },
    { name: `${name}: lint`, args: ['lint', file, '--no-config'], exit: 2, message: named, ...options },
    { name: `${name}: render md`, args: ['render', file, '--out', '@out/out.md'], exit: 2, message: named, ...options },
    { name: `${name}: render pdf`, args: ['render', file, '--out', '@out/out.pdf'], exit: 2, message: named, ...options },
    { name: `${name}: diff`, args: ['diff', `${F}/base.yaml`, file], exit: 2, message: named, ...options },
    { name: `${name}: fmt --check`, args: ['fmt', '--check', file], exit: 2, message: named, ...options },
    { name: `${name}: report`, args: ['report', file, '--format', 'csv'], exit: 2, message: unreadable, ...options },
    { name: `${name}: signatory list`, args: ['signatory', 'list', file], exit: 2, message: named, ...options },
  ];
}

export const HOSTILE_CASES: HostileCase[] = [
  // Size: refused before the whole file is read.
  ...everyReader('a 50 MB file', `${G}/big-50mb.yaml`, '1:1', TOO_LARGE),
  { name: 'a 50 MB file under --max-file-size 60 is read (and is a valid compact)', args: ['validate', `${G}/big-50mb.yaml`, '--max-file-size', '60'], exit: 0, message: /✔ 1 file, 0 errors/, seconds: 30, megabytes: 900 },
  { name: '/dev/zero is refused after 10 MB, not read without end', args: ['validate', '/dev/zero'], exit: 2, message: /\/dev\/zero[\s\S]*larger than 10 MB/ },
  { name: 'an endless standard input is refused after 10 MB', args: ['validate', '-'], stdin: 'endless', exit: 2, message: /<stdin>[\s\S]*larger than 10 MB/ },
  { name: 'an endless standard input to fmt', args: ['fmt', '-'], stdin: 'endless', exit: 2, message: /<stdin>[\s\S]*larger than 10 MB/ },
  { name: 'an endless standard input to render', args: ['render', '-'], stdin: 'endless', exit: 2, message: /<stdin>[\s\S]*larger than 10 MB/ },
  { name: '--max-file-size below the file size', args: ['lint', `${F}/base.yaml`, '--max-file-size', '0.0001'], exit: 2, message: /base\.yaml[\s\S]*larger than 1 kB.*--max-file-size/ },
  { name: '--max-file-size that is no number', args: ['validate', `${F}/base.yaml`, '--max-file-size', 'lots'], exit: 2, message: /--max-file-size <MB>' argument 'lots' is invalid\. give a number of megabytes above 0/ },
  { name: 'more files than --max-files', args: ['validate', `${G}/glob/`, '--max-files', '10'], exit: 2, message: /the paths name more than 10 files \(.*glob\/\); narrow them to the compacts you mean, or raise the limit with --max-files/ },
  { name: 'a glob within --max-files', args: ['lint', `${G}/glob/*.yaml`, '--max-files', '30', '--no-config'], exit: 0, message: /30 files, 0 errors/ },

  // Nesting: refused at the 100th level, before the parser builds the rest.
  ...everyReader('10 000 nested flow lists', `${G}/flow-nesting-10000.yaml`, '2:107', TOO_DEEP),
  { name: '10 000 nested flow mappings', args: ['validate', `${G}/flow-mapping-nesting-10000.yaml`], exit: 2, message: new RegExp(`flow-mapping-nesting-10000\\.yaml[\\s\\S]*2:\\d+ +error +${TOO_DEEP.source}`) },
  { name: '10 000 nested lists on one line (- - - …)', args: ['validate', `${G}/compact-list-nesting-10000.yaml`], exit: 2, message: new RegExp(`compact-list-nesting-10000\\.yaml[\\s\\S]*1:206 +error +${TOO_DEEP.source}`) },
  { name: '5 MB of [ (the parser alone would run out of memory)', args: ['validate', `${G}/flow-nesting-5mb.yaml`], exit: 2, message: TOO_DEEP },
  { name: '10 000 levels of block indentation (50 MB) is too large', args: ['validate', `${G}/block-nesting-10000.yaml`], exit: 2, message: TOO_LARGE },
  { name: '10 000 levels of block indentation under --max-file-size 100 is too deep', args: ['validate', `${G}/block-nesting-10000.yaml`, '--max-file-size', '100'], exit: 2, message: new RegExp(`block-nesting-10000\\.yaml[\\s\\S]*103:104 +error +${TOO_DEEP.source}`), seconds: 20, megabytes: 600 },

  // Long lines, long keys, many keys.
  { name: 'a 9 MB line of prose renders', args: ['render', `${G}/long-line-9mb.yaml`, '--out', '@out/long.md'], exit: 0, message: /^wrote \S+long\.md\n$/, writes: ['long.md'], seconds: 30, megabytes: 700 },
  { name: 'a key 1 MB long', args: ['validate', `${G}/long-key-1mb.yaml`], exit: 2, message: /long-key-1mb\.yaml[\s\S]*17:1 +error +the : indicator must be at most 1024 chars/ },
  { name: '100 000 keys in one mapping', args: ['validate', `${G}/many-keys-100k.yaml`], exit: 0, message: /✔ 1 file, 0 errors/, seconds: 30, megabytes: 700 },
  { name: '100 000 keys: lint', args: ['lint', `${G}/many-keys-100k.yaml`, '--no-config', '--today', '2026-01-01'], exit: 0, message: /1 file, 0 errors/, seconds: 30, megabytes: 700 },

  // Aliases.
  ...everyReader('a billion laughs', `${F}/alias-bomb.yaml`, '2:10', ALIASES),
  { name: 'a merge-key (<<) bomb', args: ['validate', `${F}/merge-key-bomb.yaml`], exit: 2, message: new RegExp(`merge-key-bomb\\.yaml[\\s\\S]*4:8 +error +${ALIASES.source}`) },

  // Encodings and binary files.
  ...everyReader('invalid UTF-8', `${F}/invalid-utf8.yaml`, '1:1', /the file is not valid UTF-8; save it as UTF-8 \(not Latin-1 or Windows-1252\) and try again/),
  { name: 'Latin-1', args: ['lint', `${F}/latin1.yaml`], exit: 2, message: /latin1\.yaml[\s\S]*not valid UTF-8/ },
  { name: 'UTF-16 with a byte order mark', args: ['validate', `${F}/utf16le-bom.yaml`], exit: 2, message: /utf16le-bom\.yaml[\s\S]*the file is encoded as UTF-16; save it as UTF-8 and try again/ },
  { name: 'UTF-16 without a byte order mark', args: ['validate', `${F}/utf16be-no-bom.yaml`], exit: 2, message: new RegExp(`utf16be-no-bom\\.yaml[\\s\\S]*${BINARY.source}`) },
  ...everyReader('NUL bytes', `${F}/nul-bytes.yaml`, '1:1', BINARY),
  { name: 'a NUL byte after the first 8 kB', args: ['validate', `${F}/nul-late.yaml`], exit: 2, message: /nul-late\.yaml[\s\S]*17:13 +error +the file holds a NUL character \(byte 0\) here, which a text file never has; remove it/ },
  { name: 'control characters in a quoted id', args: ['validate', `${F}/control-chars.yaml`], exit: 2, message: /control-chars\.yaml[\s\S]*2:5 +error +the value holds a control character \(U\+0007\), which is not printable text; remove it/ },
  ...everyReader('terminal escape sequences in a title', `${F}/terminal-escape.yaml`, '15:12', /the value holds a control character \(U\+001B\)/, { absent: /\u001b/ }),
  { name: 'a title with a line break cannot start a line of the report (a workflow command in a CI log)', args: ['lint', `${F}/workflow-command.yaml`, '--no-config'], exit: 0, message: /principle "dialog" \(Dialog ::error file=README\.md,line=1::injected\)/, absent: /^::/m },
  { name: 'a title with a line break: the github format escapes it', args: ['lint', `${F}/workflow-command.yaml`, '--no-config', '--format', 'github'], exit: 0, message: /^::warning file=.*workflow-command\.yaml,line=14,.*::no commitment cites principle "dialog" \(Dialog ::error file=README\.md,line=1::injected\)/m, absent: /^::error/m },
  { name: 'a title with a line break: diff keeps it on one line', args: ['diff', `${F}/base.yaml`, `${F}/workflow-command.yaml`], exit: 0, message: /title changed from "Dialog" to "Dialog ::error/, absent: /^::/m },
  ...everyReader('a PNG renamed .yaml', `${F}/image.png.yaml`, '1:1', BINARY),
  { name: 'a ZIP renamed .yaml', args: ['validate', `${F}/archive.zip.yaml`], exit: 2, message: new RegExp(`archive\\.zip\\.yaml[\\s\\S]*${BINARY.source}`) },
  { name: 'an ELF program renamed .yaml', args: ['lint', `${F}/program.elf.yaml`], exit: 2, message: new RegExp(`program\\.elf\\.yaml[\\s\\S]*${BINARY.source}`) },
  { name: 'a directory named like a compact', args: ['render', `${G}/directory.yaml`], exit: 2, message: /cannot read .*directory\.yaml: it is a directory/ },
  { name: 'a directory named like a compact, to diff', args: ['diff', `${G}/directory.yaml`, `${F}/base.yaml`], exit: 2, message: /directory\.yaml: it is a directory/ },

  // Tags: inert data with a warning, never code.
  ...['tag-js-function', 'tag-js-regexp', 'tag-python-object', 'tag-binary', 'tag-custom'].map((name): HostileCase => ({
    name: `${name}: a warning and the value as plain data`,
    args: ['validate', `${F}/${name}.yaml`],
    exit: name === 'tag-python-object' ? 1 : 0,
    message: new RegExp(`${name}\\.yaml[\\s\\S]*6:15 +${UNRESOLVED_TAG.source}`),
  })),
  { name: 'a !!js/function tag renders as the text it holds, never run', args: ['render', `${F}/tag-js-function.yaml`], exit: 0, message: /function \(\) \{ require\('child\\_process'\)/ },
  { name: 'a !!binary value is compared as text', args: ['diff', `${F}/base.yaml`, `${F}/tag-binary.yaml`], exit: 0, message: /jurisdiction/ },

  // Prototype keys: reported as unknown keys, or kept as plain data in x- extensions.
  { name: '__proto__, constructor and prototype keys are unknown keys', args: ['validate', `${F}/proto-keys.yaml`], exit: 1, message: /proto-keys\.yaml[\s\S]*6:1 +error +unknown key "__proto__" in the compact[\s\S]*8:1 +error +unknown key "constructor" in the compact[\s\S]*15:5 +error +unknown key "__proto__"/ },
  { name: 'prototype keys in x- data are kept as data', args: ['lint', `${F}/proto-keys-in-extension.yaml`, '--no-config', '--today', '2026-01-01'], exit: 0, message: /1 file, 0 errors/ },
  { name: 'prototype keys in x- data: diff', args: ['diff', `${F}/proto-keys-in-extension.yaml`, `${F}/proto-keys-in-extension-after.yaml`], exit: 0, message: /x-notes\.__proto__\.polluted[\s\S]*x-notes\.__proto__\.more|__proto__/ },
  { name: 'prototype keys in x- data: fmt keeps them', args: ['fmt', '--stdout', `${F}/proto-keys-in-extension.yaml`], exit: 0, message: /x-notes:\n  __proto__: \{polluted: yes\}\n  constructor: \{prototype: \{polluted: yes\}\}/ },
  { name: 'a config with a __proto__ key', args: ['lint', `${F}/config-proto/compact.yaml`], exit: 2, message: /config-proto\/\.compactrc\.yaml:1:1: unknown key "__proto__" in the config; a config has extends, plugins, rules, overrides, ignores, lang/ },
  { name: 'a config with __proto__ and constructor rules', args: ['lint', `${F}/config-proto-rules/compact.yaml`], exit: 2, message: /\.compactrc\.yaml:2:3: unknown rule "__proto__"; `compact rules` lists the rules\n.*\.compactrc\.yaml:3:3: unknown rule "constructor"/ },
  { name: 'a JSON config extending __proto__', args: ['report', `${F}/config-proto-extends/compact.yaml`], exit: 2, message: /\.compactrc\.json:1:13: extends __proto__: not a relative path \(\.\/…, \.\.\/…\) nor an npm package name/ },
  { name: 'the same config named with --config', args: ['lint', `${F}/base.yaml`, '--config', `${F}/config-proto-rules/.compactrc.yaml`], exit: 2, message: /unknown rule "__proto__"/ },
  { name: '--rule __proto__:error', args: ['lint', `${F}/base.yaml`, '--rule', '__proto__:error'], exit: 2, message: /--rule __proto__:error: unknown rule "__proto__"/ },
  { name: '--rule with the level "constructor"', args: ['lint', `${F}/base.yaml`, '--rule', 'principle-served:constructor'], exit: 2, message: /must be one of off, info, warning, error \(got "constructor"\)$/m },
  { name: 'a CSV with a __proto__ column', args: ['signatory', 'import', `${F}/base.yaml`, `${F}/proto-columns.csv`, '--dry-run'], exit: 2, message: /proto-columns\.csv: column 3 "__proto__" is not a signatory field/ },
  { name: 'a CSV with __proto__ as a party', args: ['signatory', 'import', `${F}/base.yaml`, `${F}/proto-values.csv`, '--dry-run'], exit: 1, message: /row 2 \(Föreningen\): .*"__proto__" is not a declared party/ },

  // Templates.
  { name: 'template: constructor.constructor', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/constructor`], exit: 2, message: /template .*constructor\/compact\.md\.hbs:1:3: unknown field "constructor"; guard an optional field/ },
  { name: 'template: {{#with __proto__}} and constructor give nothing', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/with-proto`], exit: 0, message: /^x\n$/ },
  { name: 'template: lookup of constructor and __proto__ gives nothing', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/lookup`], exit: 0, message: /^safe\n$/ },
  { name: 'template: a partial named ../../../../etc/passwd', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/partial-traversal`], exit: 2, message: /partial-traversal\/compact\.md\.hbs:1:1: the partial "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" does not exist/, absent: PASSWD },
  { name: 'template: a partial named by the data', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/dynamic-partial`], exit: 2, message: /dynamic-partial\/compact\.md\.hbs: The partial Överenskommelse could not be found/ },
  { name: 'template: a helper that does not exist', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/unknown-helper`], exit: 2, message: /unknown-helper\/compact\.md\.hbs:1:3: unknown field "readFile"/, absent: PASSWD },
  { name: 'template: a partial that includes itself', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/self-partial`, '--out', '@out/self.md'], exit: 2, message: /self-partial\/partials\/self\.hbs: the templates call themselves without end \(a partial that includes itself/ },
  { name: 'template: two partials that include each other', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/mutual-partials`, '--out', '@out/self.html'], exit: 2, message: /mutual-partials\/partials\/p[io]ng\.hbs: the templates call themselves without end/ },
  { name: 'template: 2 000 nested {{#each}} blocks', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/each-nesting`], exit: 2, message: /each-nesting\/compact\.md\.hbs: cannot parse it: its blocks are nested too deeply/ },
  { name: 'template: {{#each}} nested four deep over 2 000 principles', args: ['render', `${G}/many-principles.yaml`, '--template', `${F}/templates/huge-each`, '--out', '@out/each.pdf'], exit: 2, message: /huge-each\/compact\.md\.hbs:1:\d+: \{\{#each\}\} has run more than 1000000 times in one render/, seconds: 20 },
  { name: 'template: labels named __proto__ and constructor', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/strings-proto`], exit: 0, message: /## Grundsatser/ },
  { name: 'template: a path with .. is the user\'s own and resolves as given', args: ['render', `${F}/base.yaml`, '--template', `${F}/templates/../templates/strings-proto`], exit: 0, message: /## Grundsatser/ },
  { name: 'template: compact.md.hbs linking to /etc/passwd', args: ['render', `${F}/base.yaml`, '--template', `${G}/link-main`, '--out', '@out/x.html'], exit: 2, message: /the template .*link-main\/compact\.md\.hbs is a link to \/etc\/passwd, outside the template folder; copy the file into the folder instead/, absent: PASSWD },
  { name: 'template: a partial linking to /etc/passwd', args: ['render', `${F}/base.yaml`, '--template', `${G}/link-partial`], exit: 2, message: /link-partial\/partials\/passwd\.hbs is a link to \/etc\/passwd, outside the template folder/, absent: PASSWD },
  { name: 'template: strings.yaml linking to a file of the repository outside the folder', args: ['render', `${F}/base.yaml`, '--template', `${G}/link-strings`], exit: 2, message: /link-strings\/strings\.yaml is a link to .*strings-proto\/strings\.yaml, outside the template folder/ },

  // Markdown and HTML in every prose field (the content is checked in rendered-content.test.ts).
  { name: 'Markdown injection: validate', args: ['validate', `${F}/markdown-injection.yaml`], exit: 0, message: /✔ 1 file, 0 errors/ },
  { name: 'Markdown injection: render md', args: ['render', `${F}/markdown-injection.yaml`, '--out', '@out/x.md'], exit: 0, message: /^wrote \S+x\.md\n$/, writes: ['x.md'] },
  { name: 'Markdown injection: render html', args: ['render', `${F}/markdown-injection.yaml`, '--out', '@out/x.html'], exit: 0, message: /^wrote \S+x\.html\n$/, writes: ['x.html'] },
  { name: 'Markdown injection: render pdf', args: ['render', `${F}/markdown-injection.yaml`, '--out', '@out/x.pdf'], exit: 0, message: /^wrote \S+x\.pdf\n$/, writes: ['x.pdf'], seconds: 20 },
  { name: 'Markdown injection: diff html', args: ['diff', `${F}/base.yaml`, `${F}/markdown-injection.yaml`, '--format', 'html', '--output', '@out/diff.html'], exit: 0, message: /^$/, writes: ['diff.html'] },
  { name: 'Markdown injection: report html', args: ['report', `${F}/markdown-injection.yaml`, '--format', 'html', '--output', '@out/report.html', '--today', '2026-01-01'], exit: 0, message: /^$/, writes: ['report.html'] },
];
