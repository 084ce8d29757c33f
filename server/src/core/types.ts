/**
 * The data the engine takes in and gives out. Plain objects only: no LSP types, no I/O.
 * Every span is a pair of UTF-16 offsets (JavaScript string indices) into the ORIGINAL text of a report.
 */

/** Half-open range [start, end) of UTF-16 code units in a report's original text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type FindingCode = 'figure-conflict' | 'entity-spelling' | 'mixed-script' | 'conversion-mismatch';

/** What a report says about itself (front matter, title line, file name). */
export interface ReportMeta {
  /** Outlet or source name shown to the user ("Example Wire"). */
  source: string;
  title?: string;
  url?: string;
  date?: string;
}

/** The physical or calendar kind of a figure; figures of different dimensions are never compared. */
export type Dimension =
  | 'count'
  | 'length'
  | 'speed'
  | 'duration'
  | 'mass'
  | 'area'
  | 'temperature'
  | 'money'
  | 'percent'
  | 'magnitude'
  | 'calibre'
  | 'age'
  | 'ordinal'
  | 'record'
  | 'year'
  | 'weekday'
  | 'date'
  | 'time';

/**
 * A T with every field written, those it lacks as undefined: what the factories of the engine's hot objects (claims,
 * attributes) return, so that the type checker asks for each field a new one gets. Objects built with all their fields
 * in one order share one hidden class in V8, and the functions reading them stay monomorphic; optional fields added
 * later, in whatever order a reading finds them, made many classes, and the optimizing compiler compiled the hottest
 * readers again and again (about half of a cold indexing's time).
 */
export type AllFields<T> = { [K in keyof Required<T>]: T[K] };

/** A numeric claim found in a report. Values are in the dimension's base unit (m, m/s, s, kg, m², °C, …). */
export interface Claim {
  /** Stable within one analysis of one report: `${reportId}#${start}`. */
  id: string;
  reportId: string;
  /** The whole figure as written, hedge and unit included ("about 50 kilometers per hour"). */
  span: Span;
  /** Just the number and its unit, without the hedge or the counted noun: what a change-figure fix replaces. */
  numberSpan: Span;
  /** The sentence holding the figure. */
  sentence: Span;
  dimension: Dimension;
  /** Point value in base units (for weekdays 0–6, Sunday = 0; dates as month × 100 + day; times of day as minutes since midnight; a win-loss record W-L as W × 1000 + L). */
  value: number;
  /** Interval the hedge allows, in base units. */
  low: number;
  high: number;
  /** Unit as the article writes it, canonical symbol ("km/h", "mph", "km", "USD"); "" for bare counts. */
  unit: string;
  /** The hedge word(s) ("about", "at least", "maximum"), if any. */
  hedge?: string;
  /** Claim frame id from the frame table ("deaths", "speed", "departure-day", …), if one matched. */
  frame?: string;
  /**
   * For a time of day (value in minutes since midnight): the zone written with it, 'GMT' (UTC too), 'EST', …, 'local'
   * for "local time", '' when none is written.
   */
  zone?: string;
  /** What the figure is about: head noun or entity key ("train", "person:robert buckley"). */
  subject?: string;
  /** Words of the sentence near the figure, folded, used to tell attributes apart. */
  context: string[];
  /** What the figure is about, read from its sentence (see attributes.ts): set once the report's names are known. */
  attribute?: Attribute;
  /** Parenthetical conversion written beside it ("(733 miles)"), as another claim in the same dimension. */
  conversion?: { span: Span; value: number; unit: string };
  /** Further conversions in the same parentheses ("2m euros (£1.7m; $2.6m)"). */
  otherConversions?: { span: Span; value: number; unit: string }[];
}

/**
 * What a figure speaks of: the property measured, the thing it belongs to, and the qualifiers that tell look-alikes
 * apart. Two figures are compared only when their attributes match.
 */
export interface Attribute {
  /** The frame or dimension: "deaths", "speed", "length", "count:car". */
  property: string;
  /** The thing measured or counted, one word in a canonical form ("run", "journey", "people"), when it can be told. */
  thing?: string;
  /** The thing was read from a verb ("plunged 5 percent", "ran for 40 yards"): verbs vary between writers, so it tells the figure is about something but does not set two figures apart. */
  thingFromVerb?: boolean;
  /** Words that single out one thing of its kind or a sub-group: "second", "yemeni". */
  modifiers: string[];
  /** The nation or group a count of people belongs to ("ostrian" for "40 Ostrians", "four Ostrian civilians"). */
  group?: string;
  /** Key of the person or body the figure belongs to ("jamaal charles"). */
  owner?: string;
  /** The owner's name as the report writes it, for messages ("Edda Brannick"). */
  ownerName?: string;
  /** The owner is no name but a description ("the 12-year-old girl"): one story may have several such. */
  ownerDescribed?: boolean;
  /** Key of the place a distance is measured from. */
  place?: string;
  /** What stands at that distance, when the sentence names it before the figure ("a motorist 50 miles north of …"). */
  located?: string;
  /** Time scope: "season", "career", "past", "per-year", "other" (another incident), when written. */
  time?: string;
  /** A part of a larger figure ("five of them", "including three children"). */
  part?: boolean;
  /** An increment on a figure told before ("another four", "four more"): compared with nothing. */
  increment?: boolean;
  /** The year the figure's report speaks of most (its own event's): an age a year on is a year older. */
  asOf?: number;
  /** Attributed to someone as an estimate or claim ("according to", "estimated", "organisers put"). */
  attributed?: boolean;
  /** Its owner is written only as a pronoun ("he caught 29 passes"): someone owns it, but who cannot be told. */
  ownerUnknown?: boolean;
  /** The verb a count is the object of ("missed 10 games"), in its base form: "played 10 games" is another count. */
  verb?: string;
  /** Keys of the people its sentence names: a figure among other people than another's is likely another's. */
  people?: string[];
  /** The thing is a stuff the figure measures an amount of ("13 inches of snow"). */
  stuff?: boolean;
  /** The variant of a product the figure is of, named by a number-led word in its clause ("13-inch", "256gb"). */
  variant?: string;
  /** The weekday (0 = Sunday) its sentence dates its happening to ("Wednesday's quake struck 75 km west"). */
  day?: number;
}

export type EntityKind = 'person' | 'place' | 'organisation' | 'other';

/** A mention of a named entity. */
export interface EntityMention {
  reportId: string;
  span: Span;
  /** Folded surface text ("Pavel Sholkin"). */
  text: string;
  /** Canonical key shared by house-style variants and aliases ("kim jong un"). */
  key: string;
  kind: EntityKind;
}

/** A place in another report that a finding points to. */
export interface RelatedLocation {
  reportId: string;
  span: Span;
  /** "Example Wire: maximum 59 km/h" */
  message: string;
}

/** One text edit of a suggested fix. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export type FixKind = 'change-figure' | 'cite' | 'spelling' | 'homoglyph' | 'homoglyph-all' | 'review';

/** A suggested fix, ready to apply to the report's original text. */
export interface Fix {
  kind: FixKind;
  title: string;
  edits: TextEdit[];
}

/** Something the user should look at. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  reportId: string;
  span: Span;
  message: string;
  related: RelatedLocation[];
  fixes: Fix[];
  /** Key under which "mark as reviewed" records this finding; survives small edits elsewhere in the text. */
  reviewKey: string;
  /**
   * For a name spelled differently elsewhere: the spelling here and the other reports' spellings, which the team can
   * teach Crosscheck to accept as one name or to keep apart as different names (see the known-entities file).
   */
  spellings?: { form: string; variants: string[] };
}

/** How another report's figure compares with this one, for the hover. */
export type Agreement = 'agrees' | 'compatible' | 'conflicts';

export interface Comparison {
  reportId: string;
  source: string;
  /** The other report's date, when it gives one (an archive report is cited with it). */
  date?: string;
  /** The other report's sentence, as written (homoglyphs folded), and where the figure sits in it. */
  sentence: string;
  figureInSentence: Span;
  span: Span;
  /** The other report's value written in this article's unit ("59 km/h (37 mph)"). */
  converted: string;
  agreement: Agreement;
}

export interface HoverInfo {
  span: Span;
  /** "about 50 km/h (31 mph)" or "Pavel Sholkin (person)" */
  title: string;
  /** Frame label ("speed of the train"), when known. */
  attribute?: string;
  comparisons: Comparison[];
  /** "2 of 3 reports: 59 km/h" */
  consensus?: string;
}

/**
 * A report's figures and names beside what every other report of its story says of them: the Compare Figures table.
 * Built from the same alignment as findings and hovers (a figure's row is its hover), so the three never disagree.
 */
export interface FigureTable {
  reportId: string;
  source: string;
  /** The other reports of the story, in workspace order: one column each. */
  columns: TableColumn[];
  /** Figures in the order the report states them, then names written otherwise elsewhere. */
  rows: TableRow[];
}

export interface TableColumn {
  reportId: string;
  source: string;
}

export interface TableRow {
  kind: 'figure' | 'name';
  /** Names the row across edits of its figure ("speed#0"), so a view keeps its place while the user types. */
  key: string;
  /** The figure as the report writes it ("about 50 kilometers per hour"), or the name's spelling ("Solkin"). */
  written: string;
  /** What it is about: the attribute ("speed of the train") or, for a name, the mention ("name (Pavel Solkin)"). */
  label: string;
  /** The figure normalised, in the report's unit ("about 50 km/h (31.1 mph)"); the spelling for a name. */
  value: string;
  span: Span;
  /** One per column, in column order: what that report says, or null where it is silent. */
  cells: (Comparison | null)[];
  /** "2 of 3 reports: 59 km/h", when another report speaks of it. */
  consensus?: string;
}

/** Settings that shape an analysis. Everything has a default (see config.ts). */
export interface CrosscheckSettings {
  include: string[];
  exclude: string[];
  maxFileSize: number;
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  citationStyle: 'inline' | 'footnote';
  knownEntitiesFile?: string;
}

/** An entry of the workspace's known-entities file. */
export interface KnownEntity {
  name: string;
  kind?: EntityKind;
  aliases?: string[];
}

/**
 * Names the team has recorded as different names though they are spelled alike ("Keller", "Kelley"): the
 * known-entities file's `distinct` list holds such groups, and no two names of one group are taken for one name.
 */
export type DistinctNames = string[];
