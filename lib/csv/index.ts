export * from './to-csv-cell';
export * from './to-csv';
