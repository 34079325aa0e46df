/**
 * Gateway to mammoth (Word .docx → HTML) and jszip (the zip library mammoth
 * itself uses, for the core properties), with their own dependencies
 * (xmldom, pako, underscore, ...): 0.7 MB of bundle that only Word
 * extraction needs. Built as its own file, dist/lazy/mammoth.js, so that
 * start-ups that extract no Word file never parse it. Engine code reaches it
 * only through `await import('../lazy/mammoth.js')`.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';

export { mammoth, JSZip };
