export * from './client';
export * from './database-url';
