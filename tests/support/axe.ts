import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The gate for every page families and editors use: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * The page's axe violations as "rule: target, target", empty when it passes. axe runs in the page
 * itself (none of the checked pages has frames), injected once per document through the DevTools
 * protocol, which the site's Content-Security-Policy does not govern; only violations are collected.
 * (@axe-core/playwright opened a second page for every check to merge frame results: seconds per walk.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) })),
    axeTags,
  )
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`)
}
