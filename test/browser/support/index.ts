export * from './start-app';
export * from './launch-browser';
export * from './import-fixtures';
export * from './open-app-page';
