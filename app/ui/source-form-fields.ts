/** The fields of the source form, in form order (names match sourceInputSchema). */
export const SOURCE_FIELDS = ['kind', 'name', 'region', 'profile', 'roleArn', 'endpoint', 'syncIntervalSec', 'maxRequestsPerSec', 'enabled'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export type SourceFormState = {
  ok: boolean;
  message: string;
  fieldErrors: Partial<Record<SourceField, string[]>>;
  /** What was typed, so a refused form keeps it. */
  values?: Partial<Record<SourceField, string>>;
  /** Set by "Test connection". */
  connection?: { ok: boolean; message: string };
  /** The saved source, after a save. */
  savedId?: number;
};

export type SourceActionResult = { ok: boolean; message: string };

/** Where a source reads from, in one line: "AWS eu-west-1 · profile prod · role …" or the endpoint URL. */
export function getSourceWhere(source: { kind: string; region: string | null; profile: string | null; roleArn: string | null; endpoint: string | null }): string {
  if (source.kind === 'AWS') return [`AWS ${source.region ?? '?'}`, source.profile && `profile ${source.profile}`, source.roleArn && `role ${source.roleArn}`].filter(Boolean).join(' · ');
  if (source.kind === 'LOCAL') return source.endpoint ?? 'local endpoint';
  return 'Imported files';
}
