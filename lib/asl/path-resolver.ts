/**
 * Reads a JSONPath (`$.a.b`), a context-object path (`$$.Execution.Id`) or a variable path (`$order.id`)
 * against the current input, context object and variables. Returns `undefined` when the path matches
 * nothing (JSON has no undefined, so this is unambiguous); the caller words the error the way AWS does.
 */
export type PathResolver = (path: string) => unknown;
