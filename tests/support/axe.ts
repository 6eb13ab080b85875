import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** The gate for every page families and editors use: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The page's axe violations as "rule: target, target", empty when it passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only the violations are read, so axe skips collecting every passing node (seconds on the admin's pages).
  // (`options` replaces what `withTags` would set, so the tags go into it too.)
  const { violations } = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] })
    .analyze()
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}
