/** Whoever is signed in to act on executions; `id` is what audit entries record. */
export type Operator = {
  id: string;
  /** Shown in the UI. */
  name: string;
  /** The identity provider that vouched for this operator (e.g. `embedded`, `proxy-header`). */
  provider: string;
};
