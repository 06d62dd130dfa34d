import type { JsonPathFunctionName } from './parse-json-path';

/**
 * Jayway JsonPath's path functions (internal/function/*): `model` is the value the function is called
 * on, `params` its evaluated arguments. Aggregates read the numbers of an array model and of the
 * arguments (arrays are flattened one level) and refuse to work on none, as AbstractAggregation does.
 */
export function invokeJsonPathFunction(name: JsonPathFunctionName, model: unknown, params: unknown[], fail: (message: string) => never): unknown {
  switch (name) {
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
    case 'stddev': {
      const numbers = aggregateInputs(model, params);
      if (numbers.length === 0) fail('Aggregation function attempted to calculate value using empty array');
      if (name === 'sum') return numbers.reduce((a, b) => a + b, 0);
      if (name === 'min') return Math.min(...numbers);
      if (name === 'max') return Math.max(...numbers);
      const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
      if (name === 'avg') return mean;
      // StandardDeviation: population deviation, sqrt(E[x²] - E[x]²).
      const meanOfSquares = numbers.reduce((a, b) => a + b * b, 0) / numbers.length;
      return Math.sqrt(meanOfSquares - mean * mean);
    }
    case 'length':
    case 'size':
      if (Array.isArray(model)) return model.length;
      if (isObject(model)) return Object.keys(model).length;
      return null;
    case 'keys':
      return isObject(model) ? Object.keys(model) : null;
    case 'first':
      return Array.isArray(model) && model.length > 0 ? model[0] : null;
    case 'last':
      return Array.isArray(model) && model.length > 0 ? model[model.length - 1] : null;
    case 'index': {
      const at = params[0];
      if (!Array.isArray(model) || typeof at !== 'number' || !Number.isInteger(at)) return null;
      const i = at < 0 ? model.length + at : at;
      return i >= 0 && i < model.length ? model[i] : null;
    }
    case 'concat': {
      let text = '';
      if (Array.isArray(model)) for (const v of model) if (typeof v === 'string') text += v;
      for (const p of params) text += typeof p === 'string' ? p : Array.isArray(p) ? p.filter((v) => typeof v === 'string').join('') : p === null ? 'null' : JSON.stringify(p);
      return text;
    }
    case 'append':
      return Array.isArray(model) ? [...model, ...params] : model;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function aggregateInputs(model: unknown, params: unknown[]): number[] {
  const out: number[] = [];
  if (Array.isArray(model)) for (const v of model) if (typeof v === 'number') out.push(v);
  for (const p of params) {
    if (typeof p === 'number') out.push(p);
    else if (Array.isArray(p)) for (const v of p) if (typeof v === 'number') out.push(v);
  }
  return out;
}
