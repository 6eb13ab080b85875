import path from 'node:path'

/**
 * Every workspace's vitest writes a JSON report here, so `npm test` can print one plain
 * `N passed, N failed` line summed over all of them.
 */
export function jsonReport(workspace: string): [string, { outputFile: string }] {
  return ['json', { outputFile: path.join(import.meta.dirname, '.test-results', `${workspace}.json`) }]
}
