/**
 * Gateway to pdf.js (`pdfjs-dist`, legacy build), the largest library
 * Sourced uses (3.6 MB of the bundle). It is built as its own file,
 * dist/lazy/pdfjs.js, so that the CLI, the server and the extraction worker
 * parse it only when a PDF is actually extracted: every start-up of
 * `sourced check` would otherwise pay for it. Engine code reaches it only
 * through `await import('../lazy/pdfjs.js')` (see esbuild.mjs and
 * test/unit/lazyGateways.test.ts).
 */
import { ensureDomMatrix } from './pdfjs/domMatrix.js';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js once. Its Node set-up tries optional canvas polyfills (only
 * needed to render) and warns on the console when they are missing; the
 * warnings are silenced because the CLI's output must stay clean. The one
 * polyfill it cannot load without (DOMMatrix) is our own, installed first.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    ensureDomMatrix();
    const restore = muteConsole();
    try {
      // Registers globalThis.pdfjsWorker, which pdf.js's fake worker uses
      // instead of importing a worker script from a URL. Inside this
      // gateway's own bundle these imports are inlined, not separate files.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restore();
    }
  })();
  return loading;
}

function muteConsole(): () => void {
  const { log, warn, info } = console;
  console.log = console.warn = console.info = () => {};
  return () => {
    Object.assign(console, { log, warn, info });
  };
}
