/**
 * `sourced sources [QUERY]`: the corpus's documents with their citation keys
 * and metadata, fuzzy-filtered by key, title or author.
 */
import { parseCommon } from '../args.js';
import { openCorpus } from '../openCorpus.js';
import { SourceFinder } from '../../engine/search/sourceFinder.js';

export async function sourcesCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  const { corpus } = await openCorpus(options);
  const docs = new Map(corpus.documents().map((d) => [d.sourceId, d]));
  const matches = new SourceFinder([...docs.values()]).find(
    options.positionals.join(' '),
    options.positionals.length ? options.limit : docs.size,
  );
  if (options.json) {
    const sources = matches.map((m) => {
      const d = docs.get(m.sourceId)!;
      const { origin, ...metadata } = d.metadata;
      return { sourceId: m.sourceId, file: d.file, ...metadata, metadataFrom: origin, passages: d.sentences.length, score: m.score };
    });
    process.stdout.write(`${JSON.stringify({ sources })}\n`);
    return 0;
  }
  if (matches.length === 0) process.stdout.write('No matching sources.\n');
  for (const m of matches) {
    const d = docs.get(m.sourceId)!;
    const byline = [d.metadata.author ?? d.metadata.publisher, d.metadata.date].filter(Boolean).join(', ');
    process.stdout.write(
      `@${m.sourceId}\n   ${d.metadata.title ?? '(untitled)'}${byline ? ` \u2014 ${byline}` : ''}\n` +
        `   ${d.file}${d.metadata.url ? `  ${d.metadata.url}` : ''}\n`,
    );
  }
  return 0;
}
