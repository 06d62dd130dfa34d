/** JSONata's way of naming the token: `{% $states.context.Task.Token %}`. */
const JSONATA_TOKEN = /^\{%\s*\$states\.context\.Task\.Token\s*%\}$/;
const TOKEN_KEY = /^(task_?)?token$/i;

type Path = (string | number)[];

/**
 * The task token inside a `.waitForTaskToken` TaskScheduled's resolved parameters. With the state's
 * definition, the token is read where its Parameters (JSONPath `"x.$": "$$.Task.Token"`) or Arguments
 * (JSONata) put it; without one, from the only string under a key named like `token`/`TaskToken`.
 */
export function findTaskToken(parameters: string | null | undefined, stateDefinition: unknown): string | null {
  if (!parameters) return null;
  let resolved: unknown;
  try {
    resolved = JSON.parse(parameters);
  } catch {
    return null;
  }
  if (isRecord(stateDefinition)) {
    const template = stateDefinition.Parameters ?? stateDefinition.Arguments;
    for (const path of findTokenPaths(template, [])) {
      const value = readPath(resolved, path);
      if (typeof value === 'string' && value.length > 0) return value;
    }
  }
  const candidates = new Set<string>();
  collectTokenKeyValues(resolved, candidates);
  return candidates.size === 1 ? [...candidates][0] : null;
}

function findTokenPaths(template: unknown, prefix: Path): Path[] {
  if (Array.isArray(template)) return template.flatMap((item, index) => findTokenPaths(item, [...prefix, index]));
  if (!isRecord(template)) return [];
  const paths: Path[] = [];
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && value === '$$.Task.Token') paths.push([...prefix, key.slice(0, -2)]);
    else if (typeof value === 'string' && JSONATA_TOKEN.test(value.trim())) paths.push([...prefix, key]);
    else paths.push(...findTokenPaths(value, [...prefix, key]));
  }
  return paths;
}

function readPath(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) ? current[segment] : undefined;
    // Service parameters often carry the message as a JSON string (e.g. SQS MessageBody): look inside it.
    if (typeof current === 'string' && segment !== path.at(-1) && current.trim().startsWith('{')) {
      try {
        current = JSON.parse(current) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return current;
}

function collectTokenKeyValues(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTokenKeyValues(item, into);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (TOKEN_KEY.test(key) && typeof child === 'string' && child.length > 0) into.add(child);
    else collectTokenKeyValues(child, into);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
