/**
 * `crosscheck table FILE [paths…]`: FILE's Compare Figures table, its figures and names beside what each other
 * report says of them (the reports of the paths, or else of FILE's folder), as text, Markdown, CSV or JSON.
 */
import { dirname } from 'node:path';
import { tableAsCsv, tableAsMarkdown, tableAsText } from '../core/findings/tableFormats';
import { tableToJson } from './output';
import { IoError, isDirectory, UsageError } from './settings';
import { existingPaths, readWorkspace } from './workspace';

const FORMATS = ['text', 'markdown', 'csv', 'json'];

export interface TableOptions {
  format: string;
  config?: string;
}

/** Prints the table; the exit status is 0 (a usage or I/O error throws). */
export function tableCommand(paths: string[], options: TableOptions): number {
  const { format } = options;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' (text, markdown, csv or json)`);
  const [file, ...others] = paths;
  if (!file) throw new UsageError('missing FILE: the report whose figures to compare');
  const [path] = existingPaths([file]);
  if (isDirectory(path)) throw new UsageError(`${path} is a folder: give the report whose figures to compare`);
  const { analyzer, results } = readWorkspace([path, ...existingPaths(others.length ? others : [dirname(path)])], options.config);
  const table = analyzer.table(path);
  if (!table) throw new IoError(`${path} could not be read as a report`);
  const out = format === 'markdown' ? tableAsMarkdown(table)
    : format === 'csv' ? tableAsCsv(table)
    : format === 'json' ? tableToJson(table, results)
    : tableAsText(table);
  process.stdout.write(out);
  return 0;
}
