// The conformance runner: every recorded AWS execution of the shared corpus run on the engine and compared event by event.
export { runConformance, runCase, loadCases, firstDifference, handlerFor, type CaseResult, type ConformanceCase, type ConformanceSummary } from './run-conformance';
