// The batch example as a library: what the CLI and the benchmark use.
export { csvColumns, csvRowToProfile, readCsvHeader, splitCsvLine } from "./csv.js";
export {
  type InputLine,
  type OutputRecord,
  type RecordOptions,
  recommendForLine,
} from "./recommend-record.js";
export {
  BatchInputError,
  type BatchPool,
  type BatchRun,
  type BatchSummary,
  createPool,
  runBatch,
} from "./run-batch.js";
