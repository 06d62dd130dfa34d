/**
 * The demo workflows' task handlers as a `--handlers` module:
 * `npm run engine -- --handlers prisma/demo/live-handlers.ts` (npm start registers them itself).
 */
import { createLiveDemo } from './create-live-demo';

export const handlers = createLiveDemo().handlers;
