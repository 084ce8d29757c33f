/**
 * Crosscheck's settings as the server sees them: read per resource (a workspace folder can override the user's
 * settings) through `workspace/configuration`, validated once into a typed object, cached per URI, and
 * forgotten whenever the client reports a configuration change.
 */
import type { Connection } from 'vscode-languageserver';
import { defaultSettings } from '../core/config';
import type { CrosscheckSettings, FindingCode, Severity } from '../core/types';

/** Everything the server reads from the `crosscheck.*` settings for one resource. */
export interface ResourceSettings extends CrosscheckSettings {
  enable: boolean;
  /** `crosscheck.archive.url`: the newsroom archive (PostgreSQL), when one is set. */
  archiveUrl?: string;
}

const findingCodes: readonly FindingCode[] = ['figure-conflict', 'entity-spelling', 'mixed-script', 'conversion-mismatch'];
const severityLevels: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Per-resource settings with a cache that a configuration change clears. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ResourceSettings>>();
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot answer `workspace/configuration`. */
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  /** Settings that apply to a document or folder URI (or the window, when no URI is given). */
  get(uri?: string): Promise<ResourceSettings> {
    if (!this.canPull) return Promise.resolve(toResourceSettings(this.pushed));
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'crosscheck' })
        .then(toResourceSettings, () => toResourceSettings(undefined));
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forgets the cached settings of a document that was closed. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Called on `workspace/didChangeConfiguration`; `pushedSettings` is the notification's `settings` field. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as { crosscheck?: unknown } | null | undefined)?.crosscheck;
    if (section !== undefined) this.pushed = section;
  }
}

/**
 * Validates the raw `crosscheck` section: every field of the wrong type falls back to its default, so a typo in
 * settings.json weakens one setting instead of breaking the server.
 */
export function toResourceSettings(raw: unknown): ResourceSettings {
  const value = isObject(raw) ? raw : {};
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : true,
    include: stringList(value.include) ?? defaultSettings.include,
    exclude: stringList(value.exclude) ?? defaultSettings.exclude,
    maxFileSize:
      typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : defaultSettings.maxFileSize,
    severity: { ...defaultSettings.severity, ...severityTable(value.severity) },
    citationStyle:
      value.citationStyle === 'inline' || value.citationStyle === 'footnote'
        ? value.citationStyle
        : defaultSettings.citationStyle,
    knownEntitiesFile:
      typeof value.knownEntitiesFile === 'string' && value.knownEntitiesFile.trim() !== ''
        ? value.knownEntitiesFile.trim()
        : defaultSettings.knownEntitiesFile,
    archiveUrl: archiveUrl(value.archive),
  };
}

/** `crosscheck.archive.url`, trimmed; undefined when empty or not a string. */
function archiveUrl(raw: unknown): string | undefined {
  const url = isObject(raw) ? raw.url : undefined;
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

/** The part of the settings the engine takes, for comparing and passing to `Analyzer.setSettings`. */
export function engineSettings(settings: ResourceSettings): CrosscheckSettings {
  const { enable: _enable, archiveUrl: _archiveUrl, ...engine } = settings;
  return engine;
}

function severityTable(raw: unknown): CrosscheckSettings['severity'] {
  const table: CrosscheckSettings['severity'] = {};
  if (!isObject(raw)) return table;
  for (const code of findingCodes) {
    const level = raw[code];
    if (severityLevels.includes(level as Severity | 'off')) table[code] = level as Severity | 'off';
  }
  return table;
}

function stringList(raw: unknown): string[] | undefined {
  return Array.isArray(raw) && raw.every((item) => typeof item === 'string') ? raw : undefined;
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
