export { createSfnApiHandler, type SfnApiHandlerOptions } from './create-sfn-api-handler';
export { DEFAULT_PAGE_SIZE, PAGE_TOKEN_TTL_MS } from './paginate';
