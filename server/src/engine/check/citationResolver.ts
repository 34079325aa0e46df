/**
 * The citation resolver: which corpus source a draft's citation names. A
 * Pandoc key by key; a Markdown link (`[report](../corpus/x.pdf)`) by the
 * corpus document it points at, with posix-style path arithmetic so the
 * engine needs no `node:path`.
 */
import type { SourceDocument } from '../types.js';
import type { Corpus } from '../corpus/corpus.js';

/**
 * The corpus source a citation names, or undefined: a Pandoc key by key, a
 * link by the file it points at. The one resolver the checker, reference
 * lists, hovers, definitions and references share.
 */
export function sourceIdOf(
  site: { key?: string; target?: string },
  corpus: Pick<Corpus, 'document' | 'documents'>,
  draftPath?: string,
): string | undefined {
  if (site.key !== undefined) return corpus.document(site.key) ? site.key : undefined;
  return site.target ? resolveLinkTarget(corpus.documents(), site.target, draftPath) : undefined;
}

export function resolveLinkTarget(documents: readonly SourceDocument[], target: string, draftPath?: string): string | undefined {
  const clean = safeDecode(target.split('#')[0].split('?')[0]);
  if (!clean) return undefined;
  const absolute = clean.startsWith('/') ? normalize(clean) : draftPath ? normalize(`${dirname(draftPath)}/${clean}`) : undefined;
  const byPath = absolute ? documents.find((d) => normalize(d.file) === absolute) : undefined;
  if (byPath) return byPath.sourceId;
  // Without the draft's location, accept a unique document whose path ends with the link.
  const tail = normalize(clean).replace(/^(\.\.\/)+/, '');
  const matches = documents.filter((d) => normalize(d.file).endsWith(`/${tail}`));
  return matches.length === 1 ? matches[0].sourceId : undefined;
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
    } else parts.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

function dirname(path: string): string {
  const p = path.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
