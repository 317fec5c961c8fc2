import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/fixture.ts';

/**
 * The lint rules that keep data out of the page as HTML or script (eslint.config.js): each one is shown to fire on a
 * small snippet linted in memory as if it were a file of the explorer, a clean snippet passes, and the whole client
 * passes them all.
 */

const eslint = new ESLint({ cwd: repoRoot });
const probePath = path.join(repoRoot, 'client/src/features/__lint-probe__.tsx');

async function lint(code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: probePath });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const refused: [string, string, string, RegExp][] = [
  [
    'dangerouslySetInnerHTML',
    'no-restricted-syntax',
    'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
    /never as an HTML string/,
  ],
  [
    'dangerouslySetInnerHTML through a spread',
    'no-restricted-syntax',
    'export const A = (p: { h: string }) => <div {...{ dangerouslySetInnerHTML: { __html: p.h } }} />;',
    /never as an HTML string/,
  ],
  [
    'innerHTML',
    'no-restricted-syntax',
    'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }',
    /textContent/,
  ],
  [
    "['innerHTML']",
    'no-restricted-syntax',
    "export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }",
    /textContent/,
  ],
  [
    'outerHTML',
    'no-restricted-syntax',
    'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }',
    /textContent/,
  ],
  [
    'insertAdjacentHTML',
    'no-restricted-syntax',
    "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }",
    /textContent/,
  ],
  ['document.write', 'no-restricted-syntax', 'export function f(s: string) { document.write(s); }', /textContent/],
  [
    'a javascript: URL in JSX',
    'no-script-url',
    'export const A = () => <a href="javascript:alert(1)">x</a>;',
    /Script URL/,
  ],
  [
    'a javascript: URL in an expression',
    'no-script-url',
    "export const A = (id: string) => <a href={'JavaScript:void(' + id + ')'}>x</a>;",
    /Script URL/,
  ],
  [
    'a javascript: URL set as an attribute',
    'no-script-url',
    "export function f(a: HTMLAnchorElement) { a.setAttribute('href', 'javascript:void(0)'); }",
    /Script URL/,
  ],
  [
    'a javascript: URL built in a template',
    'no-restricted-syntax',
    'export const href = (code: string) => `javascript:${code}`;',
    /Script URL/,
  ],
];

describe('lint rules against HTML and script URLs', () => {
  it('are in force for the explorer', async () => {
    const config = (await eslint.calculateConfigForFile(probePath)) as { rules: Record<string, unknown[]> };
    expect(config.rules['no-script-url']?.[0]).toBe(2);
    expect(config.rules['no-restricted-syntax']?.[0]).toBe(2);
  });

  it.each(refused)('refuse %s', async (_what, ruleId, code, message) => {
    const messages = await lint(code);
    expect(messages.length, JSON.stringify(messages)).toBeGreaterThan(0);
    expect(messages).toContainEqual({ ruleId, message: expect.stringMatching(message) });
  });

  it('let text rendered as React nodes and textContent through', async () => {
    expect(
      await lint(
        [
          'export const A = (p: { text: string; id: string }) => (',
          '  <a href={`?actor=${encodeURIComponent(p.id)}`} title={p.text}>{p.text}</a>',
          ');',
          'export function tip(el: HTMLElement, text: string) { el.textContent = text; }',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('pass on the whole client', async () => {
    const results = await eslint.lintFiles(['client']);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(repoRoot, r.filePath)}:${m.line}: ${m.ruleId}: ${m.message}`),
    );
    console.info(`lint: ${results.length} client files, ${problems.length} problems`);
    expect(results.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
