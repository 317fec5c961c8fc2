import { problemCatalogue } from './errors.ts';
import type { OpenApiDocument } from './openapi.ts';

/**
 * The API's documentation page (/api/docs), rendered on the server from the OpenAPI document: plain HTML with one
 * stylesheet of its own (/api/docs/docs.css), no script, no inline style, nothing from elsewhere, so that it works
 * under the same strict Content-Security-Policy as everything else.
 */

type Json = Record<string, unknown>;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `code` spans from backticks; everything else escaped. */
const prose = (value: string) => escapeHtml(value).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`);

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function refName(ref: string): string {
  return ref.replace('#/components/schemas/', '');
}

/** A one-line description of a JSON schema: `string (date)`, `array of Actor`, `"a" | "b"`. */
export function describeSchema(schema: Json | undefined, depth = 0): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return `<a href="#schema-${slug(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.enum)) {
    const values = schema.enum as unknown[];
    return values.length > 8
      ? `one of ${values.length} values: ${values.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(', ')}`
      : values.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  }
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) {
      return (schema[key] as Json[]).map((s) => describeSchema(s, depth + 1)).join(' or ');
    }
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any');
  if (type === 'array') {
    if (Array.isArray(schema.prefixItems)) {
      return `[${(schema.prefixItems as Json[]).map((s) => describeSchema(s, depth + 1)).join(', ')}]`;
    }
    return `array of ${describeSchema(schema.items as Json | undefined, depth + 1)}`;
  }
  const facets: string[] = [];
  if (schema.format) facets.push(String(schema.format));
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    facets.push(`${schema.minimum ?? '…'} to ${schema.maximum ?? '…'}`);
  }
  if (schema.maxLength !== undefined) facets.push(`at most ${schema.maxLength} characters`);
  if (schema.pattern && !schema.format) facets.push(`pattern <code>${escapeHtml(String(schema.pattern))}</code>`);
  if (schema.default !== undefined) facets.push(`default ${escapeHtml(JSON.stringify(schema.default))}`);
  if (type === 'object' && schema.properties && depth > 0) return 'object (see below)';
  return `${escapeHtml(type)}${facets.length ? ` (${facets.join(', ')})` : ''}`;
}

function propertiesTable(schema: Json): string {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? '' : ' <span class="optional">optional</span>'}</td><td>${describeSchema(property, 1)}</td><td>${prose(String(property.description ?? ''))}</td></tr>`,
  );
  if (rows.length === 0) return '';
  return `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderDocsPage(document: OpenApiDocument): string {
  const doc = document as unknown as Json;
  const info = doc.info as Json;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const sections: string[] = [];
  const toc: string[] = [];

  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const id = `op-${slug(String(op.operationId))}`;
      toc.push(`<li><a href="#${id}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></a></li>`);
      const parameters = (op.parameters ?? []) as Json[];
      const parameterRows = parameters.map((p) => {
        const schema = p.schema as Json | undefined;
        const list = p.style === 'form' && p.explode === false ? ' (comma-separated)' : '';
        return `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}${p.required ? ', required' : ''}</td><td>${describeSchema(schema)}${list}</td><td>${prose(String(p.description ?? ''))}</td></tr>`;
      });
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, response]) => {
        const content = (response.content ?? {}) as Record<string, Json>;
        const types = Object.entries(content)
          .map(([type, media]) => {
            const schema = media.schema as Json | undefined;
            return `<code>${escapeHtml(type)}</code> ${schema?.$ref ? describeSchema(schema) : prose(String(schema?.description ?? ''))}`;
          })
          .join('<br>');
        return `<tr><td>${escapeHtml(status)}</td><td>${prose(String(response.description ?? ''))}</td><td>${types}</td></tr>`;
      });
      sections.push(
        `<section id="${id}"><h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>` +
          `<p>${prose(String(op.summary ?? ''))}</p>` +
          (op.description ? `<p>${prose(String(op.description))}</p>` : '') +
          (parameterRows.length
            ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr></thead><tbody>${parameterRows.join('')}</tbody></table>`
            : '<p class="muted">No parameters.</p>') +
          `<table><thead><tr><th>status</th><th>meaning</th><th>body</th></tr></thead><tbody>${responses.join('')}</tbody></table></section>`,
      );
    }
  }

  const problems = problemCatalogue
    .map(
      (p) =>
        `<tr id="problem-${p.slug}"><td>${p.status}</td><td><code>/api/docs#problem-${p.slug}</code></td><td>${escapeHtml(p.title)}</td><td>${prose(p.when)}</td></tr>`,
    )
    .join('');

  const schemaSections = Object.entries(schemas).map(
    ([name, schema]) =>
      `<section id="schema-${slug(name)}"><h3>${escapeHtml(name)}</h3>${schema.description ? `<p>${prose(String(schema.description))}</p>` : ''}${schema.properties ? propertiesTable(schema) : `<p>${describeSchema(schema)}</p>`}</section>`,
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} ${escapeHtml(String(info.version))}</title>
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<header><h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>OpenAPI 3.1 document: <a href="/api/openapi.json">/api/openapi.json</a>. Every parameter is validated; every error is <code>application/problem+json</code> (RFC 9457).</p></header>
<nav><h2>Operations</h2><ul>${toc.join('')}</ul></nav>
<main>
<h2>Operations</h2>
${sections.join('\n')}
<h2 id="problems">Problems</h2>
<p>Every error answers with a JSON object: <code>type</code> (one of these), <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code> (the path), <code>requestId</code> and, for invalid parameters, <code>errors</code>: one <code>{name, in, reason}</code> per parameter.</p>
<table><thead><tr><th>status</th><th>type</th><th>title</th><th>when</th></tr></thead><tbody>${problems}</tbody></table>
<h2 id="schemas">Schemas</h2>
${schemaSections.join('\n')}
</main>
</body>
</html>
`;
}

export const DOCS_CSS = `:root { color-scheme: light dark; --muted: #6b7280; --line: #d1d5db; --accent: #1d4ed8; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 18rem 1fr; }
header { grid-column: 1 / -1; padding: 1rem 2rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.5rem; } header small { color: var(--muted); font-weight: normal; }
nav { padding: 1rem; border-right: 1px solid var(--line); position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
nav h2 { font-size: 1rem; } nav ul { list-style: none; padding: 0; margin: 0; } nav li { margin: 0.2rem 0; font-size: 0.85rem; }
main { padding: 1rem 2rem; max-width: 70rem; min-width: 0; }
section { border-top: 1px solid var(--line); padding: 0.5rem 0 1rem; }
h3 { font-size: 1.05rem; } .method { color: var(--accent); font-family: ui-monospace, monospace; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: color-mix(in srgb, var(--line) 35%, transparent); }
th:first-child, td:first-child, td:nth-child(2) { white-space: nowrap; overflow-wrap: normal; }
code { font-family: ui-monospace, monospace; font-size: 0.85em; }
a { color: var(--accent); } .optional, .muted { color: var(--muted); font-size: 0.85em; }
@media (max-width: 50rem) { body { display: block; } nav { position: static; border: 0; } }
`;
