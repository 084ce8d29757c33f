/** Which documents the language server sees. */
import type { DocumentSelector } from 'vscode-languageclient/node';
import { reviewedFilePath } from '../../server/src/lsp/protocol';

/** Languages whose documents are checked as reports (when the include/exclude settings select them). */
export const reportLanguages = ['plaintext', 'markdown', 'news'] as const;

/**
 * Reports on disk and unsaved `.news` buffers, plus the reviewed list: the server reads its open, unsaved text,
 * so that entries a person edits by hand take effect before the file is saved.
 */
export const documentSelector: DocumentSelector = [
  ...reportLanguages.map((language) => ({ scheme: 'file', language })),
  { scheme: 'untitled', language: 'news' },
  { scheme: 'file', pattern: `**/${reviewedFilePath}` },
];
