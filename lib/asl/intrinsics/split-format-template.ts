import { StatesError } from '../states-error';
import { toFormatString } from './to-format-string';

/** Splits a Format template at `{}`; `\{`, `\}`, `\'`, `\\` are literal characters. */
export function splitFormatTemplate(template: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < template.length; i++) {
    const char = template[i];
    if (char === '\\' && i + 1 < template.length && "{}'\\".includes(template[i + 1])) {
      current += template[i + 1];
      i++;
    } else if (char === '{' && template[i + 1] === '}') {
      parts.push(current);
      current = '';
      i++;
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

export function formatWithParts(parts: string[], values: unknown[]): string {
  if (parts.length - 1 !== values.length) {
    throw new StatesError(
      'States.IntrinsicFailure',
      `States.Format has ${parts.length - 1} '{}' placeholder(s) but ${values.length} argument(s) to put in them.`,
    );
  }
  return parts.reduce((text, part, index) => text + (index === 0 ? '' : toFormatString(values[index - 1])) + part, '');
}
