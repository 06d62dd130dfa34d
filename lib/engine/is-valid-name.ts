import { MAX_NAME_LENGTH } from './limits';

const NAME = /^[A-Za-z0-9_.\-~<>]+$|^[^\s<>{}[\]?*"#%\\^|~`$&,;:/]+$/;

/** A state machine or execution name AWS accepts: at most 80 characters, none of its reserved ones. */
export function isValidName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && NAME.test(name);
}
