'use client';

import styles from './actions.module.css';

/** 256 KiB of UTF-8: the largest task output Step Functions accepts (quotas.md §1). */
const MAX_OUTPUT_BYTES = 262_144;

/** Why the text is not an acceptable task output, or null when it is. */
export function getOutputProblem(text: string): string | null {
  if (new TextEncoder().encode(text).length > MAX_OUTPUT_BYTES) return 'The output is larger than 256 KiB.';
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
}

/** A JSON text area that says what is wrong as you type, and can tidy the text up. */
export function JsonOutputEditor({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const problem = getOutputProblem(value);
  return (
    <div className="field">
      <label htmlFor="task-output">Task output (JSON)</label>
      <textarea
        id="task-output"
        className={`input ${styles.editor} ${problem ? styles.editorInvalid : ''}`}
        value={value}
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby="task-output-status"
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="row" style={{ justifyContent: 'space-between', gap: 8 }}>
        <span id="task-output-status" className={problem ? 'result-failed' : 'faint'} data-testid="output-status">
          {problem ?? `Valid JSON · ${new TextEncoder().encode(value).length.toLocaleString('en-US')} bytes`}
        </span>
        <button type="button" className="button button-small" disabled={problem !== null} onClick={() => onChange(JSON.stringify(JSON.parse(value), null, 2))}>
          Format
        </button>
      </div>
    </div>
  );
}
