import path from 'node:path'

/**
 * The run's JSON report, from which `npm test` prints one plain `N passed, N failed` line
 * (tooling/dev/src/testAll.ts).
 */
export const jsonReportFile = path.join(import.meta.dirname, '.test-results', 'vitest.json')

export function jsonReport(): [string, { outputFile: string }] {
  return ['json', { outputFile: jsonReportFile }]
}
