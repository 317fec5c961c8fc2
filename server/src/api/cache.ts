import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Responses that depend only on the bundle, memoised per bundle version: the body bytes, their ETag and their gzip
 * and brotli variants (compressed once, on first demand, off the event loop). A repeated request is answered from
 * here before any routing, validation or store query; a request whose If-None-Match holds the ETag gets a 304.
 *
 * Keys are request URLs (path and query as sent), and only successful answers are stored, so a key always maps to
 * the same body for a version. The cache is bounded (entries and bytes, least recently used out first): clients
 * can make endless distinct URLs, the memory cannot grow with them.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Bodies smaller than this are sent as they are: compression would not pay. */
const COMPRESS_MIN_BYTES = 1024;

export interface CachedBody {
  body: Buffer;
  contentType: string;
  /** An attachment's file name. */
  filename?: string | undefined;
  /** Already compressed (zip): never compressed again. */
  compressible: boolean;
}

interface Entry extends CachedBody {
  url: string;
  headers: [string, string][];
  variants: Partial<Record<'br' | 'gzip', Promise<Buffer>>>;
  /** Bytes held, the variants counted when ready. */
  bytes: number;
}

export interface ResponseCacheOptions {
  /** Part of the ETag: the bundle version every cached body depends on. */
  version: string;
  /** Also in the ETag, so that a new API (same bundle, different shapes) never meets an old cached copy. */
  apiHash: string;
  maxEntries?: number;
  maxBytes?: number;
}

export const CACHEABLE_CACHE_CONTROL = 'public, no-cache';

export class ResponseCache {
  readonly etag: string;
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;

  constructor(options: ResponseCacheOptions) {
    this.etag = `W/"${options.version}-${options.apiHash}"`;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 256 * 2 ** 20;
  }

  get size(): number {
    return this.entries.size;
  }

  get(url: string): Entry | undefined {
    const entry = this.entries.get(url);
    if (entry) {
      // Most recently used last.
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, value: CachedBody): Entry {
    const headers: [string, string][] = [
      ['Content-Type', value.contentType],
      ['ETag', this.etag],
      ['Cache-Control', CACHEABLE_CACHE_CONTROL],
    ];
    if (value.compressible) headers.push(['Vary', 'Accept-Encoding']);
    if (value.filename) headers.push(['Content-Disposition', `attachment; filename="${value.filename}"`]);
    const entry: Entry = { ...value, url, headers, variants: {}, bytes: value.body.length };
    const previous = this.entries.get(url);
    if (previous) this.forget(url, previous);
    if (entry.bytes > this.maxBytes) return entry;
    this.entries.set(url, entry);
    this.bytes += entry.bytes;
    this.evict();
    return entry;
  }

  private forget(url: string, entry: Entry) {
    this.entries.delete(url);
    this.bytes -= entry.bytes;
  }

  private evict() {
    for (const [url, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.forget(url, entry);
    }
  }

  /** The body in an encoding, compressed at most once per entry. */
  variant(entry: Entry, encoding: Encoding): Buffer | Promise<Buffer> {
    if (encoding === 'identity' || !entry.compressible || entry.body.length < COMPRESS_MIN_BYTES) return entry.body;
    let pending = entry.variants[encoding];
    if (!pending) {
      pending =
        encoding === 'gzip'
          ? gzipAsync(entry.body, { level: 6 })
          : brotliAsync(entry.body, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: entry.body.length < 2 ** 20 ? 9 : 5,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
              },
            });
      entry.variants[encoding] = pending;
      void pending.then(
        (buffer) => {
          if (this.entries.get(entry.url) === entry) {
            entry.bytes += buffer.length;
            this.bytes += buffer.length;
            this.evict();
          }
        },
        () => {
          delete entry.variants[encoding];
        },
      );
    }
    return pending;
  }

  /** Answers a request from an entry: 304 when If-None-Match holds the ETag, else the body in the best encoding. */
  async send(req: Request, res: Response, entry: Entry): Promise<void> {
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    if (etagMatches(req.headers['if-none-match'], this.etag)) {
      res.statusCode = 304;
      res.removeHeader('Content-Type');
      res.end();
      return;
    }
    const encoding = entry.compressible ? preferredEncoding(req.headers['accept-encoding']) : 'identity';
    const variant = this.variant(entry, encoding);
    const body = variant instanceof Buffer ? variant : await variant;
    if (body !== entry.body) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

/** Whether an If-None-Match header lists the ETag (weak comparison, `*` included). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const raw of header.split(',')) {
    const tag = raw.trim();
    if (tag === '*' || tag === etag || tag === opaque || (tag.startsWith('W/') && tag.slice(2) === opaque)) return true;
  }
  return false;
}

/** br, then gzip, then identity, among those the client accepts (q > 0). */
export function preferredEncoding(header: string | undefined): Encoding {
  if (header === undefined || header === '') return 'identity';
  let gzipOk = false;
  let brOk = false;
  let star = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name === 'br') brOk = accepted;
    else if (name === 'gzip' || name === 'x-gzip') gzipOk = accepted;
    else if (name === '*') star = accepted;
  }
  if (brOk) return 'br';
  if (gzipOk || star) return 'gzip';
  return 'identity';
}

/** The fast path: GET and HEAD requests whose URL is cached are answered before any routing. */
export function serveFromCache(cache: () => ResponseCache): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const current = cache();
    const entry = current.get(req.url);
    if (!entry) return next();
    current.send(req, res, entry).catch(next);
  };
}
