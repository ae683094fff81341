// Reading text the way a person would: spaces normalised, PDFs through pdftotext.
import { execFileSync } from 'node:child_process';

/** Spaces as a PDF or a page writes them (no-break, narrow no-break, thin…) read as one plain space. */
export function normaliseSpaces(s) {
  return s.replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ').trim();
}

/** The text of a PDF, by Debian's poppler-utils (`make chromium` installs it). */
export function pdfText(path) {
  try {
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  } catch (err) {
    if (err.code === 'ENOENT') throw new Error('pdftotext is missing: apt-get install -y poppler-utils (or make chromium)');
    throw err;
  }
}
