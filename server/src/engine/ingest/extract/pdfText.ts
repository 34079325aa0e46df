/**
 * PDF → text with pdf.js (`pdfjs-dist`, legacy build: pure JavaScript, runs
 * in Node without a DOM). Each page's text items are put back into lines
 * from their positions, paragraphs are separated by a blank line where the
 * vertical gap says so, and pages by a form feed, the same shape as
 * `pdftotext` output, so the rest of ingest (page furniture, layout blocks,
 * page numbers on sentences) treats PDFs and PDF-derived text alike.
 *
 * pdf.js runs its "worker" in the calling thread here (the fake worker):
 * the host decides which thread that is (see host.ts `DocumentExtractor`).
 * pdf.js itself is loaded only when a PDF is extracted (lazy/pdfjs.ts).
 */
import type { ExtractedDocument } from '../../host.js';
import type { IngestProblem } from '../../types.js';
import { assembleLines, pageText, type PdfTextItem } from './pdfLayout.js';
import type { PdfJs } from '../../lazy/pdfjs.js';
import { errorMessage } from '../../text/errorText.js';

/**
 * pdf.js, loaded once on the first PDF: it lives in its own bundle
 * (lazy/pdfjs.ts), which also silences its console warnings and installs
 * the DOMMatrix it needs.
 */
export async function loadPdfjs(): Promise<PdfJs> {
  const { loadPdfjs: load } = await import('../../lazy/pdfjs.js');
  return load();
}

/** pdf.js verbosity: errors only. */
const VERBOSITY_ERRORS = 0;

export async function extractPdf(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const problems: IngestProblem[] = [];
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of (and may detach) the buffer it is given, and
  // refuses Node Buffers: pass a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: VERBOSITY_ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    return { text: undefined, properties: {}, problems: [openProblem(file, error)] };
  }
  try {
    const pages: string[] = [];
    let failedPages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const [, y0, , y1] = page.view;
        pages.push(pageText(assembleLines(content.items.filter(isTextItem) as PdfTextItem[]), Math.min(y0, y1), Math.max(y0, y1)));
        page.cleanup();
      } catch {
        failedPages++;
        pages.push('');
      }
    }
    if (failedPages > 0) {
      problems.push({
        file,
        severity: 'warning',
        message: `${file}: ${failedPages} of ${doc.numPages} page(s) could not be read; the rest is indexed.`,
      });
    }
    const text = pages.join('\f');
    if (!/\p{L}/u.test(text)) {
      problems.push({
        file,
        severity: 'warning',
        message: `${file}: the PDF has no text layer (a scan?); nothing to index. Run it through OCR to make it searchable.`,
      });
    }
    const properties = await readProperties(doc).catch(() => ({}));
    return { text, pages: doc.numPages, properties, problems };
  } finally {
    await doc.destroy().catch(() => {});
  }
}

function isTextItem(item: object): boolean {
  return 'str' in item && 'transform' in item;
}

function openProblem(file: string, error: unknown): IngestProblem {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  const reason = errorMessage(error);
  if (name === 'PasswordException') {
    return {
      file,
      severity: 'error',
      message: `${file}: the PDF is password-protected; skipped. Save a copy without a password to index it.`,
    };
  }
  return { file, severity: 'error', message: `${file}: not a readable PDF (${reason}); skipped.` };
}

interface PdfDocLike {
  getMetadata(): Promise<{ info: unknown }>;
}

/**
 * Title, author and date from the PDF's Info dictionary, when they look like
 * a person's entry rather than a tool's default ("Microsoft Word - x.docx").
 */
async function readProperties(doc: PdfDocLike): Promise<ExtractedDocument['properties']> {
  const { info } = await doc.getMetadata();
  const fields = (info ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined);
  const properties: ExtractedDocument['properties'] = {};
  const title = str(fields.Title);
  if (title && !/^(microsoft (word|powerpoint)|untitled|document\d*$)|\.(docx?|pptx?|pdf|indd)$/i.test(title)) properties.title = title;
  const author = str(fields.Author);
  if (author && /\s|^[A-Z]/.test(author) && !/^(user|admin|owner)$/i.test(author)) properties.author = author;
  const date = pdfDate(str(fields.CreationDate));
  if (date) properties.date = date;
  return properties;
}

/** `D:20250128161826+00'00'` → `2025-01-28`. */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = raw ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
