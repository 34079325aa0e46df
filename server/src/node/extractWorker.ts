/**
 * A worker thread of the extractor pool (extractorPool.ts): extracts one
 * document at a time with the engine's extractors and posts the result
 * back. Bundled on its own as dist/extractWorker.js.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../engine/ingest/extract/extractDocument.js';
import type { ExtractReply, ExtractRequest } from './extractProtocol.js';
import { errorMessage } from '../engine/text/errorText.js';

const port = parentPort;
if (!port) throw new Error('extractWorker runs as a worker thread of ExtractorPool.');

// The pool counts a worker as started only once its modules have loaded.
port.postMessage('ready');

port.on('message', (request: ExtractRequest) => {
  extractDocument(request.file, request.format, request.bytes).then(
    (result) => port.postMessage({ id: request.id, result } satisfies ExtractReply),
    (error: unknown) => port.postMessage({ id: request.id, error: errorMessage(error) } satisfies ExtractReply),
  );
});
