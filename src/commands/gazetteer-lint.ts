/**
 * `npm run lint:gazetteers [-- DIR ...]`: load, schema-check, lint and compile the gazetteers only.
 */
import { formatDiagnostic } from '../types/diagnostic.ts';
import { prepareGazetteer } from '../runner/run-pipeline.ts';

export async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  const t0 = performance.now();
  const { compiled, diagnostics } = prepareGazetteer(paths.length > 0 ? paths : ['gazetteers']);
  for (const d of diagnostics) if (d.severity !== 'info') process.stderr.write(formatDiagnostic(d) + '\n');
  const info = diagnostics.filter((d) => d.severity === 'info').length;
  process.stdout.write(`gazetteers OK: ${compiled.entities.length} entities, ${compiled.stats.names} names, ${compiled.stats.droppedCollisions} imported names dropped (held by curated entries), ${compiled.stats.demotedCommon} names made weak or dropped (common words, one-word GeoNames alternates, imported names that fold to one generic word), ${info} info notes; version ${compiled.version}; ${((performance.now() - t0) / 1000).toFixed(2)}s\n`);
  return 0;
}
