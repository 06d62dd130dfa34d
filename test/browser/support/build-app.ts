import { ensureBuilt } from './start-app';

/** Builds the app once before any browser test file, so no file's beforeAll pays the build under its hook timeout. */
export default async function setup() {
  await ensureBuilt();
}
