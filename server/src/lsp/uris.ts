/**
 * Helpers for document and folder URIs. URIs are compared as strings in VS Code's canonical form
 * (`URI.toString()`), which is what the client sends and what the runtime produces for files on disk.
 */
import { URI, Utils } from 'vscode-uri';

/** The workspace folder holding `uri` (the deepest one, for nested folders), if any. */
export function folderContaining(folders: readonly string[], uri: string): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (uri.startsWith(prefix) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}

/** Path of `uri` relative to `folder`, with forward slashes, as recorded in `.crosscheck/reviewed.json`. */
export function relativePath(folder: string, uri: string): string {
  const folderPath = URI.parse(folder).path.replace(/\/$/, '');
  const path = URI.parse(uri).path;
  return path.startsWith(`${folderPath}/`) ? path.slice(folderPath.length + 1) : path;
}

/** A file inside a folder; `path` may also be absolute (a settings value such as `knownEntitiesFile`). */
export function resolveInFolder(folder: string, path: string): string {
  if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\')) return URI.file(path).toString();
  return Utils.joinPath(URI.parse(folder), ...path.split(/[\\/]/)).toString();
}

/** Last path segment, for messages. */
export function baseName(uri: string): string {
  return Utils.basename(URI.parse(uri));
}
