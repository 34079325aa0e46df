/**
 * pdf.js's worker module ships no type declarations; Sourced imports it only
 * for its side effect (it registers `globalThis.pdfjsWorker`).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
