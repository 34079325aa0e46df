/** Messages between the extractor pool and its worker threads (types only). */
import type { ExtractedDocument, ExtractFormat } from '../engine/host.js';

export interface ExtractRequest {
  id: number;
  file: string;
  format: ExtractFormat;
  bytes: Uint8Array;
}

export type ExtractReply = { id: number; result: ExtractedDocument } | { id: number; error: string };
