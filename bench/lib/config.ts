/** What every benchmark section needs to know (plain data: it crosses into child processes). */
export interface BenchConfig {
  /** repository root (absolute) */
  root: string;
  /** generated corpus folder */
  corpusDir: string;
  corpusBytes: number;
  corpusDocs: number;
  /** gazetteer folders and files, as for --gazetteer */
  gazetteer: string[];
  /** timed runs per section (the best is kept) */
  reps: number;
  /** size of the corpus slice the peers run on, in MB */
  peersMb: number;
  /** folder for temporary output folders */
  tmpDir: string;
}

/** One end-to-end configuration. */
export interface E2eVariant {
  workers: number;
  cache: boolean;
}
