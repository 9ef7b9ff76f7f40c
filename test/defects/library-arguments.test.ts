import { describe, expect, it } from 'vitest';
import { CompactError, createCompactText, diffCompacts, lint, loadCompact, parseCompact, render, renderMarkdown, validate, type Compact } from '../../src/index.js';

const orebro = await loadCompact('examples/orebro.yaml');
const data = orebro.data as Compact;

async function refusal(call: () => unknown): Promise<CompactError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CompactError);
    return error as CompactError;
  }
  throw new Error('the call was not refused');
}

describe('library functions check their arguments and say what is allowed', () => {
  it.each([
    [{ format: 'markdown' }, 'render: options.format is "markdown"; it must be one of \'md\', \'html\', \'pdf\''],
    [{ format: 'PDF' }, 'render: options.format is "PDF"; it must be one of \'md\', \'html\', \'pdf\''],
    [{ format: 'rtf' }, 'options.format is "rtf"'],
    [{ format: 'html', lang: 'fi' }, 'render: options.lang is "fi"; it must be one of \'sv\', \'en\''],
  ])('render(data, %j)', async (options, message) => {
    expect((await refusal(() => render(data, options as never))).message).toContain(message);
  });

  it('render(data) without options, and data without a language', async () => {
    expect((await refusal(() => (render as (data: Compact) => unknown)(data))).message).toBe("render: options is undefined; it must be an object such as { format: 'md' }");
    const { language: _language, ...withoutLanguage } = data;
    expect((await refusal(() => render(withoutLanguage as Compact, { format: 'html' }))).message).toBe(
      "render: the compact has no language and options.lang is not given; set one of 'sv', 'en'",
    );
    expect(await render(withoutLanguage as Compact, { format: 'md', lang: 'en' })).toContain('# ');
    expect((await refusal(() => renderMarkdown({ ...data, language: 'fi' } as unknown as Compact))).message).toBe(
      'renderMarkdown: the compact\'s language is "fi"; it must be one of \'sv\', \'en\'',
    );
    expect((await refusal(() => render('examples/orebro.yaml' as unknown as Compact, { format: 'md' }))).message).toMatch(/^render: the compact \(first argument\) is "examples\/orebro\.yaml"; it must be a compact's data/);
  });

  it('validate, lint, diffCompacts, loadCompact, parseCompact and createCompactText', async () => {
    expect((await refusal(() => validate(data as never))).message).toMatch(/^validate: the first argument is an object; it must be a loaded compact, as loadCompact\(file\)/);
    expect((await refusal(() => lint(undefined as never))).message).toMatch(/^lint: the first argument is undefined; it must be a loaded compact/);
    expect((await refusal(() => diffCompacts(data, null as never))).message).toMatch(/^diffCompacts: after \(the second argument\) is null/);
    expect((await refusal(() => loadCompact(42 as never))).message).toMatch(/^loadCompact: path is number 42; it must be the path of a compact file/);
    expect((await refusal(() => parseCompact(Buffer.from('compact: 1') as never))).message).toMatch(/^parseCompact: text is an object; it must be the compact's YAML text/);
    expect((await refusal(() => createCompactText({ language: 'sv' } as never))).message).toMatch(/^createCompactText: options.jurisdiction is undefined; it must be the name of the municipality/);
  });
});
