export * from './import-text';
export * from './import-error';
export * from './parse-import-text';
export * from './to-import-record';
