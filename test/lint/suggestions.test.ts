import { describe, expect, it } from 'vitest';
import { lint, parseCompact } from '../../src/index.js';
import { compactYaml } from '../helpers/compact-yaml.js';

/** Applies one text edit to the text, as an editor does with a quick fix. */
function apply(text: string, edit: { range: [number, number]; text: string }): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

describe('did-you-mean suggestions of the reference rules', () => {
  it('known-principle-ref offers the nearest declared principle as a text edit over the wrong id', () => {
    const text = compactYaml(`
      commitments:
        - id: register
          party: kommunen
          text: Kommunen utvecklar sitt föreningsregister.
          principles: [dialogg]
        - id: samrad
          party: foreningarna
          text: Föreningarna deltar i samråd.
          principles:
            - "dialg"
    `);
    const findings = lint(parseCompact(text, 'c.yaml')).filter((f) => f.ruleId === 'known-principle-ref');
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding.suggestions).toHaveLength(1);
      const [suggestion] = finding.suggestions!;
      expect(suggestion!.message).toMatch(/with "dialog"/);
      const fixed = apply(text, suggestion!.fix);
      expect(lint(parseCompact(fixed, 'c.yaml')).filter((f) => f.ruleId === 'known-principle-ref')).toHaveLength(1);
    }
    const both = apply(apply(text, findings[1]!.suggestions![0]!.fix), findings[0]!.suggestions![0]!.fix);
    expect(both).toContain('principles: [dialog]');
    expect(both).toContain('- "dialog"\n'); // the quoting the value was written with is kept
    expect(lint(parseCompact(both, 'c.yaml')).filter((f) => f.ruleId === 'known-principle-ref')).toEqual([]);
  });

  it('known-party-ref offers the nearest party for a commitment and a meeting organiser; no suggestion when nothing is near', () => {
    const text = compactYaml(`
      commitments:
        - { id: register, party: kommunenn, text: Kommunen utvecklar sitt föreningsregister., principles: [dialog] }
        - { id: annat, party: helt-annat, text: Något., principles: [dialog] }
      governance:
        meetings:
          - { id: stormote, name: Stormöte, frequency: yearly, organiser: foreningarn }
    `);
    const findings = lint(parseCompact(text, 'c.yaml')).filter((f) => f.ruleId === 'known-party-ref');
    expect(findings.map((f) => f.suggestions?.map((s) => s.fix.text))).toEqual([['kommunen'], undefined, ['foreningarna']]);
    const fixed = apply(apply(text, findings[2]!.suggestions![0]!.fix), findings[0]!.suggestions![0]!.fix);
    expect(lint(parseCompact(fixed, 'c.yaml')).filter((f) => f.ruleId === 'known-party-ref')).toHaveLength(1);
  });

  it('keeps offsets right in a file that starts with a byte-order mark', () => {
    const text = `\ufeff${compactYaml(`
      commitments:
        - { id: register, party: kommunen, text: Register., principles: [dialogg] }
    `)}`;
    const [finding] = lint(parseCompact(text, 'c.yaml')).filter((f) => f.ruleId === 'known-principle-ref');
    const { range } = finding!.suggestions![0]!.fix;
    expect(text.slice(range[0], range[1])).toBe('dialogg');
  });
});
