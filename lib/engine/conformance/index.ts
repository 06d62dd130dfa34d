export { runConformance, runCase, loadCases, firstDifference, handlerFor, type CaseResult, type ConformanceCase, type ConformanceSummary } from './run-conformance';
