import { isRecord, type DefinitionDiagnostic } from '@/lib/asl';

/** Express workflows refuse callbacks, `.sync` and activities at creation. */
export function expressDiagnostics(def: unknown): DefinitionDiagnostic[] {
  const out: DefinitionDiagnostic[] = [];
  const walk = (node: unknown, at: string) => {
    if (!isRecord(node) || !isRecord(node.States)) return;
    for (const [name, state] of Object.entries(node.States)) {
      if (!isRecord(state)) continue;
      const loc = `${at}/States/${name}`;
      const r = state.Resource;
      if (typeof r === 'string') {
        if (r.endsWith('.waitForTaskToken')) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: "Express state machine does not support '.waitForTaskToken' service integration", location: `${loc}/Resource` });
        else if (/\.sync(:\d+)?$/.test(r)) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: "Express state machine does not support '.sync' service integration", location: `${loc}/Resource` });
        else if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(r)) out.push({ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'Express state machine does not support Activities', location: `${loc}/Resource` });
      }
      if (Array.isArray(state.Branches)) state.Branches.forEach((b, i) => walk(b, `${loc}/Branches/${i}`));
      walk(state.ItemProcessor ?? state.Iterator, `${loc}/ItemProcessor`);
    }
  };
  walk(def, '');
  return out;
}
