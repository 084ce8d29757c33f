/**
 * The newsroom archive as the engine sees it: what is stored of a report (its metadata, its claims with their
 * alignment keys and attributes, its names and the name words that make its story) and what is asked about a report
 * (its story words and alignment keys). No I/O here: `ReportArchive` is the one interface a store implements
 * (PostgreSQL, server/src/node/archive/), and what it answers with is plain data.
 *
 * The design: the archive returns the texts of the reports of a report's story, and the caller upserts them into the
 * analyzer beside the workspace's reports. The engine then compares them exactly as it compares workspace reports
 * (the same pairing, the same findings, the same hovers), and holds only the reports of the stories at hand, never
 * the archive.
 */
import type { Analyzer } from './analyzer';
import type { Claim, EntityKind, ReportMeta, Span } from './types';
import { alignmentKey, distinctiveNameCap, ONE_STORY_WORKSPACE, SHARED_STORY_NAMES, storyWords } from './alignment/alignment';
import { attributeSignature } from './extraction/attributes';
import { frameLabel } from './findings/findings';

/** A claim as the archive stores it: its value and interval, where it is, and what it is about. */
export interface ArchivedClaim {
  /** The claim's place in its report's list of claims. */
  ordinal: number;
  /** The key under which the engine compares it with other reports' claims; undefined for figures never compared. */
  alignmentKey?: string;
  /** What figures whose attributes match share (attributeSignature). */
  signature: string;
  /** The attribute in words ("speed of the train"). */
  attribute: string;
  dimension: Claim['dimension'];
  frame?: string;
  unit: string;
  hedge?: string;
  value: number;
  low: number;
  high: number;
  span: Span;
  numberSpan: Span;
  sentence: Span;
  /** The sentence as written in the report. */
  sentenceText: string;
}

/** A name as the archive stores it: once per report and key. */
export interface ArchivedName {
  key: string;
  /** As the report first writes it. */
  name: string;
  kind: EntityKind;
  mentions: number;
}

/** Everything the archive stores of one report besides its text. */
export interface ArchiveRecord {
  meta: ReportMeta;
  claims: ArchivedClaim[];
  names: ArchivedName[];
  /** The words of its names, by which its story is found (see storyWords). */
  storyWords: string[];
}

/** What the archive is asked about one report: the reports of its story. */
export interface StoryQuery {
  storyWords: string[];
  /** Its claims' alignment keys: reports that speak of the same attributes come first when there are many. */
  alignmentKeys: string[];
}

/** A report of the archive, as handed to the analyzer. */
export interface ArchivedReport {
  /** The path it was added under, relative to the folder it was added from. */
  path: string;
  text: string;
  meta: ReportMeta;
}

/** The one interface a report archive implements. */
export interface ReportArchive {
  /**
   * The archive's reports of the stories of the given reports, each once. `exclude` holds content hashes (SHA-256 of
   * the text, hex) of reports the caller already has: the workspace's own reports, when they were archived too.
   * `workspaceReports` is how many reports the caller holds besides, so that the one-story rule counts them.
   */
  storyReports(queries: StoryQuery[], options: { exclude: ReadonlySet<string>; workspaceReports: number }): Promise<ArchivedReport[]>;
}

/**
 * How a store picks a story, by the engine's rule (ClaimIndex.storyOf): in an archive and workspace of at most
 * ONE_STORY_WORKSPACE reports, every report is of one story; otherwise the reports that share SHARED_STORY_NAMES
 * distinctive name words (two when none shares three), a word being distinctive when at most `distinctiveCap`
 * reports hold it.
 */
export const STORY_RULE = {
  oneStoryReports: ONE_STORY_WORKSPACE,
  sharedNames: SHARED_STORY_NAMES,
  distinctiveCap: distinctiveNameCap,
  /** The most reports of one story handed to the analyzer: they are held in memory beside the workspace. */
  maxReports: 100,
};

/** What the archive stores of a report the analyzer holds. */
export function archiveRecord(analyzer: Analyzer, reportId: string): ArchiveRecord {
  const text = analyzer.text(reportId) ?? '';
  const meta = analyzer.meta(reportId) ?? { source: reportId };
  const claims = analyzer.claims(reportId).map((c, ordinal): ArchivedClaim => ({
    ordinal,
    alignmentKey: alignmentKey(c),
    signature: attributeSignature(c),
    attribute: frameLabel(c),
    dimension: c.dimension,
    frame: c.frame,
    unit: c.unit,
    hedge: c.hedge,
    value: c.value,
    low: c.low,
    high: c.high,
    span: c.span,
    numberSpan: c.numberSpan,
    sentence: c.sentence,
    sentenceText: text.slice(c.sentence.start, c.sentence.end),
  }));
  const entities = analyzer.entities(reportId);
  const names = new Map<string, ArchivedName>();
  for (const e of entities) {
    const known = names.get(e.key);
    if (known) known.mentions++;
    else names.set(e.key, { key: e.key, name: e.text, kind: e.kind, mentions: 1 });
  }
  return { meta, claims, names: [...names.values()], storyWords: [...storyWords(entities)].sort() };
}

/** What the archive is asked about a report the analyzer holds. */
export function storyQuery(analyzer: Analyzer, reportId: string): StoryQuery {
  const keys = new Set<string>();
  for (const c of analyzer.claims(reportId)) {
    const key = alignmentKey(c);
    if (key) keys.add(key);
  }
  return { storyWords: [...storyWords(analyzer.entities(reportId))].sort(), alignmentKeys: [...keys].sort() };
}

const ARCHIVE_SCHEME = 'crosscheck-archive:';

/**
 * The id under which an archived report joins the analyzer: a URI of its own scheme (the editor opens it read-only),
 * ending in the report's file name, so that its kind (Markdown or not) and its review keys are those of the file.
 */
export function archiveReportId(path: string): string {
  return `${ARCHIVE_SCHEME}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The archived path of an archive report id, or undefined for a workspace report. */
export function archivePathOf(reportId: string): string | undefined {
  if (!reportId.startsWith(ARCHIVE_SCHEME)) return undefined;
  return reportId.slice(ARCHIVE_SCHEME.length + 1).split('/').map(decodeURIComponent).join('/');
}

/**
 * Adds the archive's reports to the analyzer, each under its archive id with the metadata stored with it (so that its
 * source reads as when it was added, not as its archive id would give it). Reports of earlier stories that are no
 * longer among `reports` are removed: the analyzer holds the stories at hand, not the archive.
 */
export function upsertArchived(analyzer: Analyzer, reports: readonly ArchivedReport[]): void {
  const wanted = new Set(reports.map((r) => archiveReportId(r.path)));
  for (const id of analyzer.reportIds()) if (archivePathOf(id) !== undefined && !wanted.has(id)) analyzer.remove(id);
  for (const r of reports) analyzer.upsert(archiveReportId(r.path), r.text, { source: r.meta.source });
}
